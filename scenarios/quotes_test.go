package scenarios

import (
	"reflect"
	"strings"
	"testing"
)

func TestQuotedSpansSkipApostrophes(t *testing.T) {
	cases := map[string][]string{
		`Customer service bingo: "we regret any inconvenience". Full house!`: {"we regret any inconvenience"},
		"'{quote}' That's all {brand} has to say?":                           {"{quote}"},
		"Naomi's story, the customers' anger and that's that.":               nil,
		"He said ‘wait’ and “sorry”.":                                        {"wait", "sorry"},
	}
	for text, want := range cases {
		if got := QuotedSpans(text); !reflect.DeepEqual(got, want) {
			t.Errorf("%q: quoted %q, want %q", text, got, want)
		}
	}
}

// A line may put in quotation marks only the trainee's words (a
// placeholder) or words a post of the case wrote: a phrase nobody wrote,
// quoted as if the brand had, is warned about.
func TestLinesQuoteOnlyWhatWasWritten(t *testing.T) {
	ps, _ := withLines(t, `[crowd.lines.joker]
bad = [
  "Webcarebingo: 'vervelend dat u dit zo ervaart'. Volle kaart!",
  "'{worst}' Webcarebingo. Volle kaart!",
  "'Welke buren?!' vraagt Sam. Terecht, {brand}.",
]
`)
	if findProblem(ps, "crowd.lines.joker.bad[1]", "in quotation marks") == nil {
		t.Errorf("a phrase nobody wrote, in quotation marks, passes: %v", ps)
	}
	if p := findProblem(ps, "crowd.lines.joker.bad[2]", "in quotation marks"); p != nil {
		t.Errorf("the reply's own words are warned about: %v", p)
	}
	if p := findProblem(ps, "crowd.lines.joker.bad[3]", "in quotation marks"); p != nil {
		t.Errorf("words of the case's own post are warned about: %v", p)
	}
}

// Every built-in case passes the rule.
func TestBuiltinLinesQuoteOnlyWhatWasWritten(t *testing.T) {
	for _, p := range Builtin().Problems {
		if strings.Contains(p.Message, "in quotation marks") {
			t.Errorf("%s:%d %s: %s", p.File, p.Line, p.Field, p.Message)
		}
	}
}

// A line that reacts to the reply is said with a phrase of it before its
// words; one too long to carry the phrase within the channel's limit could
// never be said, and the checker says so.
func TestReactionLinesLeaveRoomForTheReply(t *testing.T) {
	long := "Dit is een heel lange reactie op het antwoord van {brand}" + strings.Repeat(", echt waar", 17) + "."
	ps, _ := withLines(t, `[crowd.lines.critic]
bad = ["`+long+`", "'{quote}' `+long[:150]+`"]
any = ["`+long+`"]
`)
	if findProblem(ps, "crowd.lines.critic.bad[1]", "leaves no room to quote it") == nil {
		t.Errorf("a reaction with no room for the reply's words passes: %v", ps)
	}
	if p := findProblem(ps, "crowd.lines.critic.bad[2]", "leaves no room"); p != nil {
		t.Errorf("a line that quotes the reply itself is warned about: %v", p)
	}
	if p := findProblem(ps, "crowd.lines.critic.any[1]", "leaves no room"); p != nil {
		t.Errorf("a line for any moment is no reaction to a reply: %v", p)
	}
}
