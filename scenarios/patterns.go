package scenarios

import (
	"errors"
	"fmt"
	"strings"
	"sync/atomic"
)

// Rubric is what the checker needs of the rubric that will judge the typed
// replies of a case. The scenarios package does not know the rubric and may
// not import it (DESIGN.md, Parts: scenarios imports only toml): the
// program that loads scenario files plugs it in once with UseRubric (the
// adapter is scoring/scenariorubric). Without one, the checks that need it
// are skipped: a route's feature names, a misreading pattern beyond "empty"
// and "no regular expression", and what a follow-up may take for granted.
type Rubric interface {
	// FeatureIDs are the features a route's condition may test.
	FeatureIDs() []string
	// CheckPattern says what is wrong with one pattern of a misreading's
	// `says` ("nog niet * gebeld") in the case's language lang.
	CheckPattern(pattern, lang string) error
	// FeatureTexts reads reply as a reply in case sc and returns, per
	// feature found, the text of its spans.
	FeatureTexts(reply string, sc *Scenario) map[string][]string
	// PutDowns are the features that find a put-down of the customer
	// (an insult, sarcasm, a threat): a reply with one of them must reach
	// a follow-up written for a put-down, not the one for a polite reply.
	PutDowns() []string
}

var rubric atomic.Pointer[Rubric]

// UseRubric makes every later Load, Builtin and Parse check with r (nil
// turns those checks off again).
func UseRubric(r Rubric) {
	if r == nil {
		rubric.Store(nil)
		return
	}
	rubric.Store(&r)
}

// pluggedRubric is the rubric plugged in with UseRubric, or nil.
func pluggedRubric() Rubric {
	if r := rubric.Load(); r != nil {
		return *r
	}
	return nil
}

// checkPattern runs the plugged-in rubric's check, if any.
func checkPattern(pattern, lang string) error {
	if r := pluggedRubric(); r != nil {
		return r.CheckPattern(pattern, lang)
	}
	return nil
}

// misreadings checks that each misreading says something and names the
// fact it gets wrong. The patterns are words, as in the rubric; a regular
// expression is not allowed here, and the rubric's own check (plugged in
// with UseRubric) says what else is wrong with one.
func (v *validator) misreadings(path string, ms []Misreading) {
	for i, m := range ms {
		mp := fmt.Sprintf("%s[%d]", path, i+1)
		if strings.TrimSpace(m.Fact) == "" {
			v.errorf(mp+".fact", "missing: the fact this misreading gets wrong, as the debrief will show it")
		}
		if len(m.Says) == 0 {
			v.errorf(mp+".says", "missing: what a reply that misreads the case says, e.g. [\"nog niet * gebeld\"]")
		}
		if m.Kind != "" && m.Kind != MisreadingWrong && m.Kind != MisreadingPrivate {
			v.errorf(mp+".kind", "%q: want %q (a wrong reading of the case, the default) or %q (a private fact a public reply must not state)", m.Kind, MisreadingWrong, MisreadingPrivate)
		}
		v.patterns(mp, m.Says)
	}
}

// patterns checks the patterns of a says list at path (a misreading's, a
// tied line group's): words as in the rubric, no regular expression, and
// what the plugged-in rubric's check finds wrong.
func (v *validator) patterns(mp string, says []string) {
	for k, w := range says {
		switch {
		case strings.TrimSpace(w) == "":
			v.errorf(fmt.Sprintf("%s.says[%d]", mp, k+1), "empty pattern")
		case strings.HasPrefix(strings.TrimSpace(w), "re:"):
			v.errorf(fmt.Sprintf("%s.says[%d]", mp, k+1), "a regular expression is not allowed here: write words, as in the rubric's patterns")
		default:
			if err := checkPattern(w, v.sc.Language); err != nil {
				// The line of the pattern itself: a says list may run over lines.
				line := v.pos.Line(mp + ".says")
				if l := v.pos.Find(line, 0, w); l > 0 {
					line = l
				}
				v.problems = append(v.problems, patternProblem(v.sc.File, line, fmt.Sprintf("%s.says[%d]", mp, k+1), err))
			}
		}
	}
}

// patternProblem reports what the rubric finds wrong with a pattern; an
// error that keeps its format (the rubric's do) keeps it in the problem too,
// so that the studio says it in its reader's language.
func patternProblem(file string, line int, field string, err error) Problem {
	const prefix = "not a pattern of the rubric: "
	var kept interface{ MessageFormat() (string, []any) }
	if errors.As(err, &kept) {
		format, args := kept.MessageFormat()
		return Problem{File: file, Line: line, Field: field, Message: prefix + err.Error(), Format: prefix + format, Args: args}
	}
	return Problem{File: file, Line: line, Field: field, Message: prefix + err.Error(), Format: prefix + "%v", Args: []any{err}}
}
