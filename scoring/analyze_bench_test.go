package scoring

import (
	"testing"
	"unicode/utf8"
)

// BenchmarkAnalyze280InPlay is BenchmarkAnalyze280 with what the game
// passes at a decision: the facts the agent learnt, the thread, the
// scenario's misreadings and an earlier reply. The post's tokens, the
// case's text and the earlier reply's words are kept between keystrokes,
// so this costs about what the bare benchmark does.
func BenchmarkAnalyze280InPlay(b *testing.B) {
	text := "@dorien_deboef Wat vervelend dat je al twee keer mailde en belde en nog niet geholpen bent, Dorien. Sorry! Stuur je me je klantnummer via DM? Dan regel ik het vandaag nog, dat beloof ik je. Het had niet zo mogen lopen, dus excuses daarvoor van ons allemaal. ^Lotte"
	for utf8.RuneCountInString(text) < 280 {
		text += " Groet!"
	}
	text = string([]rune(text)[:280])
	ctx := Context{Language: "nl", CustomerName: "Dorien", CustomerHandle: "dorien_deboef", CustomerMood: -0.6,
		CustomerPost: "@SanomaMediaNL Al twee keer gemaild en al gebeld over mijn abonnement, nog steeds niks geregeld.",
		Situation:    "Dorien heeft twee keer gemaild en een keer gebeld; haar opzegging is niet verwerkt.",
		Thread:       []string{"@SanomaMediaNL Waarom kan ik mijn abonnement niet opzeggen?"},
		Misreadings:  []Misreading{{Says: []string{"nog niet * gebeld", "niet gebeld"}, Fact: "ze heeft al gebeld"}},
		Earlier:      []string{"@dorien_deboef Sorry voor het wachten, we kijken ernaar."}}
	r := Default()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r.Analyze(text, ctx)
	}
}
