package server

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/webcaresim/webcaresim/assets/i18n"
	"github.com/webcaresim/webcaresim/game/crowd"
	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/game/workshop/store"
	"github.com/webcaresim/webcaresim/scoring"
)

type traineeRow struct {
	changed                                        uint64
	ID, Name, Scenario, Status, StatusClass, Clock string
	Heat                                           string // the heat the trainee's meter shows ("hitte nu 0,8")
	// Shown is the heat as the row shows it: the level's words with the
	// figure when the level names the heat ("Hitte nu: rustig (0,8)"),
	// else the figure ("hitte nu 0,8") beside a level that says something
	// else (LevelLabel, "" when Shown says it already).
	Shown                         string
	Reach                         string // the reach it shows, with its share of the audience ("bereik 152 (<1%)")
	Level, LevelLabel, Spark      string
	Replies                       int
	Empathy, Deescalation, Result string
}

type boardRow struct {
	Name                           string
	Overall, Empathy, Deescalation float64
	Speed, Grade                   string
}

type board struct {
	Key, Title string
	Rows       []boardRow
}

// Segment is a piece of a reply: plain, or a feature the rubric found.
type Segment struct {
	Text, Class, Label string
}

type replyCard struct {
	changed                      uint64
	Key, Decision                string // trainee|decision: the card's place on the page
	EventID                      int64
	Name, Action                 string
	Historical, Focused          bool
	Empathy, Deescalation, Speed float64
	Segments                     []Segment
}

type decisionGroup struct {
	ID      string
	Title   string // for people: see decisionTitle
	opened  float64
	Replies []replyCard
}

type compareGroup struct {
	Key, Title string
	Decisions  []*decisionGroup
}

type liveView struct {
	Version  uint64
	Code     string
	Sel      string // the scenario shown side by side
	T        map[string]string
	Trainees []traineeRow
	Boards   []board
	Compare  []*compareGroup
	Tabs     []tab
}

type tab struct {
	Key, Title string
	Current    bool
}

func (s *Server) title(key string) string {
	if sc := s.scenario(key); sc != nil {
		return sc.Title
	}
	return key
}

func clockOf(m float64) string {
	t := int(m)
	if t >= 1440 {
		return fmt.Sprintf("%dd %02d:%02d", t/1440, t%1440/60, t%60)
	}
	return fmt.Sprintf("%02d:%02d", t/60, t%60)
}

func sparkPoints(xs []float64) string {
	if len(xs) == 0 {
		return "0,23 100,23"
	}
	var b strings.Builder
	step := 100.0 / float64(max(len(xs)-1, 1))
	for i, x := range xs {
		fmt.Fprintf(&b, "%.1f,%.1f ", float64(i)*step, 23-22*min(max(x, 0), 100)/100)
	}
	return strings.TrimSpace(b.String())
}

// meterLevel is the level the meter of the trainee's game shows for the
// round's last sample (session.MeterLevelOf, the rule of the window and
// the browser player): the heat now, the story's reach and which side the
// crowd is on, not the outrage figure alone.
func (s *Server) meterLevel(tl *traineeLive) session.MeterLevel {
	audience := 0
	if sc := s.scenario(tl.scenario); sc != nil {
		audience = sc.Crowd.Audience
	}
	p := tl.point
	return session.MeterLevelOf(crowd.Stats{Outrage: p.Outrage, Heat: p.Heat, Support: p.Support,
		Reach: p.Reach, SupportReach: p.SupportReach, Posts: p.Posts, NegativeShare: p.NegativeShare}, audience)
}

// namesHeat reports whether a meter level's words are about the heat now
// ("Heat now: calm"), not about the reach or the sides of the crowd.
func namesHeat(l session.MeterLevel) bool {
	switch l {
	case session.MeterCalm, session.MeterWarm, session.MeterStorm:
		return true
	}
	return false
}

// reachText is the reach the trainee's meter shows, with its share of the
// case's audience as the window and the browser write it (i18n.Share:
// "<1%" for a few people of many, not "0%").
func (s *Server) reachText(tl *traineeLive, lang string) string {
	audience := 0
	if sc := s.scenario(tl.scenario); sc != nil {
		audience = sc.Crowd.Audience
	}
	return i18n.T(lang, "meter.reach_short", i18n.Number(tl.point.Reach, lang), i18n.Share(tl.point.Reach, audience))
}

// liveView is the dashboard's live part; the hub is read-locked.
func (s *Server) liveView(wl *wsLive, lang, sel string) liveView {
	T := messages[lang]
	v := liveView{Version: wl.version, Code: wl.w.Code, T: T}
	for _, tl := range wl.trainees {
		v.Trainees = append(v.Trainees, s.traineeRow(tl, lang))
	}
	v.Boards = s.boards(wl, lang)
	v.Tabs, v.Sel = s.compareTabs(wl, sel)
	if v.Sel != "" {
		v.Compare = []*compareGroup{s.compare(wl, v.Sel, lang)}
	}
	return v
}

