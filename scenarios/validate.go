package scenarios

import (
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/webcaresim/webcaresim/scenarios/tomlpos"
)

var knownChannels = map[string]bool{"twitter": true, "facebook": true, "instagram": true}
var knownActions = map[string]bool{ActionDM: true, ActionCall: true, ActionColleague: true, ActionWait: true}
var knownActorKinds = map[string]bool{"celebrity": true, "blog": true, "press": true, "boycott": true,
	"customer": true, "colleague": true, "brand": true, "bystander": true}

// validator collects problems with the line each field is written on.
type validator struct {
	sc       *Scenario
	pos      tomlpos.Positions
	problems []Problem
	rubric   Rubric // plugged in with UseRubric; nil skips the checks that need it
	features map[string]bool
	told     map[string]map[int]bool  // toldOnEveryPath, once the routes are checked
	presumed map[string][]Presumption // Presumptions per follow-up, once read
}

func (v *validator) errorf(path, format string, args ...any) { v.add(path, false, format, args) }

// add records a problem with its format and values, which the studio says
// in its reader's language.
func (v *validator) add(path string, warning bool, format string, args []any) {
	v.problems = append(v.problems, Problem{File: v.sc.File, Line: v.pos.Line(path), Field: path,
		Message: fmt.Sprintf(format, args...), Warning: warning, Format: format, Args: args})
}

func (v *validator) hasErrors() bool {
	for _, p := range v.problems {
		if !p.Warning {
			return true
		}
	}
	return false
}

func (v *validator) warnf(path, format string, args ...any) { v.add(path, true, format, args) }

func validate(sc *Scenario, pos tomlpos.Positions, c checks) []Problem {
	v := &validator{sc: sc, pos: pos, rubric: pluggedRubric()}
	if v.rubric != nil {
		v.features = map[string]bool{}
		for _, id := range v.rubric.FeatureIDs() {
			v.features[id] = true
		}
	}
	v.header()
	v.posts("post", sc.Posts)
	v.misreadings("misreading", sc.Misreadings)
	ids := v.ids()
	for i := range sc.Decisions {
		v.decision(fmt.Sprintf("decision[%d]", i+1), &sc.Decisions[i], ids)
	}
	for i := range sc.Endings {
		v.posts(fmt.Sprintf("ending[%d].post", i+1), sc.Endings[i].Posts)
		v.postCounts(fmt.Sprintf("ending[%d].post", i+1), sc.Endings[i].Posts)
		if strings.TrimSpace(sc.Endings[i].Text) == "" {
			v.errorf(fmt.Sprintf("ending[%d].text", i+1), "an ending needs a text that tells the trainee what followed")
		}
		switch sc.Endings[i].Kind {
		case "good", "mixed", "bad":
		default:
			v.errorf(fmt.Sprintf("ending[%d].kind", i+1), "is %q; use good, mixed or bad (it sets the ending's points and colour)", sc.Endings[i].Kind)
		}
	}
	v.injects()
	v.variants()
	v.supportClaims()
	// The graph and what depends on it are checked once the ids and targets
	// hold; a warning (an ignored crowd key) does not stop it.
	if !v.hasErrors() {
		v.graph()
		// What a route guarantees is the rubric's to say.
		if c.followUps && v.rubric != nil {
			for i := range sc.Decisions {
				v.followUps(fmt.Sprintf("decision[%d]", i+1), &sc.Decisions[i])
				v.otherPaths(fmt.Sprintf("decision[%d]", i+1), &sc.Decisions[i])
				v.presumes(fmt.Sprintf("decision[%d]", i+1), &sc.Decisions[i])
			}
			v.putDowns()
		}
		if v.rubric != nil {
			for i := range sc.Decisions {
				v.relevance(fmt.Sprintf("decision[%d]", i+1), &sc.Decisions[i])
			}
		}
		v.turns()
		v.crowdClaims()
		v.addressees()
	}
	sort.SliceStable(v.problems, func(i, j int) bool { return v.problems[i].Line < v.problems[j].Line })
	return v.problems
}

