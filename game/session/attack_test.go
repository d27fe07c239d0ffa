package session

import (
	"errors"
	"strconv"
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
)

// attackAt plays the best written choice at every decision, and at the
// decision with the given id types an attack instead.
type attackAt struct {
	decision, text string
}

func (st attackAt) Act(s *Session, d *scenarios.Decision, k int) error {
	if d.ID == st.decision && d.AllowFreeText {
		if s.Now() < s.OpenedAt()+1 {
			s.AdvanceTo(s.OpenedAt() + 1)
			return nil
		}
		return s.Publish(st.text)
	}
	return Best{}.Act(s, d, k)
}

// Found by a newcomer: in Sanoma's case, a sneer typed at the last
// decision, after good replies all through, still graded 6.1, a pass. An
// attack in public fails the round: the mark is at most 5.0 and the
// report says which reply and what it cost, in both languages; the same
// round with the written choice there passes and has no such fact.
func TestAnAttackInPublicFailsTheRound(t *testing.T) {
	sneer := map[string]string{
		"nl": "Graag gedaan hoor. Al had je dit met een beetje nadenken ook zelf kunnen oplossen 🙄",
		"en": "You're welcome. Though with a little thought you could have sorted this out yourself 🙄",
	}
	for _, key := range []string{"sanoma-juf/nl", "sanoma-juf/en", "hema-insuline/nl", "universiteit-kut/en", "tmobile-fransbauer/nl"} {
		sc, ok := scenarios.BuiltinForPlay().Find(key[:len(key)-3], key[len(key)-2:])
		if !ok {
			t.Fatalf("%s missing", key)
		}
		best, err := Run(sc, Options{Seed: 2}, Best{})
		if err != nil {
			t.Fatal(err)
		}
		path := best.Report().Path
		last := ""
		for _, id := range path {
			if d, ok := sc.Decision(id); ok && d.AllowFreeText {
				last = id
			}
		}
		if last == "" {
			t.Fatalf("%s: no decision takes typed text on the best path %v", key, path)
		}
		if g, _ := strconv.ParseFloat(best.Report().Grade, 64); g < 5.5 {
			t.Fatalf("%s: the best path grades %.1f, not a pass", key, g)
		}
		s, err := Run(sc, Options{Seed: 2}, attackAt{decision: last, text: sneer[sc.Language]})
		if err != nil && !errors.Is(err, errStop) {
			t.Fatal(err)
		}
		rep := s.Report()
		if g, _ := strconv.ParseFloat(rep.Grade, 64); g > attackCapGrade {
			t.Errorf("%s: a sneer at %q grades %s", key, last, rep.Grade)
		}
		found := false
		for _, f := range rep.Facts {
			if f.What == "attack" {
				found = f.Decision == last && f.Quote != "" && f.Points < 0
			}
		}
		if !found {
			t.Errorf("%s: no attack fact for the sneer at %q: %+v", key, last, rep.Facts)
		}
		for _, f := range best.Report().Facts {
			if f.What == "attack" {
				t.Errorf("%s: the best path has an attack fact: %+v", key, f)
			}
		}
	}
}

// A reply that makes the customer's arrears public fails the round as an
// attack does, however well the later replies repair it: in the insurer's
// case such a round ended a green 8.2 beside the ending "a privacy mistake
// you can't undo" (playtest 18, P18-9). The report says which reply; the
// best path has no such fact and passes.
func TestAPrivacyBreachInPublicFailsTheRound(t *testing.T) {
	leak := map[string]string{
		"nl": "@marco_rijdt Hoi Marco, ik zie dat er vier maanden premie niet betaald is, daarom is je polis opgezegd. Als je het vandaag betaalt, ben je meteen weer verzekerd. ^Lisa",
		"en": "@marco_rijdt Hi Marco, I can see four months of premium went unpaid, that's why your policy was cancelled. If you pay it today you're insured again right away. ^Lisa",
	}
	for _, lang := range []string{"nl", "en"} {
		sc, ok := scenarios.BuiltinForPlay().Find("wanbetaler-privacy", lang)
		if !ok {
			t.Fatal("wanbetaler-privacy missing")
		}
		best, err := Run(sc, Options{Seed: 2}, Best{})
		if err != nil {
			t.Fatal(err)
		}
		if g, _ := strconv.ParseFloat(best.Report().Grade, 64); g < 5.5 {
			t.Fatalf("%s: the best path grades %.1f, not a pass", lang, g)
		}
		for _, f := range best.Report().Facts {
			if f.What == "privacy" {
				t.Errorf("%s: the best path has a privacy fact: %+v", lang, f)
			}
		}
		first := best.Report().Path[0]
		s, err := Run(sc, Options{Seed: 2}, attackAt{decision: first, text: leak[lang]})
		if err != nil && !errors.Is(err, errStop) {
			t.Fatal(err)
		}
		rep := s.Report()
		if g, _ := strconv.ParseFloat(rep.Grade, 64); g > attackCapGrade {
			t.Errorf("%s: the arrears made public at %q grade %s", lang, first, rep.Grade)
		}
		found := false
		for _, f := range rep.Facts {
			found = found || (f.What == "privacy" && f.Decision == first && f.Quote != "" && f.Points < 0)
		}
		if !found {
			t.Errorf("%s: no privacy fact for the leak at %q: %+v", lang, first, rep.Facts)
		}
	}
}
