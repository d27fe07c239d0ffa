package scenariorubric

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
)

// The gym case once sent "Als je zo doorgaat blokkeer ik je" to the mild
// 'uitleg' ("one member asks whether you really don't get it"): no route
// named a threat. The checker lists, per decision that takes typed
// replies, the put-downs no route of that decision names, in both
// languages, beside the fallback route such a reply falls into: a case
// that caught them at its first decision still sent them to a closing
// written for a polite reply at its last. The fixed case has none.
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
		// The last decision (the press, 'nasleep') without its route for
		// put-downs: its fallback is the only one that warns, and names them all.
		route := "  [[decision.route]]\n  when = { has_any = [\"insult\", \"sarcasm\", \"ironic_praise\", \"humour_at_expense\", \"blame_customer\", \"threaten_customer\", \"legal_threat\", \"questioned_apology\"] }\n  next = \"brand-suicide\"\n"
		at := strings.Index(string(data), "id = \"nasleep\"")
		i := strings.Index(string(data)[at:], route)
		if at < 0 || i < 0 {
			t.Fatalf("%s: the press decision's route for put-downs was not found", lang)
		}
		old := string(data)[:at+i] + string(data)[at+i+len(route):]
		sc, _ := scenarios.Parse("sportschool-scheldt."+lang+".toml", []byte(old))
		press := 0
		for k, d := range sc.Decisions {
			if d.ID == "nasleep" {
				press = k + 1
			}
		}
		ws := warnings(old)
		if len(ws) != 1 {
			t.Fatalf("%s: %d warnings for a case whose last decision names no put-down, want 1: %v", lang, len(ws), ws)
		}
		w := ws[0]
		if !w.Warning || w.Line == 0 || !strings.HasPrefix(w.Field, fmt.Sprintf("decision[%d].route[", press)) ||
			!strings.Contains(w.Message, `"insult"`) || !strings.Contains(w.Message, `"threaten_customer", "legal_threat", "questioned_apology"`) {
			t.Errorf("%s: the warning does not list the put-downs beside the press decision's fallback route: %s", lang, w)
		}
		// A route for low scores is no route for put-downs: evasive and
		// off-topic replies score as low, and one follow-up cannot answer
		// a sneer and a wall alike. The fallback still warns.
		low := strings.Replace(old, "  [[decision.route]]\n  next = \"brand-suicide\"", "  [[decision.route]]\n  when = { deescalation_below = 35 }\n  next = \"brand-suicide\"\n\n  [[decision.route]]\n  next = \"brand-suicide\"", 1)
		if low == old {
			t.Fatalf("%s: the press decision's fallback route was not found", lang)
		}
		if ws := warnings(low); len(ws) != 1 || !strings.Contains(ws[0].Message, `"sarcasm"`) {
			t.Errorf("%s: a route for low de-escalation is taken for the route for put-downs: %v", lang, ws)
		}
	}
}

// A follow-up that several decisions lead to may not quote the written
// choice of one of them: a typed reply that comes in from another decision
// never made it. The checker names the route of the other decision, the
// word and the decision whose choice it comes from.
func TestCheckerWarnsWhenAFollowUpQuotesAChoiceOnAnotherPath(t *testing.T) {
	Plug()
	t.Cleanup(func() { scenarios.UseRubric(nil) })
	data, err := os.ReadFile("../../scenarios/builtin/sportschool-scheldt.nl.toml")
	if err != nil {
		t.Fatal(err)
	}
	// The paper's last word in the bad ending quotes the owner's "de ophef
	// is zwaar overdreven", a choice of the decision with the press only.
	old := "Leden zeggen abonnement op."
	if !strings.Contains(string(data), old) {
		t.Fatal("the bad ending's press post was not found")
	}
	text := strings.Replace(string(data), old, "Leden zeggen abonnement op. De eigenaar noemt de ophef overdreven.", 1)
	_, problems := scenarios.Parse("sportschool-scheldt.nl.toml", []byte(text))
	found := false
	for _, p := range problems {
		if !strings.Contains(p.Message, "of decision") {
			continue
		}
		if strings.HasPrefix(p.Field, "decision[10].") { // nasleep
			t.Errorf("the decision whose own choice it is is named as another path: %s", p)
		}
		if strings.Contains(p.Message, `"overdreven"`) && strings.Contains(p.Message, `decision "nasleep"`) && strings.Contains(p.Field, ".route[") && p.Warning {
			found = true
		}
	}
	if !found {
		t.Errorf("no warning for routes of other decisions into a follow-up that quotes nasleep's choice: %v", problems)
	}
}
