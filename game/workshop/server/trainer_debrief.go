package server

import (
	"fmt"
	"math"
	"net/http"
	"sort"
	"strconv"

	"github.com/webcaresim/webcaresim/assets/i18n"
	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/game/workshop/store"
	"github.com/webcaresim/webcaresim/scenarios"
)

// The debrief session on the projector (/trainer/w/CODE/debrief?s=KEY&d=N):
// for the N-th decision of a scenario, up to four of the room's replies side
// by side (anonymised unless the trainer shows names) with the rubric's
// spans, where each reply led and how the outrage went afterwards; the
// arrow keys step through the decisions, and past the last one the room
// sees how all its rounds ended next to what really happened.

const maxSideBySide = 4

type debriefView struct {
	Code, Key, Title string
	C                map[string]string
	Scenarios        []choice
	Decision         *debriefDecision
	Index, Count     int
	Step             int    // Index + 1, for people
	Prev, Next       string // links; "" at the ends
	Names            bool
	NamesLink        string
	Endings          *endingsView
}

type debriefDecision struct {
	ID, Prompt string
	Replies    []debriefReply
	Others     int // replies at this decision not shown
}

type debriefReply struct {
	Who                          string
	Segments                     []Segment
	Empathy, Deescalation, Speed float64
	Outcome, OutcomeClass        string
	Spark                        string
	After, Peak                  string   // heat an hour after the reply ("hitte nu 0,8"), and its peak in three hours
	Trainer                      []string // what the trainer did in that round
}

type endingsView struct {
	Rows   []endingRow
	Total  int
	Really string // the ending of the historical path
	What   string // the case's what_happened
}

type endingRow struct {
	Title, Kind string
	Count       int
	Percent     float64
	Historical  bool
}

func (s *Server) debriefPage(w http.ResponseWriter, r *http.Request) {
	code := r.PathValue("code")
	lang := pageLang(w, r)
	q := r.URL.Query()
	s.hub.mu.RLock()
	wl := s.hub.ws[code]
	if wl == nil {
		s.hub.mu.RUnlock()
		http.NotFound(w, r)
		return
	}
	key := q.Get("s")
	if s.scenario(key) == nil && len(wl.w.Scenarios) > 0 {
		key = wl.w.Scenarios[0]
	}
	var results []store.Result
	for _, res := range wl.results {
		if res.Attempt.Scenario+"/"+res.Attempt.Language == key {
			results = append(results, res)
		}
	}
	v := debriefView{Code: code, Key: key, C: controlText[lang], Names: q.Get("names") == "1"}
	for _, k := range wl.w.Scenarios {
		if sc := s.scenario(k); sc != nil {
			v.Scenarios = append(v.Scenarios, choice{k, sc.Title + " (" + k + ")"})
		}
	}
	s.hub.mu.RUnlock()
	sc := s.scenario(key)
	if sc == nil {
		http.NotFound(w, r)
		return
	}
	v.Title = sc.Title
	decisions := answeredDecisions(sc, results)
	v.Count = len(decisions)
	v.Index, _ = strconv.Atoi(q.Get("d"))
	v.Index = min(max(v.Index, 0), v.Count)
	v.Step = v.Index + 1
	link := func(d int, names bool) string {
		u := fmt.Sprintf("/trainer/w/%s/debrief?s=%s&d=%d", code, key, d)
		if names {
			u += "&names=1"
		}
		return u
	}
	if v.Index > 0 {
		v.Prev = link(v.Index-1, v.Names)
	}
	if v.Index < v.Count {
		v.Next = link(v.Index+1, v.Names)
	}
	v.NamesLink = link(v.Index, !v.Names)
	if v.Index < v.Count {
		v.Decision = s.sideBySide(sc, decisions[v.Index], results, q["r"], v.Names, lang)
	} else {
		v.Endings = endingsOf(sc, results)
	}
	s.render(w, "debrief.html", s.page(r, lang, controlText[lang]["debrief"], map[string]any{"V": v, "BodyClass": "projector-page"}))
}

// answeredDecisions are the scenario's decisions that some round answered,
// in the scenario's order.
func answeredDecisions(sc *scenarios.Scenario, results []store.Result) []*scenarios.Decision {
	seen := map[string]bool{}
	for _, res := range results {
		for _, rep := range res.Attempt.Report.Replies {
			seen[rep.Decision] = true
		}
	}
	var out []*scenarios.Decision
	for i := range sc.Decisions {
		if seen[sc.Decisions[i].ID] {
			out = append(out, &sc.Decisions[i])
		}
	}
	return out
}

