package session

import (
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
)

// A reply that reports the fix done has gone further than one that says
// what happens next. In Zitcomfort's case a public close naming the new
// sofa's Tuesday delivery and the pick-up, with an apology, fell to the
// ending for replies that stayed at a few words ("Solved, but invisible"),
// because its route asked for a next step; it now takes the route for a
// reply with substance, in both languages.
func TestAReplyThatReportsTheFixDoneTakesTheRouteForAStep(t *testing.T) {
	for lang, text := range map[string]string{
		"en": "Marieke, good news: your new sofa arrives on Tuesday and we take the damaged one away the same day. Sorry again that you had to chase us three times. - Joyce",
		"nl": "Marieke, goed nieuws: je nieuwe bank komt dinsdag en we nemen de beschadigde dezelfde dag mee. Nogmaals sorry dat je ons drie keer moest achterna zitten. - Joyce",
	} {
		sc, ok := scenarios.Builtin().Find("facebook-verwijderen", lang)
		if !ok {
			t.Fatalf("facebook-verwijderen (%s) missing", lang)
		}
		var at *state
		for _, st := range decisionStates(t, sc) {
			if st.id == "opgepakt" {
				at = &st
				break
			}
		}
		if at == nil {
			t.Fatalf("%s: the decision 'opgepakt' is never reached", sc.Key())
		}
		s := replay(t, sc, at.moves)
		a := s.Analyze(text)
		if !a.Has("resolved") || a.Has("next_step") {
			t.Fatalf("%s: the reply should report the fix done without a next step (resolved %v, next_step %v); the test reads nothing",
				sc.Key(), a.Has("resolved"), a.Has("next_step"))
		}
		next := ""
		if r := takenRoute(s.Decision(), a); r != nil {
			next = r.Next
		}
		if next != "bezorging" {
			t.Errorf("%s: a reply that reports the fix done goes to %q, want 'bezorging'", sc.Key(), next)
		}
	}
}

// The crowd reads a reply that reports the fix done as a next step, as the
// routes do: otherwise the same reply calmed the crowd less than one that
// only promised the fix.
func TestTheCrowdCountsAFixDoneAsANextStep(t *testing.T) {
	for lang, text := range map[string]string{
		"en": "Marieke, good news: your new sofa arrives on Tuesday and we take the damaged one away the same day. Sorry again that you had to chase us three times. - Joyce",
		"nl": "Marieke, goed nieuws: je nieuwe bank komt dinsdag en we nemen de beschadigde dezelfde dag mee. Nogmaals sorry dat je ons drie keer moest achterna zitten. - Joyce",
	} {
		sc, ok := scenarios.Builtin().Find("facebook-verwijderen", lang)
		if !ok {
			t.Fatalf("facebook-verwijderen (%s) missing", lang)
		}
		s, err := New(sc, Options{Seed: 1})
		if err != nil {
			t.Fatal(err)
		}
		a := s.Analyze(text)
		if !a.Has("resolved") || a.Has("next_step") {
			t.Fatalf("%s: the reply should report the fix done without a next step (resolved %v, next_step %v)",
				sc.Key(), a.Has("resolved"), a.Has("next_step"))
		}
		if !StimulusOf(a).NextStep {
			t.Errorf("%s: a reply that reports the fix done is no next step for the crowd", sc.Key())
		}
	}
}
