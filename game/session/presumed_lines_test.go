package session

import (
	"strings"
	"testing"
)

// A case's line that presumes what the brand's reply said is heard only
// after a reply that said it (playtest 12): "'…' Dat is het? Vraag nou wat
// er aan de hand is" came after a reply that asked exactly that, and
// HEMA's "An investigation is fine" after replies that named no
// investigation. Each reply is typed at the first decision; the line must
// be heard in some of 12 worlds after the reply it fits, and in none after
// the one it does not.
func TestCaseLinesPresumeOnlyWhatTheReplySaid(t *testing.T) {
	cases := []struct {
		id, lang, reply, line string
		want                  bool
	}{
		{"universiteit-kut", "nl", "@brampost Let een beetje op je woorden. Wat is er aan de hand?", "Vraag nou wat er aan de hand is", false},
		{"universiteit-kut", "nl", "@brampost Kijk eerst even op de website, daar staat alles.", "Vraag nou wat er aan de hand is", true},
		{"universiteit-kut", "en", "@brampost Mind your language. What's going on?", "Ask him what's wrong", false},
		{"universiteit-kut", "en", "@brampost Please read the FAQ on our website first.", "Ask him what's wrong", true},
		{"hema-insuline", "nl", "Naomi, wat vervelend dat je dit is overkomen. We nemen contact met je op.", "Een onderzoek is prima", false},
		{"hema-insuline", "nl", "Naomi, wat vervelend dat je dit is overkomen. We starten een onderzoek.", "Een onderzoek is prima", true},
		{"hema-insuline", "en", "Naomi, how awful that this happened to you. We will contact you.", "An investigation is fine", false},
		{"hema-insuline", "en", "Naomi, how awful that this happened to you. We are starting an investigation.", "An investigation is fine", true},
	}
	for _, c := range cases {
		sc := builtin(t, c.id, c.lang)
		heard := 0
		for seed := uint64(1); seed <= 12; seed++ {
			s, err := Run(sc, Options{Seed: seed}, &FromTranscript{Steps: []Step{{Text: c.reply}}})
			if err != nil {
				t.Fatal(err)
			}
			for _, it := range s.Feed() {
				if it.By != "brand" && it.By != "customer" && strings.Contains(it.Text, c.line) {
					heard++
				}
			}
		}
		if (heard > 0) != c.want {
			t.Errorf("%s %s after %q: %q heard %d times in 12 worlds, want heard %v", c.id, c.lang, c.reply, c.line, heard, c.want)
		}
	}
}

// "Good that HEMA apologises, but it took long enough" came after an
// apology posted three minutes after the question (playtest 13, P13-9). A
// line that says the brand was slow is heard after an apology that came
// after a decision went by in silence, and not after one at once. Any of
// the case's lines that say so counts ("took long enough", "finally says
// sorry"): which of them a world draws is the luck of the draw.
func TestLinesAboutSlownessReadTheRoundsOwnDelay(t *testing.T) {
	apology := map[string]string{
		"nl": "Naomi, het spijt ons echt dat je zo bent behandeld. Dat had nooit mogen gebeuren. Ik bel je vandaag nog.",
		"en": "Naomi, we are truly sorry you were treated like that. It should never have happened. I will call you today.",
	}
	slow := map[string][]string{"nl": {"lang genoeg geduurd", "eindelijk sorry"}, "en": {"took long enough", "finally says sorry"}}
	for _, lang := range []string{"nl", "en"} {
		sc := builtin(t, "hema-insuline", lang)
		for _, late := range []bool{false, true} {
			steps := []Step{{Text: apology[lang]}}
			if late {
				steps = []Step{{At: 200, Text: apology[lang]}} // after the first decision timed out
			}
			heard := 0
			for seed := uint64(1); seed <= 12; seed++ {
				s, err := Run(sc, Options{Seed: seed}, &FromTranscript{Steps: steps})
				if err != nil {
					t.Fatal(err)
				}
				for _, it := range s.Feed() {
					for _, w := range slow[lang] {
						if it.By != "brand" && it.By != "customer" && strings.Contains(it.Text, w) {
							heard++
						}
					}
				}
			}
			if (heard > 0) != late {
				t.Errorf("%s, apology after silence %v: %q heard %d times in 12 worlds, want heard %v", lang, late, slow[lang], heard, late)
			}
		}
	}
}

// "'…' Dat is het? Vraag nou wat er aan de hand is" asks the brand to find
// out what is wrong: after a reply that took it to DM or promised a step
// it reads as if the brand had never done so. Heard in a window after the
// university's closing lecture, once Bram's adviser had called him back
// (the 'Geholpen, met een sneer' ending). The referral alone is the
// control: the line is heard after it.
func TestCaseLinesAskNothingAReplyAlreadyDid(t *testing.T) {
	dm := map[string]string{
		"nl": "@brampost Balen! Stuur me even een DM, dan zorg ik dat je je adviseur vandaag nog spreekt. ^Eva",
		"en": "@brampost That's rotten! Send me a DM and I'll make sure you speak to your adviser today. ^Eva",
	}
	referral := map[string]string{
		"nl": "@brampost Kijk eerst even op de website, daar staat alles.",
		"en": "@brampost Please read the FAQ on our website first.",
	}
	lecture := map[string]string{
		"nl": "@brampost Je adviseur belt je zo. Volgende keer graag eerst het contactformulier proberen, dat werkt sneller. ^Eva",
		"en": "@brampost Your adviser will call you shortly. Next time please try the contact form first, it's quicker. ^Eva",
	}
	line := map[string]string{"nl": "Vraag nou wat er aan de hand is", "en": "Ask him what's wrong"}
	for _, lang := range []string{"nl", "en"} {
		sc := builtin(t, "universiteit-kut", lang)
		heard := func(steps []Step) int {
			n := 0
			for seed := uint64(1); seed <= 12; seed++ {
				s, err := Run(sc, Options{Seed: seed}, &FromTranscript{Steps: steps})
				if err != nil {
					t.Fatal(err)
				}
				// the lines said from the brand's second reply (the DM
				// offer) on, or after its only reply
				replies := 0
				for _, it := range s.Feed() {
					if it.By == "brand" && it.Kind == "reply" {
						replies++
					}
					if replies >= min(len(steps), 2) && it.By != "brand" && it.By != "customer" && strings.Contains(it.Text, line[lang]) {
						n++
					}
				}
			}
			return n
		}
		if n := heard([]Step{{Text: referral[lang]}, {Text: dm[lang]}, {Text: lecture[lang]}}); n > 0 {
			t.Errorf("%s: after a DM offer and then a closing lecture, %q heard %d times in 12 worlds", lang, line[lang], n)
		}
		if heard([]Step{{Text: referral[lang]}}) == 0 {
			t.Errorf("%s: %q never heard after the referral alone: this test sees nothing", lang, line[lang])
		}
	}
}
