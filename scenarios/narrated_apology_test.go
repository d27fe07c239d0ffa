package scenarios

import (
	"os"
	"strings"
	"testing"
)

// A story that calls the reply an apology ("met jouw excuses") may follow
// only a reply in which the rubric finds one. A route for an apology also
// takes a reply that admits the fault without a word of sorry (MetBy), and
// the debrief then says "no apology": the Service Police's column came out
// "with your apology" after "That's on me as the owner" (closing 20). A
// route for an apology for the brand's own slip is met by nothing else and
// may lead there; the words of every built-in case pass (TestBuiltin…).
func TestCheckerWarnsWhenTheStoryCallsAnAdmissionAnApology(t *testing.T) {
	data, err := os.ReadFile("testdata/example.nl.toml")
	if err != nil {
		t.Fatal(err)
	}
	src := string(data)
	first := strings.Index(src, "  [[decision.route]]\n  when = { has_any = [\"blame_customer\"")
	if first < 0 {
		t.Fatal("the example's first route moved")
	}
	routes := `  [[decision.route]]
  when = { has = ["apology"] }
  next = "excuses"

  [[decision.route]]
  when = { has = ["apology_for_slip"] }
  next = "excuses-slip"

`
	endings := `
[[ending]]
id = "excuses"
title = "Excuses"
kind = "good"
text = "De krant staat online, met jouw excuses."

[[ending]]
id = "excuses-slip"
title = "Excuses"
kind = "good"
text = "De krant staat online, met jouw excuses."
`
	src = src[:first] + routes + src[first:] + endings
	UseRubric(presumeRubric{})
	t.Cleanup(func() { UseRubric(nil) })
	_, problems := Parse("example.nl.toml", []byte(src))
	warned := map[string]bool{}
	for _, p := range problems {
		if p.Warning && strings.Contains(p.Message, "tells of the reply as one the rubric finds") {
			warned[p.Field] = true
		}
	}
	if !warned["decision[1].route[1].next"] {
		t.Errorf("no warning for a route for an apology (which an admission of the fault meets) into a story that says 'met jouw excuses': %v", problems)
	}
	if warned["decision[1].route[2].next"] {
		t.Error("a warning for a route for an apology for the brand's own slip, which only an apology meets")
	}
}