// traineeRow is one trainee's line on the dashboard: where they are in
// their round and how their replies score so far.
func (s *Server) traineeRow(tl *traineeLive, lang string) traineeRow {
	T := messages[lang]
	row := traineeRow{changed: tl.changed, ID: tl.t.ID, Name: displayText(tl.t.Name), Scenario: "—", Status: T["st_joined"], StatusClass: "joined",
		Clock: "—", Spark: sparkPoints(tl.spark),
		Replies: tl.replies, Empathy: "—", Deescalation: "—", Result: "—"}
	if tl.scenario != "" {
		row.Scenario = s.title(tl.scenario)
		row.Clock = clockOf(tl.minute)
		level := s.meterLevel(tl)
		row.Level, row.LevelLabel = string(level), level.Label(lang)
		row.Heat = i18n.T(lang, "meter.heat", i18n.Heat(tl.point.Heat, lang))
		row.Shown = row.Heat
		if namesHeat(level) {
			// "heat now 0.0" above "Heat now: calm" said one figure
			// twice; the row says it once, in the meter's words.
			row.Shown, row.LevelLabel = level.Label(lang)+" ("+i18n.Heat(tl.point.Heat, lang)+")", ""
		}
		row.Reach = s.reachText(tl, lang)
		row.Status, row.StatusClass = T["st_playing"], "playing"
		switch {
		case tl.interrupted:
			row.Status, row.StatusClass = T["st_interrupted"], "interrupted"
		case tl.finished && tl.result != nil && tl.result.Round == tl.round && !tl.result.Attempt.Marked():
			// The trainee left the round (Esc, "Leave the round"):
			// it did not finish and has no mark.
			row.Status, row.StatusClass = T["st_left"], "left"
		case tl.finished:
			row.Status, row.StatusClass = T["st_finished"], "finished"
		}
	}
	if tl.public > 0 {
		row.Empathy = strconv.FormatFloat(tl.empSum/float64(tl.public), 'f', 0, 64)
		row.Deescalation = strconv.FormatFloat(tl.deSum/float64(tl.public), 'f', 0, 64)
	}
	if tl.result != nil && !tl.result.Attempt.Marked() {
		// A round cut short or left early has no mark: its report
		// scores what was played, and a trainer scanning the table read
		// "1.0 (0)" for a round with nothing published (playtest 20,
		// P20-26), or a 9.8 for one left after its first reply (play28,
		// F5); the status beside it says why.
		row.Result = "–"
	} else if tl.result != nil {
		sc := tl.result.Attempt.Report.Scores
		row.Result = i18n.DecimalPoint(tl.result.Attempt.Report.Grade, lang) + " (" + strconv.FormatFloat(sc.Overall, 'f', 0, 64) + ")"
		if tl.finished && tl.round == tl.result.Round {
			row.Empathy = strconv.FormatFloat(sc.Empathy, 'f', 0, 64)
			row.Deescalation = strconv.FormatFloat(sc.Deescalation, 'f', 0, 64)
		}
	}
	return row
}

// boards are the leaderboards: the workshop's scenarios, then any other
// played, each with every trainee's best result still in the room, the mark
// written as the game writes it in the page's language (8,1 in Dutch).
func (s *Server) boards(wl *wsLive, lang string) []board {
	keys := append([]string(nil), wl.w.Scenarios...)
	seen := map[string]bool{}
	for _, k := range keys {
		seen[k] = true
	}
	var results []store.Result
	for _, r := range wl.results {
		if tl := wl.byID[r.Trainee]; tl == nil || tl.t.Removed {
			continue // the trainer took them out
		}
		results = append(results, r)
		if k := r.Attempt.Key(); !seen[k] {
			seen[k] = true
			keys = append(keys, k)
		}
	}
	names := map[string]string{}
	for _, tl := range wl.trainees {
		names[tl.t.ID] = tl.t.Name
	}
	var boards []board
	for _, k := range keys {
		b := board{Key: k, Title: s.title(k)}
		for _, r := range bestPerTrainee(results, k) {
			sc := r.Attempt.Report.Scores
			speed := "—"
			if sc.SpeedScored {
				speed = strconv.FormatFloat(sc.Speed, 'f', 0, 64)
			}
			b.Rows = append(b.Rows, boardRow{Name: displayText(names[r.Trainee]), Overall: sc.Overall, Empathy: sc.Empathy,
				Deescalation: sc.Deescalation, Speed: speed, Grade: i18n.DecimalPoint(r.Attempt.Report.Grade, lang)})
		}
		boards = append(boards, b)
	}
	return boards
}

// compareTabs are the scenarios with replies, one tab each, and the one
// shown side by side: sel, else the one last replied in ("" when none).
func (s *Server) compareTabs(wl *wsLive, sel string) ([]tab, string) {
	last := ""
	var keys []string
	for _, rl := range wl.replies {
		if rl.trainee.t.Removed {
			continue
		}
		if !slices.Contains(keys, rl.scenario) {
			keys = append(keys, rl.scenario)
		}
		last = rl.scenario
	}
	if !slices.Contains(keys, sel) {
		sel = last
	}
	var tabs []tab
	for _, k := range keys {
		tabs = append(tabs, tab{Key: k, Title: s.title(k), Current: k == sel})
	}
	return tabs, sel
}