// sideBySide picks up to four replies at decision d: the rounds the
// trainer named (r=ROUND), else the first ones, one per round.
func (s *Server) sideBySide(sc *scenarios.Scenario, d *scenarios.Decision, results []store.Result, picked []string, names bool, lang string) *debriefDecision {
	out := &debriefDecision{ID: d.ID, Prompt: d.Prompt}
	want := map[string]bool{}
	for _, p := range picked {
		want[p] = true
	}
	n := 0
	for _, res := range results {
		rep := res.Attempt.Report
		for _, reply := range rep.Replies {
			if reply.Decision != d.ID {
				continue
			}
			n++
			if len(out.Replies) >= maxSideBySide || (len(want) > 0 && !want[res.Round]) {
				break
			}
			who := fmt.Sprintf("%s %c", controlText[lang]["participant"], 'A'+rune(len(out.Replies)))
			if names {
				who = rep.Player
			}
			out.Replies = append(out.Replies, replyCardOf(sc, rep, reply, who, lang))
			break
		}
	}
	out.Others = n - len(out.Replies)
	return out
}

func replyCardOf(sc *scenarios.Scenario, rep session.Report, reply session.Reply, who, lang string) debriefReply {
	c := debriefReply{Who: who, Segments: segments(replyText(reply), reply.Analysis),
		Empathy: reply.Analysis.Empathy, Deescalation: reply.Analysis.Deescalation, Speed: reply.Speed}
	if e, ok := sc.Ending(reply.Next); ok {
		c.Outcome, c.OutcomeClass = rep.NameOfEnding(sc, e.ID), rep.KindOfEnding(sc, e.ID)
	} else if nd, ok := sc.Decision(reply.Next); ok {
		c.Outcome = decisionTitle(sc, nd.ID, "", lang)
		if _, ok := sc.Ending(rep.Ending); ok {
			c.Outcome += " → " + rep.EndingName(sc)
			c.OutcomeClass = rep.KindOfEnding(sc, rep.Ending)
		}
	}
	// The heat from the reply on, for three scenario hours: the figure the
	// trainee's meter showed (the sparkline on the meter's log scale).
	var xs []float64
	var after, peak float64
	for _, p := range rep.Curve {
		if p.Minute >= reply.Minute && p.Minute <= reply.Minute+180 {
			xs = append(xs, p.Outrage)
			peak = math.Max(peak, p.Heat)
			if p.Minute <= reply.Minute+60 {
				after = p.Heat
			}
		}
	}
	c.Spark = sparkPoints(xs)
	c.After, c.Peak = i18n.T(lang, "meter.heat", i18n.Heat(after, lang)), i18n.Heat(peak, lang)
	for _, m := range rep.Trainer {
		if m.Minute <= reply.Minute {
			c.Trainer = append(c.Trainer, m.Note)
		}
	}
	return c
}

// endingsOf counts how the rounds ended, beside the ending of the path the
// brand really took.
func endingsOf(sc *scenarios.Scenario, results []store.Result) *endingsView {
	v := &endingsView{What: sc.Debrief.WhatHappened}
	if h, err := session.Run(sc, session.Options{Seed: 1}, session.Historical{}); err == nil && h.Ending() != nil {
		v.Really = h.Ending().ID
	}
	// An ending read with a variant's title ("Repaired, after a threat")
	// is a row of its own beside the same ending read as the scenario
	// titles it: the trainer sees who threatened on the way. So is one a
	// failed round read as mixed where the scenario calls it good: a row
	// is coloured as its rounds read it.
	type reading struct{ title, kind string }
	counts := map[string]map[reading]int{}
	for _, res := range results {
		rep := res.Attempt.Report
		if rep.Ending == "" {
			continue
		}
		if counts[rep.Ending] == nil {
			counts[rep.Ending] = map[reading]int{}
		}
		counts[rep.Ending][reading{rep.EndingTitle, rep.KindOfEnding(sc, rep.Ending)}]++
		v.Total++
	}
	for _, e := range sc.Endings {
		readings := []reading{{"", e.Kind}}
		for r := range counts[e.ID] {
			if r != readings[0] {
				readings = append(readings, r)
			}
		}
		sort.Slice(readings[1:], func(i, j int) bool {
			a, b := readings[1+i], readings[1+j]
			return a.title < b.title || a.title == b.title && a.kind < b.kind
		})
		for _, r := range readings {
			row := endingRow{Title: e.Title, Kind: r.kind, Count: counts[e.ID][r],
				Historical: e.ID == v.Really && r == readings[0]}
			if r.title != "" {
				row.Title = r.title
			}
			if v.Total > 0 {
				row.Percent = math.Round(100 * float64(row.Count) / float64(v.Total))
			}
			if row.Count > 0 || row.Historical {
				v.Rows = append(v.Rows, row)
			}
		}
	}
	sort.SliceStable(v.Rows, func(i, j int) bool { return v.Rows[i].Count > v.Rows[j].Count })
	return v
}
