package session

import (
	"reflect"
	"testing"
)

// TestWorldsReadRepliesAsTheRubricDoes: a world takes a reply's analysis
// from an earlier world when the reply and its context are the same, and
// the analysis it takes is the one the rubric gives there, in every
// world and at every decision: a reply repeated later in the round (its
// earlier replies differ) or answered to another post is read again. A
// world that changes its copy leaves the next world's alone.
func TestWorldsReadRepliesAsTheRubricDoes(t *testing.T) {
	forgetAnalyses()
	defer forgetAnalyses()
	for _, c := range []struct{ id, lang string }{{"hema-insuline", "nl"}, {"sanoma-juf", "en"}, {"tmobile-fransbauer", "nl"}} {
		sc := builtinCase(t, c.id, c.lang)
		for _, st := range []func() Strategy{func() Strategy { return Historical{} }, func() Strategy { return Best{} }} {
			onScreen, err := Run(sc, Options{Seed: 3}, st())
			if err != nil {
				t.Fatal(err)
			}
			want := onScreen.Report().Replies
			for range 2 {
				world, err := Run(sc, Options{Seed: 3, Quiet: true}, st())
				if err != nil {
					t.Fatal(err)
				}
				got := world.Report().Replies
				if len(got) != len(want) {
					t.Fatalf("%s %s: %d replies in the world, %d on screen", c.id, c.lang, len(got), len(want))
				}
				for i := range got {
					if !reflect.DeepEqual(got[i].Analysis, want[i].Analysis) {
						t.Errorf("%s %s reply %d %q: the world read it as %+v, the rubric as %+v",
							c.id, c.lang, i+1, got[i].Text, got[i].Analysis, want[i].Analysis)
					}
					if len(got[i].Analysis.Features) > 0 {
						got[i].Analysis.Features[0].Points = -999 // the next world must not see this
					}
				}
			}
		}
	}
}

// TestARepeatedReplyIsReadInItsOwnContext: the same text posted twice in a
// round is a template the second time (scoring.Context.Earlier); a world
// must not reuse the first reading for the second.
func TestARepeatedReplyIsReadInItsOwnContext(t *testing.T) {
	forgetAnalyses()
	defer forgetAnalyses()
	sc := builtinCase(t, "sanoma-juf", "nl")
	s, err := New(sc, Options{Seed: 1, Quiet: true})
	if err != nil {
		t.Fatal(err)
	}
	text := "Dat is vervelend, Dorien. Ik bel je vandaag om het op te lossen."
	first := s.Analyze(text)
	ctx := s.Context()
	ctx.Earlier = append(ctx.Earlier, text)
	again := s.analyze(text, ctx)
	if want := s.rubric.Analyze(text, ctx); !reflect.DeepEqual(again, want) {
		t.Errorf("the repeated reply was read as %+v, the rubric reads it as %+v", again, want)
	}
	if reflect.DeepEqual(first, again) {
		t.Errorf("the rubric reads a repeated reply as it read the first (%+v): this test no longer tells contexts apart", first)
	}
}
