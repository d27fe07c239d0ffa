package scoring

import "testing"

// Playtest 14 (P14-11): Bram's whole tweet was "Kut-universiteit"; "balen
// dat je tentamen niet goed ging" guessed a cause he never gave and was
// credited as acknowledging his emotion. The guess is named and its
// sympathy does not count; asking what happened is not a guess, and
// sympathy for what the customer did write is none either.
func TestSympathyForAGuessedCauseIsNamed(t *testing.T) {
	for _, c := range []struct{ lang, post, text string }{
		{"nl", "Kut-universiteit", "@brampost Hoi Bram, balen dat je tentamen niet goed ging! Neem contact op met je docent. ^Eva"},
		{"en", "Crap university", "@brampost Hi Bram, gutted that your exam didn't go well! Contact your tutor. ^Eva"},
	} {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: c.post, CustomerMood: -0.5})
		if !a.Has("guessed_cause") || a.Has("acknowledge_emotion") {
			t.Errorf("%q: %v; want the guessed cause named and its sympathy not counted", c.text, ids(a))
		}
	}
	for _, c := range []struct{ lang, post, text string }{
		{"nl", "Kut-universiteit", "@brampost Hoi Bram, balen! Wat is er gebeurd? Dan kijk ik met je mee. ^Eva"},
		{"en", "Crap university", "@brampost Hi Bram, that doesn't sound good. What happened? I'll look into it with you. ^Eva"},
		{"nl", "Mijn tentamen is afgekeurd zonder uitleg.", "Balen dat je tentamen is afgekeurd, Bram. Ik vraag het vandaag na. ^Eva"},
		{"en", "My exam was failed without explanation.", "Gutted that your exam was failed, Bram. I'll ask today. ^Eva"},
	} {
		if a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: c.post, CustomerMood: -0.5}); a.Has("guessed_cause") {
			t.Errorf("%q: guessed_cause %v; it guesses nothing", c.text, ids(a))
		}
	}
}

// A request for a document in a short post's reply ("Could you DM me the
// receipt?" to a taxi the customer paid) asks for what the brand needs and
// guesses no cause: its step keeps counting.
func TestAskingForAReceiptGuessesNoCause(t *testing.T) {
	for _, c := range []struct{ lang, post, text string }{
		{"en", "@regionrail Train cancelled, had to take a taxi for £48. Do I get that back or not?",
			"@ben_travels Yes Ben, when the last train is cancelled we cover the taxi. Could you DM me the receipt? I'll start the £48 refund for you today. ^Lotte"},
		{"nl", "@regiorail Trein uitgevallen, taxi genomen van 48 euro. Krijg ik dat terug of niet?",
			"@bas_reist Ja Bas, bij een uitgevallen laatste trein vergoeden we de taxi. Kun je me de bon via DM sturen? Dan zet ik de 48 euro vandaag voor je in gang. ^Lotte"},
	} {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: c.post, CustomerMood: -0.5})
		if a.Has("guessed_cause") || !a.Has("next_step") {
			t.Errorf("%q: %v; want no guessed cause and the step counted", c.text, ids(a))
		}
	}
}
