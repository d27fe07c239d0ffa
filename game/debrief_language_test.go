package game

import (
	"strings"
	"testing"
	"time"

	"github.com/webcaresim/webcaresim/game/progress"
	"github.com/webcaresim/webcaresim/game/session"
)

// A Dutch attempt reopened in the English window shows the case, the
// rubric's explanations, the real and the model replies in English, keeps
// the trainee's own replies as they were published, and says so.
func TestADutchAttemptReopenedInEnglish(t *testing.T) {
	a := New(Options{Lang: "en", Input: &ScriptedInput{}, Clock: NewManualClock(), Clipboard: &MemoryClipboard{}})
	nl, ok := a.set.Find("dominos-sorry", "nl")
	en, ok2 := a.set.Find("dominos-sorry", "en")
	if !ok || !ok2 {
		t.Fatal("dominos-sorry is not there in both languages")
	}
	s, err := session.Run(nl, session.Options{Seed: 4, Mode: session.Practice}, session.Choices{2, 1, 1})
	if err != nil {
		t.Fatal(err)
	}
	played := s.Report()
	now := time.Date(2026, 11, 21, 11, 0, 0, 0, time.UTC)
	d := newStoredDebrief(a, progress.New(played, now, now.Add(10*time.Minute), true, "game"), nil)

	if d.sc != en || d.report.Title != en.Title {
		t.Errorf("the debrief shows the case %q (%s), want the English %q", d.report.Title, d.sc.Language, en.Title)
	}
	if !strings.Contains(d.playedIn, "Dutch") {
		t.Errorf("no line says the attempt was played in Dutch: %q", d.playedIn)
	}
	if d.report.Scores != played.Scores {
		t.Errorf("scores changed: %+v, played %+v", d.report.Scores, played.Scores)
	}
	english := map[string]bool{}
	for _, dec := range en.Decisions {
		for _, c := range dec.Choices {
			english[c.Text], english[c.Feedback] = true, true
		}
	}
	for i, r := range d.report.Replies {
		if r.Text != played.Replies[i].Text {
			t.Errorf("reply %d reads %q, published %q", i+1, r.Text, played.Replies[i].Text)
		}
		for j, f := range r.Analysis.Features {
			if f.Label == played.Replies[i].Analysis.Features[j].Label && f.Label != "" {
				t.Errorf("reply %d: %s still explained in Dutch: %q", i+1, f.ID, f.Label)
			}
		}
	}
	for _, r := range d.report.Replies {
		for _, m := range r.Analysis.Missing {
			if strings.Contains(m.Tip, "{customer}") {
				t.Errorf("a tip greets no one: %q", m.Tip)
			}
		}
	}
	if len(d.report.Lessons) == 0 {
		t.Fatal("no lessons to look at")
	}
	for _, l := range d.report.Lessons {
		for _, s := range []string{l.Model, l.ModelFeedback} {
			if s != "" && !english[s] {
				t.Errorf("decision %s: %q is not from the English case", l.Decision, s)
			}
		}
	}
}
