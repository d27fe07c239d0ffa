package scenarios

import (
	"errors"
	"os"
	"strings"
	"testing"
)

// The misreading patterns are checked by whatever check the program plugs
// in, with the file, the line and the field of the pattern; without one,
// only an empty pattern and a regular expression are problems.
func TestMisreadingPatternsAreCheckedByThePluggedInCheck(t *testing.T) {
	data, err := os.ReadFile("testdata/example.nl.toml")
	if err != nil {
		t.Fatal(err)
	}
	src := string(data) + "\n[[misreading]]\nsays = [\"nog niet * gebeld\", \"kapot!\"]\nfact = \"Ze had al gebeld.\"\n"
	line := strings.Count(src[:strings.Index(src, "says = [")], "\n") + 1
	problems := func() []Problem {
		_, ps := Parse("example.nl.toml", []byte(src))
		var out []Problem
		for _, p := range ps {
			if strings.HasPrefix(p.Field, "misreading") {
				out = append(out, p)
			}
		}
		return out
	}
	if ps := problems(); len(ps) != 0 {
		t.Errorf("without a check plugged in, problems %v", ps)
	}
	UseRubric(patternRubric(func(pattern, lang string) error {
		if lang != "nl" {
			t.Errorf("pattern checked as %q, the scenario is nl", lang)
		}
		if strings.Contains(pattern, "!") {
			return errors.New("no ! in a pattern")
		}
		return nil
	}))
	t.Cleanup(func() { UseRubric(nil) })
	ps := problems()
	if len(ps) != 1 || ps[0].Field != "misreading[1].says[2]" || ps[0].Line != line ||
		ps[0].File != "example.nl.toml" || !strings.Contains(ps[0].Message, "no ! in a pattern") {
		t.Errorf("want one problem at example.nl.toml:%d misreading[1].says[2], got %+v", line, ps)
	}
}

// patternRubric is a rubric that only checks patterns: it knows no
// features and finds none.
type patternRubric func(pattern, lang string) error

func (p patternRubric) CheckPattern(pattern, lang string) error { return p(pattern, lang) }
func (patternRubric) FeatureIDs() []string                      { return nil }
func (patternRubric) FeatureTexts(string, *Scenario) map[string][]string {
	return nil
}
func (patternRubric) PutDowns() []string { return nil }
