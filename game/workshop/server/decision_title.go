package server

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/webcaresim/webcaresim/scenarios"
)

// A room reads decisions by what they ask, not by the ids the scenario file
// uses for its links ("d2_press"): the dashboard, the projector and the
// debrief name a decision by the first sentence of its prompt, in the
// case's language. (Not by its place in the file: the file's order mixes
// the branches, and the debrief counts only the decisions answered.)

// maxTitleRunes is how long a decision's title may be on a projector line.
const maxTitleRunes = 90

// decisionTitle names decision id of the scenario for people. answering is
// the post the reply answered (session.Reply.Answering), which names an
// inject typed live; "" where there is no reply.
func decisionTitle(sc *scenarios.Scenario, id, answering, lang string) string {
	if sc == nil {
		return id
	}
	if rest, ok := strings.CutPrefix(id, "inject-"); ok {
		_, injectID, _ := strings.Cut(rest, "-")
		text := answering
		if in, ok := sc.Inject(injectID); ok && in.Label != "" {
			text = in.Label
		}
		if text == "" {
			return controlText[lang]["inject_decision"]
		}
		return controlText[lang]["inject_decision"] + " · " + shortTitle(text)
	}
	if d, ok := sc.Decision(id); ok {
		text := d.Prompt
		if text == "" {
			text = answering
		}
		if text != "" {
			return shortTitle(text)
		}
	}
	return id
}

// shortTitle is a text's first sentence, cut at a word to fit a line.
func shortTitle(text string) string {
	text = displayText(strings.Join(strings.Fields(text), " "))
	rs := []rune(text)
	for i, r := range rs {
		if (r == '.' || r == '?' || r == '!') && i+1 < len(rs) && rs[i+1] == ' ' && i >= 12 {
			rs = rs[:i+1]
			break
		}
	}
	if len(rs) <= maxTitleRunes {
		return string(rs)
	}
	cut := maxTitleRunes - 1
	for j := cut; j > maxTitleRunes/2; j-- {
		if unicode.IsSpace(rs[j]) {
			cut = j
			break
		}
	}
	out := strings.TrimRightFunc(string(rs[:cut]), func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) })
	if utf8.RuneCountInString(out) == 0 {
		out = string(rs[:maxTitleRunes-1])
	}
	return out + "…"
}