func (v *validator) header() {
	sc := v.sc
	if strings.TrimSpace(sc.ID) == "" {
		v.errorf("id", "missing: every scenario needs an id such as \"sanoma-juf\"")
	} else if strings.ContainsAny(sc.ID, " /\\") {
		v.errorf("id", "%q may not contain spaces or slashes", sc.ID)
	}
	if strings.TrimSpace(sc.Title) == "" {
		v.errorf("title", "missing")
	}
	if sc.Language != "nl" && sc.Language != "en" {
		v.errorf("language", "is %q; use \"nl\" or \"en\"", sc.Language)
	}
	if !knownChannels[sc.Channel] {
		v.errorf("channel", "is %q; use \"twitter\", \"facebook\" or \"instagram\"", sc.Channel)
	}
	if strings.TrimSpace(sc.Brand.Name) == "" {
		v.errorf("brand.name", "missing")
	}
	if a := sc.Brand.Account; a != nil {
		if strings.TrimSpace(a.Name) == "" {
			v.errorf("brand.account.name", "missing: the name the feed shows above a reply from this account")
		}
		if a.Followers < 0 {
			v.errorf("brand.account.followers", "is %d; followers cannot be negative", a.Followers)
		}
	}
	if strings.TrimSpace(sc.Customer.Name) == "" {
		v.errorf("customer.name", "missing")
	}
	if sc.Customer.Mood < -1 || sc.Customer.Mood > 1 {
		v.errorf("customer.mood", "is %g; it must lie between -1 (furious) and 1 (delighted)", sc.Customer.Mood)
	}
	if sc.SLAMinutes <= 0 {
		v.errorf("sla_minutes", "missing or not positive; 60 is the usual service level on Twitter")
	}
	if sc.Difficulty < 1 || sc.Difficulty > 3 {
		v.errorf("difficulty", "is %d; use 1 (easy) to 3 (hard)", sc.Difficulty)
	}
	if _, _, err := startClock(sc.StartClock); err != nil {
		var ce clockError
		errors.As(err, &ce)
		v.add("start_clock", false, ce.Format, ce.Args)
	}
	if sc.Duration <= 0 {
		v.errorf("duration", "missing: how long the round runs, e.g. \"1d2h\"")
	}
	v.crowdAndActors()
	v.debrief()
}

// crowdAndActors checks the audience, the global crowd keys a case may not
// set, and the actors.
func (v *validator) crowdAndActors() {
	sc := v.sc
	c := sc.Crowd
	if c.Audience <= 0 {
		v.errorf("crowd.audience", "missing or not positive")
	}
	// How people react is the same for every case (fitted once across the
	// cases with a recorded outcome, game/crowd/README.md); a case sets
	// what its sources record: audience, channel, followers, time of day.
	for _, f := range []struct {
		key string
		set bool
	}{{"baseline_per_hour", c.BaselinePerHour != 0}, {"branching", c.Branching != 0},
		{"half_life_minutes", c.HalfLifeMinutes != 0}, {"negative_share", c.NegativeShare != 0}} {
		if f.set {
			v.warnf("crowd."+f.key, "is ignored: how the crowd reacts is global, fitted across cases; a case sets its audience, channel, followers and time of day")
		}
	}
	v.lines()
	for i, a := range sc.Actors {
		path := fmt.Sprintf("actor[%d]", i+1)
		if a.ID == "" {
			v.errorf(path+".id", "missing")
		}
		if a.ID == "customer" || a.ID == "brand" {
			v.errorf(path+".id", "%q is reserved", a.ID)
		}
		if !knownActorKinds[a.Kind] {
			v.errorf(path+".kind", "is %q; use one of celebrity, blog, press, boycott, customer, colleague, bystander", a.Kind)
		}
		if a.Name == "" {
			v.errorf(path+".name", "missing")
		}
		v.actorAct(path, a)
	}
}

// actorAct checks what a tied actor waits for (as a [[crowd.tied]] group).
func (v *validator) actorAct(path string, a Actor) { v.act(path, a.After, a.When, a.Says) }

// act checks the act a tied line or actor waits for: turns that exist,
// features the rubric knows, patterns that compile.
func (v *validator) act(path string, after []string, when Condition, says []string) {
	v.patterns(path, says)
	for _, id := range after {
		if _, ok := v.sc.Decision(id); ok {
			continue
		}
		if _, ok := v.sc.Ending(id); ok {
			continue
		}
		v.errorf(path+".after", "%q is neither a decision nor an ending in this file", id)
	}
	v.knownFeatures(path+".when.has", when.Has)
	v.knownFeatures(path+".when.lacks", when.Lacks)
	v.knownFeatures(path+".when.has_any", when.HasAny)
}

// debrief checks what the trainee reads after the round.
func (v *validator) debrief() {
	sc := v.sc
	if strings.TrimSpace(sc.Debrief.WhatHappened) == "" {
		v.errorf("debrief.what_happened", "missing: tell the trainee what really happened")
	}
	if sc.BasedOn != "" && len(sc.Debrief.Sources) == 0 {
		v.errorf("debrief.sources", "a case based on a real one must name its source")
	}
	if m := sc.Debrief.HistoricalMeasure; m != "" && !slices.Contains(HistoricalMeasures, m) {
		v.errorf("debrief.historical_measure", "%q is not a measure: use %s", m, strings.Join(HistoricalMeasures, ", "))
	}
	v.observed()
	for i, pt := range sc.Debrief.HistoricalCurve {
		if i > 0 && pt[0] < sc.Debrief.HistoricalCurve[i-1][0] {
			v.errorf("debrief.historical_curve", "minutes must grow (point %d)", i+1)
		}
	}
}

