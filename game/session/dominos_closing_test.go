package session

import (
	"errors"
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
)

// Domino's: a friendly closing reply the rubric finds too thin (no thanks
// for the compliment, nothing shared) ends "Polite, but bare", and the
// story says what it lacked; it told a thin closing that it had closed
// "with a standard line or a promotion". The standard line and the
// promotion still read as such. A warm closing that shares Kevin's joy
// without the word "thanks" ("Two happy customers in one house, that's a
// good Saturday!") is not bare (closing 20: it ended "Polite, but bare").
// The case's own slip at the close, sorry or sympathy and a request for the
// order number under Kevin's happy news, is told as that slip, not as a
// missing thank-you.
func TestDominosBareEndingSaysWhatTheClosingLacked(t *testing.T) {
	cases := map[string][]struct{ reply, want, not string }{
		"en": {
			{"@kevinvdl Alright, see you next time.", "without a thank-you", "standard line"},
			{"@kevinvdl Thank you for your message. We always strive to satisfy our customers.", "standard line", "promotion"},
			{"@kevinvdl Great! Share your photo with #dominos for a chance to win a free pizza!", "promotion", "standard line"},
			{"@kevinvdl Sorry to hear that! Could you DM us your order number so we can look into it? ^Mark", "as if it were a complaint", "without a thank-you"},
		},
		"nl": {
			{"@kevinvdl Oké, tot de volgende keer.", "zonder bedankje", "standaardzin"},
			{"@kevinvdl Bedankt voor je bericht. Wij streven er altijd naar onze klanten tevreden te stellen.", "standaardzin", "een actie"},
			{"@kevinvdl Top! Deel je foto met #dominos en maak kans op een gratis pizza!", "een actie", "standaardzin"},
			{"@kevinvdl Vervelend om te horen! Stuur je ons je bestelnummer via DM? Dan zoeken we het uit. ^Mark", "alsof het een klacht was", "zonder bedankje"},
		},
	}
	for lang, cs := range cases {
		sc, ok := scenarios.BuiltinForPlay().Find("dominos-sorry", lang)
		if !ok {
			t.Fatal("dominos-sorry missing")
		}
		for _, c := range cs {
			s, err := Run(sc, Options{Seed: 3}, attackAt{decision: "afsluiten", text: c.reply})
			if err != nil && !errors.Is(err, errStop) {
				t.Fatal(err)
			}
			e := s.Ending()
			if e == nil || e.ID != "kaal" {
				t.Errorf("%s %q: ending %v, want kaal (path %v)", lang, c.reply, e, s.history)
				continue
			}
			if !strings.Contains(e.Text, c.want) || strings.Contains(e.Text, c.not) {
				t.Errorf("%s %q: the ending reads %q; want %q in it and not %q", lang, c.reply, e.Text, c.want, c.not)
			}
		}
	}
}

// TestDominosWarmClosingWithoutThanksIsNotBare: the warm closing of the
// story above, which names Kevin's Saturday and housemate and shares his
// joy but has no word of thanks, does not end "Polite, but bare" in either
// language.
func TestDominosWarmClosingWithoutThanksIsNotBare(t *testing.T) {
	warm := map[string]string{
		"en": "@kevinvdl Two happy customers in one house, that's a good Saturday! Say hi to your housemate ^Mark",
		"nl": "@kevinvdl Twee blije klanten in één huis, zo zien we de zaterdag graag! Doe je huisgenoot de groeten ^Mark",
	}
	for lang, reply := range warm {
		sc, ok := scenarios.BuiltinForPlay().Find("dominos-sorry", lang)
		if !ok {
			t.Fatal("dominos-sorry missing")
		}
		s, err := Run(sc, Options{Seed: 3}, attackAt{decision: "afsluiten", text: reply})
		if err != nil && !errors.Is(err, errStop) {
			t.Fatal(err)
		}
		if e := s.Ending(); e == nil || e.ID == "kaal" {
			t.Errorf("%s %q: ending %v, want one that is not bare (path %v)", lang, reply, e, s.history)
		}
	}
}
