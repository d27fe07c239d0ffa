package session

import (
	"testing"
	"time"

	"github.com/webcaresim/webcaresim/scenarios"
)

// readerBusy is how long the trainee of roundlength_test.go needs at an open
// decision before picking a written choice: the newest posts in view, the
// prompt and the choices read at readWordsPerMinute, then decideSeconds.
func readerBusy(s *Session, d *scenarios.Decision) time.Duration {
	texts := []string{d.Prompt}
	feed := s.Feed()
	for _, it := range feed[max(0, len(feed)-feedInView):] {
		texts = append(texts, it.Text)
	}
	for _, c := range d.Choices {
		texts = append(texts, c.Text)
	}
	return readingTime(words(texts...)) + decideSeconds*time.Second
}

// In every case, at every decision a round can reach, a trainee who reads
// what is in view and the choices at a normal pace and then picks one earns
// the full speed points: the SLA runs from the moment the decision opens and
// the clock gives the reading its time. (HEMA's third decision used to open
// with its SLA long gone, counted from a post of the day before.)
func TestSpeedPointsReachableAtEveryDecision(t *testing.T) {
	for _, sc := range scenarios.Builtin().Scenarios {
		t.Run(sc.Key(), func(t *testing.T) {
			t.Parallel()
			for _, path := range pathsToEveryDecision(t, sc) {
				s := replay(t, sc, path)
				d := s.Decision()
				sla, ok := s.SLA()
				if !ok {
					t.Fatalf("decision %q: no SLA in practice mode", d.ID)
				}
				if sla.Waited != 0 {
					t.Errorf("decision %q opens with %g of its %g SLA minutes gone", d.ID, sla.Waited, sla.Minutes)
				}
				busy := readerBusy(s, d)
				for ; busy > 0 && s.Decision() == d; busy -= 100 * time.Millisecond {
					s.Run(100 * time.Millisecond)
				}
				if s.Decision() != d {
					t.Errorf("decision %q closed while a normal reader was still reading", d.ID)
					continue
				}
				if err := s.Choose(BestChoice(s, d)); err != nil {
					t.Fatal(err)
				}
				r := s.Replies()[len(s.Replies())-1]
				if r.Speed < 100 {
					t.Errorf("decision %q: a reader who answers after %s (%.0f scenario min, SLA %g) gets speed %.0f, want 100",
						d.ID, readerBusy(replay(t, sc, path), d).Round(time.Second), r.Minute-r.Opened, sla.Minutes, r.Speed)
				}
			}
		})
	}
}

// pathsToEveryDecision returns, for every decision of sc, the first path of
// moves (breadth first) that opens it.
func pathsToEveryDecision(t *testing.T, sc *scenarios.Scenario) [][]move {
	t.Helper()
	seen := map[string]bool{sc.FirstDecision(): true}
	paths := [][]move{nil}
	for i := 0; i < len(paths); i++ {
		s := replay(t, sc, paths[i])
		for _, m := range movesAt(sc, s.Decision()) {
			next := append(append([]move(nil), paths[i]...), m)
			if d := replay(t, sc, next).Decision(); d != nil && !seen[d.ID] {
				seen[d.ID] = true
				paths = append(paths, next)
			}
		}
	}
	return paths
}
