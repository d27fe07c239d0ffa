package scenarios

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"
)

// Stances and moments of a case's own bystander lines ([crowd.lines.STANCE]
// MOMENT = [...]); game/crowd draws them.
var (
	lineStances = []string{"critic", "supporter", "joker", "customer", "press", "onlooker"}
	lineMoments = []string{"any", "silent", "replied", "apology", "bad"}
)

// A case should have lines of its own, or its crowd speaks in the generic
// pools' words: at least MinOwnLines in all and MinStanceLines for each of
// the stances a round draws most (critic, supporter, joker, customer,
// press). Below that `check` warns.
const (
	MinOwnLines    = 40
	MinStanceLines = 5
)

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
	stances := make([]string, 0, len(c.Lines))
	for st := range c.Lines {
		stances = append(stances, st)
	}
	sort.Strings(stances)
	for _, st := range stances {
		path := "crowd.lines." + st
		if !contains(lineStances, st) {
			v.errorf(path, "%q is not a stance; use %s", st, strings.Join(lineStances, ", "))
			continue
		}
		moments := make([]string, 0, len(c.Lines[st]))
		for mo := range c.Lines[st] {
			moments = append(moments, mo)
		}
		sort.Strings(moments)
		for _, mo := range moments {
			mpath := path + "." + mo
			if !contains(lineMoments, mo) {
				v.errorf(mpath, "%q is not a moment; use %s", mo, strings.Join(lineMoments, ", "))
				continue
			}
			for i, text := range c.Lines[st][mo] {
				v.line(mpath, i, mo, text)
			}
			perStance[st] += len(c.Lines[st][mo])
			total += len(c.Lines[st][mo])
		}
	}
	var short []string
	for _, st := range lineStances[:5] {
		if perStance[st] < MinStanceLines {
			short = append(short, fmt.Sprintf("%s %d", st, perStance[st]))
		}
	}
	if total < MinOwnLines || len(short) > 0 {
		msg := fmt.Sprintf("the case has %d bystander lines of its own", total)
		if len(short) > 0 {
			msg += " (" + strings.Join(short, ", ") + ")"
		}
		v.warnf("crowd.lines", "%s; write at least %d, and %d for each of critic, supporter, joker, customer and press, or the crowd speaks in generic lines that do not know the case",
			msg, MinOwnLines, MinStanceLines)
	}
}

// line checks one line of a stance at a moment.
func (v *validator) line(path string, i int, moment, text string) {
	at := fmt.Sprintf("%s[%d]", path, i+1)
	line := v.pos.Line(path)
	snippet := text
	if n := strings.IndexAny(snippet, "{\"\\"); n > 0 {
		snippet = snippet[:n]
	}
	if l := v.pos.Find(line, 0, snippet); l > 0 && snippet != "" {
		line = l
	}
	problem := func(warning bool, format string, args ...any) {
		v.problems = append(v.problems, Problem{File: v.sc.File, Line: line, Field: at,
			Message: fmt.Sprintf(format, args...), Warning: warning})
	}
	if strings.TrimSpace(text) == "" {
		problem(false, "empty line")
		return
	}
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
	if ok, w := FitsChannel(text, v.sc.Channel); !ok {
		problem(true, "speaks of another channel (%q) on %s; the line is left out", w, v.sc.Channel)
	}
	if sig := strings.TrimSpace(v.sc.Brand.Signature); sig != "" && (moment == "silent" || moment == "any") &&
		strings.Contains(" "+WordsOnly(text)+" ", " "+sig+" ") {
		problem(true, "names %s, who has not posted at moment %s; use {agent} under a moment after a reply", sig, moment)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
