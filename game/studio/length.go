package studio

import (
	"strings"

	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/scenarios"
)

// The reading-and-typing model of the round-length test
// (game/roundlength_test.go, which cites its sources: Brysbaert 2019 for
// reading, Dhakal et al. 2018 for typing): a trainee reads 230 words a
// minute, weighs the choices for 20 seconds and types 35 words a minute.
// The window's clock runs a scenario minute in a real second while posts
// arrive and four while a decision is open within its SLA.
const (
	readWordsPerMinute = 230.0
	typeWordsPerMinute = 35.0
	decideSeconds      = 20.0
	secondsPerMinute   = 1.0 // real seconds per scenario minute while posts arrive
)

// Length is the estimated real time of a round, in minutes: picking the
// best written choice at every decision, and typing it instead.
type Length struct {
	Choosing  float64  `json:"choosing"`
	Typing    float64  `json:"typing"`
	Decisions int      `json:"decisions"`
	Path      []string `json:"path"`
}

func words(texts ...string) float64 {
	n := 0
	for _, t := range texts {
		n += len(strings.Fields(t))
	}
	return float64(n)
}

// EstimateLength follows the best written choices through the case with the
// round-length model: for each decision on the way, the time the clock runs
// until it opens, reading its posts, prompt and choices, deciding, and
// (when typing) typing the reply; then reading the ending and the debrief.
func EstimateLength(sc *scenarios.Scenario) Length {
	s, err := session.Run(sc, session.Options{Seed: 1}, session.Best{})
	var l Length
	if err != nil || s == nil {
		return l
	}
	var read, typed float64 // seconds
	for _, r := range s.Replies() {
		d, ok := sc.Decision(r.Decision)
		if !ok {
			continue
		}
		l.Decisions++
		l.Path = append(l.Path, d.ID)
		texts := []string{d.Prompt}
		for _, p := range d.Posts {
			texts = append(texts, p.Text)
		}
		for _, c := range d.Choices {
			texts = append(texts, c.Text)
		}
		read += d.At.Minutes()*secondsPerMinute + words(texts...)/readWordsPerMinute*60 + decideSeconds
		typed += words(r.Text) / typeWordsPerMinute * 60
	}
	if e := s.Ending(); e != nil {
		l.Path = append(l.Path, e.ID)
		read += words(e.Text, sc.Debrief.WhatHappened, strings.Join(sc.Debrief.Tips, " ")) / readWordsPerMinute * 60
	}
	l.Choosing = round1(read / 60)
	l.Typing = round1((read + typed) / 60)
	return l
}

func round1(x float64) float64 { return float64(int(x*10+0.5)) / 10 }
