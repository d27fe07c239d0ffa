package session

import (
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
)

// In the gym case a reply that reports the poster taken down has decided:
// the round goes on from that decision (a fan who disagrees with it), not
// to the prompt that asks what the owner decides, and it never reaches the
// ending where the poster stayed up. At the first decision, after a
// dismissive joke, and after listening. Playtest 12 (P12-38): the poster
// was taken down in writing twice and the story said it stayed.
func TestGymReplyThatTakesThePosterDownGoesOnFromThatDecision(t *testing.T) {
	done := map[string]string{
		"nl": "@sophieruns Je hebt gelijk, sorry. Ik heb de poster vanochtend weggehaald. ^Tom",
		"en": "@sophieruns You're right, sorry. I've taken the poster down this morning. ^Tom",
	}
	played := 0
	for _, sc := range scenarios.Builtin().Scenarios {
		if sc.ID != "sportschool-scheldt" {
			continue
		}
		// nil: the first decision; choice 3 shrugs it off as a joke
		// ('uitleg'); choice 2 listens ('luisteren').
		for _, before := range [][]move{nil, {{choice: 3}}, {{choice: 2}}} {
			played++
			s := replay(t, sc, before)
			at := s.Decision().ID
			if err := s.Publish(done[sc.Language]); err != nil {
				t.Fatal(err)
			}
			openNext(t, s)
			d := s.Decision()
			if d == nil || d.ID != "achterban" {
				t.Errorf("%s at %s: %q leads to %q, want the decision that follows taking the poster down", sc.Key(), at, done[sc.Language], s.history)
				continue
			}
			if strings.Contains(strings.ToLower(d.Prompt), "besluit je") || strings.Contains(strings.ToLower(d.Prompt), "do you decide") {
				t.Errorf("%s at %s: after the poster came down the prompt asks what is decided: %q", sc.Key(), at, d.Prompt)
			}
		}
	}
	if played != 6 {
		t.Fatalf("played %d rounds, want 6 (gym case missing in a language?)", played)
	}
}

// After the owner lashed out, an apology that reports the poster taken
// down ends the round on the recovery, not on a prompt where Sophie asks
// whether the poster will still hang tomorrow.
func TestGymApologyWithThePosterDownIsTheRecovery(t *testing.T) {
	done := map[string]string{
		"nl": "@sophieruns Je hebt gelijk, sorry. Ik heb de poster vanochtend weggehaald. ^Tom",
		"en": "@sophieruns You're right, sorry. I've taken the poster down this morning. ^Tom",
	}
	played := 0
	for _, sc := range scenarios.Builtin().Scenarios {
		if sc.ID != "sportschool-scheldt" {
			continue
		}
		played++
		s := replay(t, sc, []move{{choice: 1}}) // the historical insult: 'ruzie'
		if err := s.Publish(done[sc.Language]); err != nil {
			t.Fatal(err)
		}
		openNext(t, s)
		if e := s.Ending(); e == nil || e.ID != "herstel" {
			t.Errorf("%s after the insult: %q leads to %q, want the recovery", sc.Key(), done[sc.Language], s.history)
		}
	}
	if played != 2 {
		t.Fatalf("played %d rounds, want 2", played)
	}
}
