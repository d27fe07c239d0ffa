package scenariorubric

import (
	"os"
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
)

// The gym case once sent "Als je zo doorgaat blokkeer ik je" to the mild
// 'uitleg' ("one member asks whether you really don't get it"): no route
// named a threat. The checker lists the put-downs no route of a case
// names, in both languages, beside the fallback route such a reply falls
// into; the fixed case has none.
func TestCheckerListsPutDownsNoRouteNames(t *testing.T) {
	Plug()
	t.Cleanup(func() { scenarios.UseRubric(nil) })
	for _, lang := range []string{"nl", "en"} {
		data, err := os.ReadFile("../../scenarios/builtin/sportschool-scheldt." + lang + ".toml")
		if err != nil {
			t.Fatal(err)
		}
		warnings := func(text string) []scenarios.Problem {
			_, problems := scenarios.Parse("sportschool-scheldt."+lang+".toml", []byte(text))
			var out []scenarios.Problem
			for _, p := range problems {
				if strings.Contains(p.Message, "put-downs") {
					out = append(out, p)
				}
			}
			return out
		}
		if ws := warnings(string(data)); len(ws) != 0 {
			t.Fatalf("%s: the fixed case warns: %v", lang, ws)
		}
		old := string(data)
		old = strings.ReplaceAll(old, `"threaten_customer", `, "")
		old = strings.ReplaceAll(old, `, "threaten_customer"`, "")
		old = strings.ReplaceAll(old, `, "questioned_apology"`, "")
		ws := warnings(old)
		if len(ws) != 1 {
			t.Fatalf("%s: %d warnings for a case whose routes name no threat, want 1: %v", lang, len(ws), ws)
		}
		w := ws[0]
		if !w.Warning || w.Line == 0 || w.Field != "decision[1].route[4]" ||
			!strings.Contains(w.Message, `"threaten_customer", "questioned_apology"`) || strings.Contains(w.Message, `"insult"`) {
			t.Errorf("%s: the warning does not list the threat and the questioned apology beside the fallback route: %s", lang, w)
		}
		// A route that catches low scores catches every put-down the
		// rubric caps below it.
		low := strings.Replace(old, "  [[decision.route]]\n  next = \"uitleg\"", "  [[decision.route]]\n  when = { deescalation_below = 35 }\n  next = \"ruzie\"\n\n  [[decision.route]]\n  next = \"uitleg\"", 1)
		if low == old {
			t.Fatalf("%s: the first decision's fallback route was not found", lang)
		}
		if ws := warnings(low); len(ws) != 0 {
			t.Errorf("%s: a case with a route for low de-escalation still warns: %v", lang, ws)
		}
	}
}
