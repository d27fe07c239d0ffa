package studio

import (
	"strings"
	"time"

	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/scenarios"
)

// The reading-and-typing model of the round-length test
// (game/session/roundlength_test.go, which cites its sources: Brysbaert 2019
// for reading, Dhakal et al. 2018 for typing): a trainee reads 230 words a
// minute, weighs the choices for 20 seconds, types 35 words a minute, and
// reads the newest five posts in view at a decision. The round's clock is
// the session's own (Session.Run), as in the window and the browser.
const (
	readWordsPerMinute = 230.0
	typeWordsPerMinute = 35.0
	decideSeconds      = 20
	feedInView         = 5
	frame              = 100 * time.Millisecond
)

// Length is the estimated real time of a round in minutes, from the first
// post to the end of the debrief: picking the best written choice at every
// decision, and typing it instead.
type Length struct {
	Choosing  float64  `json:"choosing"`
	Typing    float64  `json:"typing"`
	Decisions int      `json:"decisions"`
	Path      []string `json:"path"`
}

func words(texts ...string) int {
	n := 0
	for _, t := range texts {
		n += len(strings.Fields(t))
	}
	return n
}

func reading(n int) time.Duration {
	return time.Duration(float64(n) / readWordsPerMinute * float64(time.Minute))
}

// EstimateLength plays the case with the best written choices, picked and
// typed, in real time as the game's clock runs it.
func EstimateLength(sc *scenarios.Scenario) Length {
	pick, path, n := roundLength(sc, false)
	typed, _, _ := roundLength(sc, true)
	return Length{Choosing: round1(pick.Minutes()), Typing: round1(typed.Minutes()), Decisions: n, Path: path}
}

// roundLength is the round-length test's trainee (see the constants): at
// each decision they read, decide and (typed) type the best choice.
func roundLength(sc *scenarios.Scenario, typed bool) (total time.Duration, path []string, decisions int) {
	s, err := session.New(sc, session.Options{Seed: 1})
	if err != nil {
		return 0, nil, 0
	}
	var open *scenarios.Decision
	var busy time.Duration
	for s.Ending() == nil {
		if total > 2*time.Hour {
			return total, path, decisions
		}
		if d := s.Decision(); d != open {
			open = d
			if d != nil {
				texts := []string{d.Prompt}
				feed := s.Feed()
				for _, it := range feed[max(0, len(feed)-feedInView):] {
					texts = append(texts, it.Text)
				}
				for _, c := range d.Choices {
					texts = append(texts, c.Text)
				}
				busy = reading(words(texts...)) + decideSeconds*time.Second
				if typed && d.AllowFreeText && len(d.Choices) > 0 {
					busy += time.Duration(float64(words(d.Choices[session.BestChoice(s, d)].Text)) / typeWordsPerMinute * float64(time.Minute))
				}
			}
		}
		if open != nil && busy <= 0 {
			if len(open.Choices) == 0 {
				return total, path, decisions // nothing written to pick yet
			}
			i := session.BestChoice(s, open)
			decisions++
			path = append(path, open.ID)
			var err error
			if typed && open.AllowFreeText {
				err = s.Publish(open.Choices[i].Text)
			} else {
				err = s.Choose(i)
			}
			if err != nil {
				return total, path, decisions
			}
			continue
		}
		s.Run(frame)
		total += frame
		busy -= frame
	}
	e := s.Ending()
	path = append(path, e.ID)
	texts := []string{e.Title, e.Text, sc.Debrief.WhatHappened}
	texts = append(texts, sc.Debrief.Tips...)
	for _, r := range s.Replies() {
		texts = append(texts, r.Text)
		for _, f := range r.Analysis.Features {
			texts = append(texts, f.Label)
		}
	}
	return total + reading(words(texts...)), path, decisions
}

func round1(x float64) float64 { return float64(int(x*10+0.5)) / 10 }
