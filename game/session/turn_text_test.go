package session

import (
	"fmt"
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/assets/i18n"
)

// TestTurnedTextNamesWhatDecided: the debrief's sentence for a turned
// ending gives the round's number the turn tested, in its own unit: the
// boycott page's followers in HEMA, the heat at the close in T-Mobile, that
// no news site picked Liberty's abuse up, the story's reach in Sanoma. A sentence that quoted the reach for a page that
// stayed small says nothing about why the round turned.
//
// Each path is played until the first world the crowd turned, over up to
// 400 worlds: under the fitted crowd Bauer's fans are seldom still at the
// storm mark at T-Mobile's close (2 of 400 worlds on the historical path),
// HEMA's boycott page stays small in 5–7 of 100, Liberty's abuse goes
// unnoticed in about 1 of 10, Sanoma's story outruns the apology in 3.
func TestTurnedTextNamesWhatDecided(t *testing.T) {
	const worlds = 400
	for _, c := range []struct {
		scenario, measure string
		choices           Choices
		number            func(r Report, lang string) string
	}{
		{"hema-insuline", "group", Choices{2, 1, 3}, func(r Report, lang string) string { return i18n.Number(r.GroupMembers, lang) }},
		{"tmobile-fransbauer", "heat", Choices{1, 1, 1}, func(r Report, lang string) string {
			return i18n.DecimalPoint(fmt.Sprintf("%.1f", r.Curve[len(r.Curve)-1].Heat), lang)
		}},
		// the abuse nobody picked up: the sentence says no news site did
		{"liberty-bottleworks", "covered", Choices{4}, func(_ Report, lang string) string {
			return map[string]string{"nl": "geen nieuwssite", "en": "no news site"}[lang]
		}},
		{"sanoma-juf", "reach", Choices{1, 1}, func(r Report, lang string) string { return i18n.Number(r.Reach, lang) }},
	} {
		for _, lang := range []string{"nl", "en"} {
			sc := builtin(t, c.scenario, lang)
			turned := false
			for seed := uint64(1); seed <= worlds && !turned; seed++ {
				s, err := Run(sc, Options{Seed: seed, Quiet: true}, c.choices)
				if err != nil {
					t.Fatal(err)
				}
				r := s.Report()
				if r.TurnedFrom == "" {
					continue
				}
				turned = true
				text := r.TurnedText(lang, sc.EndingTitle(r.TurnedFrom))
				if r.TurnedBy != c.measure || !strings.Contains(text, c.number(r, lang)) {
					t.Errorf("%s %s seed %d: turned by %q, debrief says %q; want the %s, %s", c.scenario, lang, seed, r.TurnedBy, text, c.measure, c.number(r, lang))
				}
			}
			if !turned {
				t.Errorf("%s %s %v: no world in %d turned the ending", c.scenario, lang, c.choices, worlds)
			}
		}
	}
}
