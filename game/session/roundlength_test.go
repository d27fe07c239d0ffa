package session

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/webcaresim/webcaresim/scenarios"
)

// A trainee's reading and typing speed, for measuring how long a round
// takes in real minutes. Silent reading of non-fiction runs at about 238
// words a minute in English and a little less in Dutch (Brysbaert 2019, "How
// many words do we read per minute? A review and meta-analysis of reading
// rate", Journal of Memory and Language 109); typing a reply one composes is
// slower than copy-typing's ~50 words a minute (Dhakal et al. 2018, "Observations
// on typing from 136 million keystrokes", CHI).
const (
	readWordsPerMinute = 230
	typeWordsPerMinute = 35
	// decideSeconds is weighing the read choices (or starting to type): an
	// assumption, not a measured figure.
	decideSeconds = 20
	// feedInView is how many of the newest feed items the trainee reads
	// before deciding: about what the feed column shows at once.
	feedInView = 5
)

// readingTime is how long the trainee needs to read text.
func readingTime(words int) time.Duration {
	return time.Duration(float64(words) / readWordsPerMinute * float64(time.Minute))
}

func words(texts ...string) int {
	n := 0
	for _, t := range texts {
		n += len(strings.Fields(t))
	}
	return n
}

// roundLength plays sc in real time as the window's clock runs it
// (Run, 100 ms frames): at each decision the trainee reads the
// newest posts in view, the prompt and the choices, takes decideSeconds,
// and then picks with pick (-1: says nothing, pressing "wait" where it can,
// and lets the decision time out) or, when typed, types the picked
// choice's words at typeWordsPerMinute.
// It returns the real time until the ending shows and the time to read the
// ending and the debrief (what happened, the tips, each reply with its
// feedback and findings).
func roundLength(t *testing.T, sc *scenarios.Scenario, pick func(*Session, *scenarios.Decision) int, typed bool) (play, debrief time.Duration, path string) {
	t.Helper()
	s, err := New(sc, Options{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	const frame = 100 * time.Millisecond
	var open *scenarios.Decision
	var busy time.Duration // real time the trainee still needs at the open decision
	for s.Ending() == nil {
		if play > 2*time.Hour {
			t.Fatalf("%s: no ending after two real hours", sc.File)
		}
		if d := s.Decision(); d != open {
			open = d
			if d != nil {
				// The newest posts in view (the customer's among them),
				// the prompt and the choices.
				texts := []string{d.Prompt}
				feed := s.Feed()
				for _, it := range feed[max(0, len(feed)-feedInView):] {
					texts = append(texts, it.Text)
				}
				for _, c := range d.Choices {
					texts = append(texts, c.Text)
				}
				busy = readingTime(words(texts...)) + decideSeconds*time.Second
				if typed && pick(s, d) >= 0 {
					busy += time.Duration(float64(words(d.Choices[pick(s, d)].Text)) / typeWordsPerMinute * float64(time.Minute))
				}
			}
		}
		if open != nil && busy <= 0 {
			i := pick(s, open)
			if i < 0 {
				// The brand said nothing: the trainee presses "wait"
				// where the decision offers it, and otherwise sits
				// through the silence to the timeout.
				if _, err := s.Act(scenarios.ActionWait); err == nil {
					busy = 2 * time.Second
					continue
				}
				busy = time.Duration(1<<62 - 1)
				s.Run(frame)
				play += frame
				continue
			}
			var err error
			if typed {
				err = s.Publish(open.Choices[i].Text)
			} else {
				err = s.Choose(i)
			}
			if err != nil {
				t.Fatalf("%s: decision %q: %v", sc.File, open.ID, err)
			}
			continue
		}
		s.Run(frame)
		play += frame
		busy -= frame
	}
	texts := []string{s.Ending().Title, s.Ending().Text, sc.Debrief.WhatHappened}
	texts = append(texts, sc.Debrief.Tips...)
	for _, r := range s.Replies() {
		texts = append(texts, r.Text)
		for _, d := range sc.Decisions {
			if d.ID == r.Decision && r.Choice > 0 {
				texts = append(texts, d.Choices[r.Choice-1].Feedback)
			}
		}
		for _, f := range r.Analysis.Features {
			texts = append(texts, f.Label)
		}
		for _, m := range r.Analysis.Missing {
			texts = append(texts, m.Label)
		}
	}
	for _, r := range s.Replies() {
		path += r.Decision + ">"
	}
	return play, readingTime(words(texts...)), path + s.Ending().ID
}

// A round takes 5 to 10 real minutes from the first post to the end of the
// debrief: long enough to matter, short enough for a workshop to play two
// or three. Each case is played four ways (the historical path, the best
// choices, the best choices typed, always the first choice): its median
// must lie within 5 to 10 minutes, and no way to play it may take under 3
// or over 12. The log lists every figure.
func TestRoundLengthInRealMinutes(t *testing.T) {
	historical := func(_ *Session, d *scenarios.Decision) int { return HistoricalChoice(d) }
	best := func(s *Session, d *scenarios.Decision) int { return BestChoice(s, d) }
	first := func(*Session, *scenarios.Decision) int { return 0 }
	var medians []time.Duration
	for _, sc := range scenarios.Builtin().Scenarios {
		var totals []time.Duration
		for _, run := range []struct {
			name  string
			pick  func(*Session, *scenarios.Decision) int
			typed bool
		}{{"historical", historical, false}, {"best", best, false}, {"typed", best, true}, {"first", first, false}} {
			play, debrief, path := roundLength(t, sc, run.pick, run.typed)
			total := play + debrief
			t.Logf("%-36s %-10s play %4.1f + debrief %4.1f = %4.1f min  %s",
				sc.File, run.name, play.Minutes(), debrief.Minutes(), total.Minutes(), path)
			totals = append(totals, total)
			if total < 3*time.Minute || total > 12*time.Minute {
				t.Errorf("%s, %s: a round takes %s (play %s, debrief %s), want 3 to 12 minutes on any path",
					sc.File, run.name, fmtMin(total), fmtMin(play), fmtMin(debrief))
			}
		}
		slices.Sort(totals)
		m := (totals[1] + totals[2]) / 2
		medians = append(medians, m)
		t.Logf("%-36s median %.1f min", sc.File, m.Minutes())
		// The reader model is good to a tenth of a minute at best (the
		// log's resolution): the bounds hold for the figure as logged.
		if m := m.Round(6 * time.Second); m < 5*time.Minute || m > 10*time.Minute {
			t.Errorf("%s: the median round takes %s, want 5 to 10 minutes", sc.File, fmtMin(m))
		}
	}
	slices.Sort(medians)
	t.Logf("median rounds from %.1f to %.1f min", medians[0].Minutes(), medians[len(medians)-1].Minutes())
}

func fmtMin(d time.Duration) string { return fmt.Sprintf("%.1f min", d.Minutes()) }
