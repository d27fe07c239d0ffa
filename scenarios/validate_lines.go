package scenarios

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// The stances a round draws most: a case needs lines of its own for each.
// Onlookers ("what is going on here?") speak as often as jokers: of the
// bystanders without a side nearly half ask what is going on (game/crowd,
// stanceOf), so a case without its own has them ask in generic words.
var mainStances = []string{"critic", "supporter", "joker", "customer", "press", "onlooker"}

// A case should have lines of its own, or its crowd speaks in the generic
// pools' words: at least MinOwnLines in all and MinStanceLines for each of
// the stances a round draws most (critic, supporter, joker, customer,
// press, onlooker). Below that `check` warns. A round puts at most about six lines
// with words in the feed per quarter of an hour (game/crowd VoicedPer15)
// and about three in four come from the case while it has them, so 30
// lines carry a short case's round and the first hours of a storm; no
// line is said twice, so a case with fewer runs out sooner and the
// generic pools take over.
const (
	MinOwnLines    = 30
	MinStanceLines = 4
)

// PhraseMax is the most characters of a phrase of the reply a bystander
// reacting to it quotes before their own words ("\"phrase\" words"): a
// line for the replied, apology or bad moment that does not quote the reply
// itself ({quote}, {worst}) must leave room for one within the channel's
// limit, or it can never be said.
const PhraseMax = 50

// linePlaceholders are the placeholders a bystander line may use.
var linePlaceholders = []string{"{brand}", "{brandhandle}", "{customer}", "{handle}", "{brandtag}",
	"{agent}", "{quote}", "{worst}"}

// lines checks the case's own bystander lines: known stances and moments,
// texts within the channel's limit and in its words, placeholders that fit
// the moment, and enough of them.
func (v *validator) lines() {
	c := v.sc.Crowd
	perStance := map[string]int{}
	total := len(c.Negative) + len(c.Positive) + len(c.Neutral)
	perStance["critic"] += len(c.Negative)
	perStance["supporter"] += len(c.Positive)
	for _, st := range c.Lines.ByStance() {
		for _, mo := range st.Lines.ByMoment() {
			path := "crowd.lines." + st.Name + "." + mo.Name
			for i, text := range mo.Lines {
				v.line(path, i, mo.Name, text, nil, st.Name == "customer")
			}
			perStance[st.Name] += len(mo.Lines)
			total += len(mo.Lines)
		}
	}
	for i, t := range c.Tied {
		v.tied(fmt.Sprintf("crowd.tied[%d]", i+1), t)
		perStance[t.Stance] += len(t.Lines)
		total += len(t.Lines)
	}
	for k, id := range c.SolvedAfter {
		_, isDecision := v.sc.Decision(id)
		if _, isEnding := v.sc.Ending(id); !isDecision && !isEnding {
			v.errorf(fmt.Sprintf("crowd.solved_after[%d]", k+1), "%q is neither a decision nor an ending in this file", id)
		}
	}
	v.enoughLines(total, perStance)
}

// stanceNames and momentNames are the stances and moments a line may be
// written for.
var (
	stanceNames = []string{"critic", "supporter", "joker", "customer", "press", "onlooker"}
	momentNames = []string{"any", "silent", "replied", "apology", "bad"}
)

// tied checks a group of lines tied to an act of the brand's: a known
// stance and moment, a turn or a reply condition that says which act
// (without one the lines are ordinary lines), turns that exist, features
// the rubric knows, and each line as any other.
func (v *validator) tied(path string, t TiedLines) {
	if !contains(stanceNames, t.Stance) {
		v.errorf(path+".stance", "is %q; use %s", t.Stance, strings.Join(stanceNames, ", "))
	}
	moment := t.Moment
	if moment == "" {
		moment = "any"
	}
	if !contains(momentNames, moment) {
		v.errorf(path+".moment", "is %q; use %s", t.Moment, strings.Join(momentNames, ", "))
	}
	if moment == "silent" {
		v.errorf(path+".moment", "is silent, but a tied line follows something the brand did; use any, replied, apology or bad")
	}
	if len(t.After) == 0 && t.When.Empty() && len(t.Says) == 0 {
		v.errorf(path, "has no after, when or says: name the decision or ending the act leads to (after = [\"...\"]), the reply it presumes (when = { has_any = [...] }) or what that reply says (says = [\"...\"]), or put the lines under [crowd.lines.%s]", t.Stance)
	}
	v.act(path, t.After, t.When, t.Says)
	if len(t.Lines) == 0 {
		v.errorf(path+".lines", "empty: write the lines that presume this act")
	}
	for j, text := range t.Lines {
		v.line(path+".lines", j, moment, text, t.Says, true)
	}
}

