package session

import (
	"math"
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
)

// The SLA badge shows the real deadline: a decision that silence closes
// before its SLA shows the minutes until silence, and the warning "Silence
// takes over in N min" comes before every silence. In the playtest the
// badge read "59 / 120 min", green, a minute before silence closed a
// 60-minute decision, and a Kut-universiteit reply at minute 45 of a
// "/ 60 min" badge was dropped.
func TestTheBadgeNeverPromisesMoreThanTheSilenceGives(t *testing.T) {
	for _, lang := range []string{"nl", "en"} {
		sc, ok := scenarios.BuiltinForPlay().Find("universiteit-kut", lang)
		if !ok {
			t.Fatalf("universiteit-kut (%s) missing", lang)
		}
		// as built in, and as an author's file that leaves the decision
		// without its own SLA (the case's 60 minutes)
		inherited := *sc
		inherited.Decisions = append([]scenarios.Decision(nil), sc.Decisions...)
		for i := range inherited.Decisions {
			inherited.Decisions[i].SLA = 0
		}
		for _, c := range []*scenarios.Scenario{sc, &inherited} {
			s := replay(t, c, []move{{choice: 1}})
			d := s.Decision()
			if d == nil || d.Timeout.Minutes() != 40 {
				t.Fatalf("%s: want Bram's 40-minute follow-up open, have %v", lang, d)
			}
			checkDeadline(t, lang+" "+d.ID, s)
			sla, _ := s.SLA()
			if want := float64(c.SLAMinutes); c == &inherited && sla.Score != want {
				t.Errorf("%s: the speed score counts against %g min, want the case's %g", lang, sla.Score, want)
			}
		}
	}
}

// Every decision of every built-in case reached by written choices or
// silence: the badge's deadline is never after the silence, and the warning
// shows before it.
func TestEveryTimedDecisionWarnsBeforeSilence(t *testing.T) {
	for _, sc := range scenarios.BuiltinForPlay().Scenarios {
		t.Run(sc.Key(), func(t *testing.T) {
			t.Parallel()
			seen := map[string]bool{sc.FirstDecision(): true}
			queue := [][]move{nil}
			for len(queue) > 0 {
				path := queue[0]
				queue = queue[1:]
				s := replay(t, sc, path)
				d := s.Decision()
				if d == nil {
					continue
				}
				checkDeadline(t, d.ID, replay(t, sc, path))
				var ms []move
				for i := range d.Choices {
					ms = append(ms, move{choice: i + 1})
				}
				if d.Timeout > 0 {
					ms = append(ms, move{silence: true})
				}
				for _, m := range ms {
					next := append(append([]move(nil), path...), m)
					n := replay(t, sc, next)
					if nd := n.Decision(); nd != nil && !seen[nd.ID] {
						seen[nd.ID] = true
						queue = append(queue, next)
					}
				}
			}
		})
	}
}

// checkDeadline checks the open decision of s from its opening to the
// minute before silence takes over.
func checkDeadline(t *testing.T, name string, s *Session) {
	t.Helper()
	dl := s.Deadline()
	if dl <= 0 {
		return
	}
	open := s.OpenedAt()
	s.AdvanceTo(math.Max(s.Now(), open))
	sla, ok := s.SLA()
	if !ok {
		t.Fatalf("%s: no SLA badge on a timed decision", name)
	}
	if sla.Minutes > dl-open {
		t.Errorf("%s: the badge shows %g min, but silence takes over after %g", name, sla.Minutes, dl-open)
	}
	if sla.Score < sla.Minutes {
		t.Errorf("%s: speed counts against %g min, less than the badge's %g", name, sla.Score, sla.Minutes)
	}
	s.AdvanceTo(dl - 1)
	if s.Decision() == nil {
		return // a scripted turn closed it first
	}
	left, _, ok := s.SilenceWarning()
	if !ok || left != 1 {
		t.Errorf("%s: a minute before silence the warning says (%d min, %v), want 1 min", name, left, ok)
	}
}
