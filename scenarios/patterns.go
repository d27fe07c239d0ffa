package scenarios

import (
	"fmt"
	"strings"
	"sync/atomic"
)

// PatternCheck validates one pattern of a misreading's `says` in the
// rubric's pattern language ("nog niet * gebeld") for a scenario in lang,
// and says what is wrong with it. The scenarios package does not know that
// language: the rubric does, and scenarios may not import it (DESIGN.md,
// Parts). The program that loads scenario files plugs the rubric's check in
// once with CheckPatternsWith; without one, only an empty pattern and a
// regular expression are reported.
type PatternCheck func(pattern, lang string) error

var patternCheck atomic.Pointer[PatternCheck]

// CheckPatternsWith makes every later Load, Builtin and Parse check the
// misreading patterns with check (nil turns the check off again).
func CheckPatternsWith(check PatternCheck) {
	if check == nil {
		patternCheck.Store(nil)
		return
	}
	patternCheck.Store(&check)
}

// checkPattern runs the plugged-in check, if any.
func checkPattern(pattern, lang string) error {
	if c := patternCheck.Load(); c != nil {
		return (*c)(pattern, lang)
	}
	return nil
}

// misreadings checks that each misreading says something and names the
// fact it gets wrong. The patterns are words, as in the rubric; a regular
// expression is not allowed here, and the rubric's own check (plugged in
// with CheckPatternsWith) says what else is wrong with one.
func (v *validator) misreadings(path string, ms []Misreading) {
	for i, m := range ms {
		mp := fmt.Sprintf("%s[%d]", path, i+1)
		if strings.TrimSpace(m.Fact) == "" {
			v.errorf(mp+".fact", "missing: the fact this misreading gets wrong, as the debrief will show it")
		}
		if len(m.Says) == 0 {
			v.errorf(mp+".says", "missing: what a reply that misreads the case says, e.g. [\"nog niet * gebeld\"]")
		}
		for k, w := range m.Says {
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
					v.problems = append(v.problems, Problem{File: v.sc.File, Line: line,
						Field: fmt.Sprintf("%s.says[%d]", mp, k+1), Message: "not a pattern of the rubric: " + err.Error()})
				}
			}
		}
	}
}