// ids returns every decision and ending id, and reports duplicates.
func (v *validator) ids() map[string]string {
	ids := map[string]string{}
	for i, d := range v.sc.Decisions {
		path := fmt.Sprintf("decision[%d].id", i+1)
		if d.ID == "" {
			v.errorf(path, "missing")
			continue
		}
		if _, dup := ids[d.ID]; dup {
			v.errorf(path, "%q is used twice", d.ID)
		}
		ids[d.ID] = "decision"
	}
	for i, e := range v.sc.Endings {
		path := fmt.Sprintf("ending[%d].id", i+1)
		if e.ID == "" {
			v.errorf(path, "missing")
			continue
		}
		if _, dup := ids[e.ID]; dup {
			v.errorf(path, "%q is used twice", e.ID)
		}
		ids[e.ID] = "ending"
	}
	if len(v.sc.Decisions) == 0 {
		v.errorf("decision", "a scenario needs at least one [[decision]]")
	}
	if len(v.sc.Endings) == 0 {
		v.errorf("ending", "a scenario needs at least one [[ending]]")
	}
	if v.sc.Start != "" && ids[v.sc.Start] != "decision" {
		v.errorf("start", "%q is not a decision", v.sc.Start)
	}
	return ids
}

func (v *validator) target(path, next string, ids map[string]string) {
	if next == "" {
		v.errorf(path, "missing: where does this lead? Give a decision or ending id")
		return
	}
	if _, ok := ids[next]; !ok {
		v.errorf(path, "%q is neither a decision nor an ending in this file", next)
	}
}

func (v *validator) text(path, text string) {
	if strings.TrimSpace(text) == "" {
		v.errorf(path, "empty text")
		return
	}
	limit := ChannelLimit(v.sc.Channel)
	if n := utf8.RuneCountInString(text); n > limit {
		v.errorf(path, "%d characters, over the %s limit of %d", n, v.sc.Channel, limit)
	}
}

func (v *validator) posts(path string, posts []Post) {
	for i, p := range posts {
		pp := fmt.Sprintf("%s[%d]", path, i+1)
		if p.By != "customer" && p.By != "brand" {
			if _, ok := v.sc.Actor(p.By); !ok {
				v.errorf(pp+".by", "%q is not \"customer\", \"brand\" or an [[actor]] id", p.By)
			}
		}
		v.text(pp+".text", p.Text)
		if p.Private && (p.Likes > 0 || p.Shares > 0) {
			v.errorf(pp+".private", "a private post has no likes or shares: the public never sees it (drop likes and shares, or private)")
		}
		if p.Stance != "" && p.Stance != StanceFor && p.Stance != StanceAgainst {
			v.errorf(pp+".stance", "is %q; use \"for\" or \"against\" (the post's side toward the brand), or leave it out", p.Stance)
		}
	}
}

