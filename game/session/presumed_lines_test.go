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