// enoughLines warns about a case with too few lines of its own.
func (v *validator) enoughLines(total int, perStance map[string]int) {
	var short []string
	for _, st := range mainStances {
		if perStance[st] < MinStanceLines {
			short = append(short, fmt.Sprintf("%s %d", st, perStance[st]))
		}
	}
	if total < MinOwnLines || len(short) > 0 {
		// The stances short of lines are their keys and counts, the same in
		// either language, so the sentence around them can be translated.
		perShort := ""
		if len(short) > 0 {
			perShort = " (" + strings.Join(short, ", ") + ")"
		}
		v.warnf("crowd.lines", "the case's own bystander lines: %d%s; write at least %d, and %d for each of critic, supporter, joker, customer, press and onlooker, or the crowd speaks in generic lines that do not know the case",
			total, perShort, MinOwnLines, MinStanceLines)
	}
}

// line checks one line of a stance at a moment; says are the phrases a
// tied line's reply is known to have said. declared: what the line
// presumes of the brand's replies needs no tag, as the line is tied to an
// act, or is a fellow customer's own story ("refunded after three
// months").
func (v *validator) line(path string, i int, moment, raw string, says []string, declared bool) {
	at := fmt.Sprintf("%s[%d]", path, i+1)
	tags, text := SplitLineTags(raw)
	line := v.pos.Line(path)
	snippet := text
	if n := strings.IndexAny(snippet, "{\"\\"); n > 0 {
		snippet = snippet[:n]
	}
	if l := v.pos.Find(line, 0, snippet); l > 0 && snippet != "" {
		line = l
	}
	// Format and Args let the studio say the message in its reader's language.
	problem := func(warning bool, format string, args ...any) {
		v.problems = append(v.problems, Problem{File: v.sc.File, Line: line, Field: at,
			Message: fmt.Sprintf(format, args...), Warning: warning, Format: format, Args: args})
	}
	if strings.TrimSpace(text) == "" {
		problem(false, "empty line")
		return
	}
	v.lineTags(at, problem, tags, text, declared)
	if n, limit := utf8.RuneCountInString(text), ChannelLimit(v.sc.Channel); n > limit {
		problem(false, "%d characters, over the %s limit of %d", n, v.sc.Channel, limit)
	}
	rest := text
	for _, ph := range linePlaceholders {
		rest = strings.ReplaceAll(rest, ph, "")
	}
	if i := strings.IndexByte(rest, '{'); i >= 0 {
		problem(false, "unknown placeholder in %q; use %s", text, strings.Join(linePlaceholders, " "))
	}
	switch {
	case moment == "silent" && (strings.Contains(text, "{agent}") || strings.Contains(text, "{quote}")):
		problem(false, "{agent} and {quote} need a reply; the brand has not posted at moment silent")
	case moment == "any" && (strings.Contains(text, "{agent}") || strings.Contains(text, "{quote}")):
		problem(false, "{agent} and {quote} need a reply; put the line under replied, apology or bad")
	case moment != "bad" && strings.Contains(text, "{worst}"):
		problem(false, "{worst} quotes an offending reply; put the line under bad")
	}
	quotes := strings.Contains(text, "{quote}") || strings.Contains(text, "{worst}")
	if reacts := moment == "replied" || moment == "apology" || moment == "bad"; reacts && !quotes {
		if n, limit := utf8.RuneCountInString(text), ChannelLimit(v.sc.Channel); n <= limit && n+PhraseMax+3 > limit {
			problem(true, "reacts to the reply but leaves no room to quote it: %d characters and a phrase of the reply (up to %d) are over the %s limit of %d; shorten it or quote with {quote}", n, PhraseMax, v.sc.Channel, limit)
		}
	}
	if q := v.lineQuotes(text, says); q != "" {
		problem(true, "puts %q in quotation marks, but neither the reply nor a post of the case wrote it; quote the reply with {quote} or {worst}, or say it without quotation marks", q)
	}
	if ok, w := FitsChannel(text, v.sc.Channel); !ok {
		problem(true, "speaks of another channel (%q) on %s; the line is left out", w, v.sc.Channel)
	}
	if sig := strings.TrimSpace(v.sc.Brand.Signature); sig != "" && (moment == "silent" || moment == "any") &&
		strings.Contains(" "+WordsOnly(text)+" ", " "+WordsOnly(sig)+" ") {
		problem(true, "names %s, who has not posted at moment %s; use {agent} under a moment after a reply", WordsOnly(sig), moment)
	}
}
