package game

import (
	"strings"
	"testing"
	"time"

	"github.com/webcaresim/webcaresim/game/progress"
	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/game/session/sessiontest"
)

// repairedAfterThreat is a finished kitchen round in lang that threatened
// first, then repaired, and ended repaired (not turned by the crowd).
func repairedAfterThreat(t *testing.T, a *App, lang string) *session.Session {
	t.Helper()
	sc := a.set.Scenarios[0]
	for _, c := range a.set.Scenarios {
		if c.ID == "advocatenbrief" && c.Language == lang {
			sc = c
		}
	}
	for seed := uint64(1); seed <= 40; seed++ {
		s, err := session.Run(sc, session.Options{Seed: seed, Mode: session.Practice}, sessiontest.ThreatInTheKitchen(lang))
		if err != nil {
			t.Fatal(err)
		}
		if e := s.Ending(); e != nil && e.ID == "opgelost" && s.TurnedFrom() == nil {
			return s
		}
	}
	t.Fatalf("%s: no world of 40 ends repaired after the threat", lang)
	return nil
}

// After a threat and then the repair, the ending panel said "Repaired,
// after a threat", but the debrief's "Your outcome", its ending line and
// the 100 worlds said "Repaired instead of threatened". The debrief names
// the ending as the round read it, reopened from My progress too, and in
// the other interface language. Its outcome line, "A review that builds
// trust" beside the story of the threat, is the variant's too.
func TestWindowDebriefNamesTheEndingAsTheRoundReadIt(t *testing.T) {
	d := window(t)
	readText(t)
	want := map[string]string{"en": "Repaired, after a threat", "nl": "Gerepareerd, na een dreigement"}
	base := map[string]string{"en": "Repaired instead of threatened", "nl": "Gerepareerd in plaats van gedreigd"}
	baseOutcome := map[string]string{"en": "A review that builds trust", "nl": "Een recensie die vertrouwen wekt"}
	wantOutcome := map[string]string{"en": "a threat anyone reading the whole thread can still find", "nl": "een dreigement dat wie de hele draad leest nog steeds vindt"}
	for _, lang := range []string{"en", "nl"} {
		var db *debriefScene
		var s *session.Session
		d.Do(func(a *App) {
			a.lang = lang
			s = repairedAfterThreat(t, a, lang)
			if s.Ending().Title != want[lang] {
				t.Fatalf("%s: the round ended %q, want %q: the case changed", lang, s.Ending().Title, want[lang])
			}
			db = newDebrief(a, s)
			a.setScene(db)
		})
		read := readDebrief(t, d, db)
		if n := strings.Count(read, want[lang]); n < 3 || strings.Contains(read, base[lang]) {
			t.Errorf("%s: the debrief names the ending %q %d times (want 3: your outcome, the ending's line, the worlds) and the scenario's title %q: %v\n%s",
				lang, want[lang], n, base[lang], strings.Contains(read, base[lang]), read)
		}
		if n := strings.Count(read, wantOutcome[lang]); n < 2 || strings.Contains(read, baseOutcome[lang]) {
			t.Errorf("%s: the debrief gives the variant's outcome line %d times (want 2: your outcome, the ending's line) and the scenario's %q: %v\n%s",
				lang, n, baseOutcome[lang], strings.Contains(read, baseOutcome[lang]), read)
		}
		if lang == "en" {
			d.Do(func(a *App) { db.scroll = 0 })
			shotTo(t, d.Step(Frame{}, 0), "debrief-ending-variant-title-en")
		}

		// Reopened from My progress in the other language.
		other := map[string]string{"en": "nl", "nl": "en"}[lang]
		now := time.Date(2026, 12, 7, 8, 0, 0, 0, time.UTC)
		d.Do(func(a *App) {
			a.lang = other
			db = newStoredDebrief(a, progress.New(s.Report(), now, now.Add(time.Hour), true, "game"), nil)
			a.setScene(db)
		})
		read = readDebrief(t, d, db)
		if !strings.Contains(read, want[other]) || strings.Contains(read, base[other]) {
			t.Errorf("%s attempt reopened in %s: the debrief does not name the ending %q:\n%s", lang, other, want[other], read)
		}
		if !strings.Contains(read, wantOutcome[other]) || strings.Contains(read, baseOutcome[other]) {
			t.Errorf("%s attempt reopened in %s: the debrief's outcome line is not the variant's %q:\n%s", lang, other, wantOutcome[other], read)
		}
	}
}
