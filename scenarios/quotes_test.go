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