func (v *validator) decision(path string, d *Decision, ids map[string]string) {
	v.promptCounts(path+".prompt", d.Prompt)
	v.posts(path+".post", d.Posts)
	v.misreadings(path+".misreading", d.Misreadings)
	v.privateReply(path, d)
	for i, c := range d.Choices {
		cp := fmt.Sprintf("%s.choice[%d]", path, i+1)
		v.text(cp+".text", c.Text)
		v.target(cp+".next", c.Next, ids)
		v.crowdSide(cp+".crowd", c.Crowd)
	}
	if d.Mood != nil && (*d.Mood < -1 || *d.Mood > 1) {
		v.errorf(path+".mood", "is %g; a mood runs from -1 (furious) to 1 (delighted)", *d.Mood)
	}
	unconditional := false
	for i, r := range d.Routes {
		rp := fmt.Sprintf("%s.route[%d]", path, i+1)
		v.target(rp+".next", r.Next, ids)
		v.crowdSide(rp+".crowd", r.Crowd)
		if r.When.Empty() {
			unconditional = true
		}
		v.knownFeatures(rp+".when.has", r.When.Has)
		v.knownFeatures(rp+".when.lacks", r.When.Lacks)
		v.knownFeatures(rp+".when.has_any", r.When.HasAny)
	}
	if d.AllowFreeText && !unconditional {
		v.errorf(path+".route", "a typed reply has no way out: add a last [[decision.route]] without \"when\"")
	}
	if !d.AllowFreeText && len(d.Routes) > 0 {
		v.warnf(path+".route", "routes are only used for typed replies, and allow_free_text is false")
	}
	for i, a := range d.Actions {
		ap := fmt.Sprintf("%s.action[%d]", path, i+1)
		if !knownActions[a.Kind] {
			v.errorf(ap+".kind", "is %q; use dm, call, colleague or wait", a.Kind)
		}
		if a.Next != "" {
			v.target(ap+".next", a.Next, ids)
		}
		if a.Kind == ActionDM && a.Text != "" {
			v.text(ap+".text", a.Text)
		}
		v.narration(ap+".text", a)
	}
	if len(d.Choices) == 0 && !d.AllowFreeText {
		v.errorf(path, "a decision with no choices and no free text has no way out")
	}
	if d.Timeout > 0 && d.OnTimeout == "" {
		v.errorf(path+".on_timeout", "a timeout needs on_timeout: where does silence lead?")
	}
	if d.OnTimeout != "" {
		v.target(path+".on_timeout", d.OnTimeout, ids)
		if d.Timeout <= 0 {
			v.errorf(path+".timeout", "on_timeout is set but timeout is not")
		}
	}
	v.deadline(path, d.Timeout, d.SLA)
	if d.Reply < 0 || d.Reply > len(d.Posts) {
		v.errorf(path+".reply_to", "is %d; it counts this decision's posts from 1 (0: the customer's latest)", d.Reply)
	}
}

// crowdSide checks a choice's or route's crowd: shares between 0 and 1,
// together at most 1, and a branching factor between 0.2 and 5.
func (v *validator) crowdSide(path string, c *CrowdSide) {
	if c == nil {
		return
	}
	ok := true
	for _, f := range []struct {
		key string
		x   *float64
	}{{"negative_share", c.NegativeShare}, {"positive_share", c.PositiveShare}} {
		if f.x != nil && (*f.x < 0 || *f.x > 1) {
			v.errorf(path+"."+f.key, "is %g; a share lies between 0 and 1", *f.x)
			ok = false
		}
	}
	if ok && c.NegativeShare != nil && c.PositiveShare != nil && *c.NegativeShare+*c.PositiveShare > 1 {
		v.errorf(path+".positive_share", "is %g with negative_share %g: together they are more than all posts (at most 1)",
			*c.PositiveShare, *c.NegativeShare)
	}
	inject := strings.HasPrefix(path, "inject")
	if f := c.BranchingFactor; f != 0 && !inject {
		v.errorf(path+".branching_factor", "is for injects only: how far a reply spreads is the crowd model's, the same for every case")
	} else if f != 0 && (f < 0.2 || f > 5) {
		v.errorf(path+".branching_factor", "is %g; a factor on the branching ratio lies between 0.2 and 5 (1: no change)", f)
	}
	if c.NegativeShare == nil && c.PositiveShare == nil && (c.BranchingFactor == 0 || !inject) {
		v.warnf(path, "sets none of negative_share, positive_share (and, on an inject, branching_factor), so it changes nothing")
	}
}

// knownFeatures checks that a route tests features the rubric knows: a
// typo would make the route silently never (or always) match.
func (v *validator) knownFeatures(path string, ids []string) {
	if v.rubric == nil {
		return
	}
	for _, id := range ids {
		if v.features[id] {
			continue
		}
		hint, best := "", 3
		for known := range v.features {
			if d := editDistance(id, known); d < best || d == best && hint != "" && known < hint {
				hint, best = known, d
			}
		}
		if hint != "" {
			v.errorf(path, "%q is not a feature of the rubric (did you mean %q?)", id, hint)
		} else {
			v.errorf(path, "%q is not a feature of the rubric; webcaresim score --explain shows feature ids", id)
		}
	}
}

// privateReply checks a decision whose reply the public does not see: it
// cannot also say how the public reacts to that reply.
func (v *validator) privateReply(path string, d *Decision) {
	if !d.PrivateReply {
		return
	}
	for i, c := range d.Choices {
		if c.Crowd != nil {
			v.errorf(fmt.Sprintf("%s.choice[%d].crowd", path, i+1), "the reply is private (private_reply = true): the public does not react to it; drop crowd, or private_reply")
		}
	}
	for i, r := range d.Routes {
		if r.Crowd != nil {
			v.errorf(fmt.Sprintf("%s.route[%d].crowd", path, i+1), "the reply is private (private_reply = true): the public does not react to it; drop crowd, or private_reply")
		}
	}
}