// compare puts one scenario's replies side by side: per decision, each
// trainee's reply in their latest round of that scenario.
func (s *Server) compare(wl *wsLive, sel, lang string) *compareGroup {
	latest := map[[2]string]string{} // trainee, scenario → round
	for _, rl := range wl.replies {
		if !rl.trainee.t.Removed {
			latest[[2]string{rl.trainee.t.ID, rl.scenario}] = rl.round
		}
	}
	g := &compareGroup{Key: sel, Title: s.title(sel)}
	byID := map[string]*decisionGroup{}
	for _, rl := range wl.replies {
		if rl.trainee.t.Removed || rl.scenario != sel || latest[[2]string{rl.trainee.t.ID, rl.scenario}] != rl.round {
			continue
		}
		d := byID[rl.reply.Decision]
		if d == nil {
			d = &decisionGroup{ID: rl.reply.Decision, opened: rl.reply.Opened,
				Title: decisionTitle(s.scenario(sel), rl.reply.Decision, rl.reply.Answering, lang)}
			byID[d.ID] = d
			g.Decisions = append(g.Decisions, d)
		}
		d.opened = min(d.opened, rl.reply.Opened)
		d.Replies = append(d.Replies, s.card(rl, wl.w.Focus))
	}
	sort.SliceStable(g.Decisions, func(i, j int) bool { return g.Decisions[i].opened < g.Decisions[j].opened })
	return g
}

func (s *Server) card(rl replyLive, focus int64) replyCard {
	r := rl.reply
	return replyCard{changed: rl.changed, Key: rl.trainee.t.ID + "|" + r.Decision, Decision: r.Decision, EventID: rl.id, Name: displayText(rl.trainee.t.Name), Action: r.Action, Historical: r.Historical,
		Focused: focus == rl.id, Empathy: r.Analysis.Empathy, Deescalation: r.Analysis.Deescalation, Speed: r.Speed,
		Segments: segments(replyText(r), r.Analysis)}
}

func replyText(r session.Reply) string {
	if r.Text == "" {
		return r.Note
	}
	return r.Text
}

// segments splits a reply at the spans of its features (rune offsets),
// skipping overlaps, so the template can mark them.
func segments(text string, a scoring.Analysis) []Segment {
	rs := []rune(text)
	var marks []scoring.Mark
	if a.Text == text {
		marks = scoring.Marks(len(rs), a.Features)
	}
	var out []Segment
	at := 0
	for _, m := range marks {
		if m.Start > at {
			out = append(out, Segment{Text: displayText(string(rs[at:m.Start]))})
		}
		cls := "plus"
		if m.Tone < 0 {
			cls = "minus"
		}
		out = append(out, Segment{Text: displayText(string(rs[m.Start:m.End])), Class: cls, Label: m.Label})
		at = m.End
	}
	if at < len(rs) {
		out = append(out, Segment{Text: displayText(string(rs[at:]))})
	}
	return out
}

type featureLine struct{ Class, Label, Text string }

type focusView struct {
	Name, Scenario, Decision     string
	Empathy, Deescalation, Speed float64
	Segments                     []Segment
	Features                     []featureLine
}

type projectorView struct {
	Version uint64
	T       map[string]string
	Focus   *focusView
}

func (s *Server) projectorView(wl *wsLive, lang string) projectorView {
	v := projectorView{Version: wl.version, T: messages[lang]}
	if wl.w.Focus == 0 {
		return v
	}
	for _, rl := range wl.replies {
		if rl.id != wl.w.Focus {
			continue
		}
		r := rl.reply
		f := &focusView{Name: displayText(rl.trainee.t.Name), Scenario: s.title(rl.scenario),
			Decision: decisionTitle(s.scenario(rl.scenario), r.Decision, r.Answering, lang),
			Empathy:  r.Analysis.Empathy, Deescalation: r.Analysis.Deescalation, Speed: r.Speed,
			Segments: segments(replyText(r), r.Analysis)}
		// One line per feature, with every span that showed it.
		at := map[string]int{}
		for _, ft := range r.Analysis.Features {
			if ft.Label == "" {
				continue
			}
			quoted := ""
			if ft.Text != "" {
				quoted = "“" + displayText(ft.Text) + "”"
			}
			if i, ok := at[ft.Label]; ok {
				if quoted != "" && !strings.Contains(f.Features[i].Text, quoted) {
					f.Features[i].Text = strings.TrimPrefix(f.Features[i].Text+" · "+quoted, " · ")
				}
				continue
			}
			cls := "plus"
			if ft.Points < 0 {
				cls = "minus"
			}
			at[ft.Label] = len(f.Features)
			f.Features = append(f.Features, featureLine{Class: cls, Label: ft.Label, Text: quoted})
		}
		v.Focus = f
	}
	return v
}
