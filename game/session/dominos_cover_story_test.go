package session

import (
	"strings"
	"testing"
)

// P23-12: after the misread first reply, "that reply was meant for another
// customer, our bad!" is a cover story, not the honest repair the ending
// praised ("You recovered with an honest, light reply"). The repair that
// owns the slip keeps that praise.
func TestDominosCoverStoryIsNotToldAsAnHonestRepair(t *testing.T) {
	misread := map[string]string{
		"en": "@kevinvdl Hi Kevin, apologies for the inconvenience! Could you DM us your order number so we can look into it? ^Mark",
		"nl": "@kevinvdl Oei, wat vervelend Kevin! Wat is er misgegaan met je bestelling? Stuur ons even een DM, dan maken we het goed. ^Mark",
	}
	cover := map[string]string{
		"en": "@kevinvdl Oops, that reply was meant for another customer, our bad! Glad you loved the pizza, Kevin, thanks for the photo! ^Mark",
		"nl": "@kevinvdl Oeps, dat antwoord was voor een andere klant bedoeld, foutje! Fijn dat je pizza zo lekker was, Kevin, bedankt voor de foto! ^Mark",
	}
	owned := map[string]string{
		"en": "@kevinvdl Oops, we answered too fast there, sorry Kevin! Glad you loved the pizza, thanks for the photo! ^Mark",
		"nl": "@kevinvdl Oeps, daar antwoordden we te snel, sorry Kevin! Fijn dat je pizza zo lekker was, bedankt voor de foto! ^Mark",
	}
	honest := map[string]string{"en": "honest", "nl": "eerlijke"}
	excuse := map[string]string{"en": "cover story", "nl": "smoesje"}
	for _, lang := range []string{"en", "nl"} {
		s, r := playSteps(t, "dominos-sorry", lang, 2309, Practice,
			[]Step{{Text: misread[lang]}, {Text: cover[lang]}, {Text: "@kevinvdl 🍕🍕🍕"}})
		if r.Ending != "hersteld" {
			t.Fatalf("%s: the cover story ended %q via %v, want the recovered slip", lang, r.Ending, r.Path)
		}
		if e := s.Ending(); strings.Contains(e.Text, honest[lang]) || !strings.Contains(e.Text, excuse[lang]) {
			t.Errorf("%s: after %q the ending says %q — %q", lang, cover[lang], e.Title, e.Text)
		}
		s, r = playSteps(t, "dominos-sorry", lang, 2309, Practice,
			[]Step{{Text: misread[lang]}, {Text: owned[lang]}, {Text: "@kevinvdl 🍕🍕🍕"}})
		if e := s.Ending(); r.Ending != "hersteld" || !strings.Contains(e.Text, honest[lang]) {
			t.Errorf("%s: the repair that owns the slip ended %q: %q", lang, r.Ending, e.Text)
		}
	}
}
