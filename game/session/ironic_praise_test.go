package session

import (
	"errors"
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
	"github.com/webcaresim/webcaresim/scoring"
)

// Irony without a marker ("Wat een diepgaande recensie", ironic_praise) is
// the rubric's split of sarcasm and costs as much. Typed at Domino's to a
// customer who praised the pizza it went to the branch of a stock reply
// ("was dat een automatisch bericht?") and the crowd stayed at 0% negative:
// the routes and the crowd knew only "sarcasm". It now takes the branch of a
// snide reply and provokes the crowd.
func TestIronicPraiseIsTreatedAsSarcasm(t *testing.T) {
	replies := map[string]string{
		"nl": "@kevinvdl Wauw Kevin, wat een diepgaande recensie. Daar kunnen we echt wat mee hoor",
		"en": "@kevinvdl Wow Kevin, what an in-depth review. We can really work with that",
	}
	for lang, reply := range replies {
		sc, ok := scenarios.BuiltinForPlay().Find("dominos-sorry", lang)
		if !ok {
			t.Fatal("dominos-sorry missing")
		}
		var next string
		st := defensiveThenLook{reply: reply, look: func(d *scenarios.Decision) { next = d.ID }}
		s, err := Run(sc, Options{Seed: 3, Mode: Practice}, st)
		if err != nil && !errors.Is(err, errStop) {
			t.Fatal(err)
		}
		a := s.replies[0].Analysis
		if !a.Has("ironic_praise") {
			t.Fatalf("%s: the reply is not found ironic: %+v", lang, a.Features)
		}
		if next != "afgeblaft" {
			t.Errorf("%s: after ironic praise the round goes to %q, want the branch of a snide reply (afgeblaft)", lang, next)
		}
		if p := StimulusOf(a).Provocation; p <= 0 {
			t.Errorf("%s: the crowd sees no provocation in ironic praise", lang)
		}
	}
	threat := scoring.Default().Analyze("Als je zo doorgaat blokkeer ik je.", scoring.Context{Language: "nl", CustomerMood: -0.6})
	if !threat.Has("threaten_customer") {
		t.Fatalf("no threat found: %+v", threat.Features)
	}
	if StimulusOf(threat).Provocation <= 0 {
		t.Error("the crowd sees no provocation in a threat to block the customer")
	}
}
