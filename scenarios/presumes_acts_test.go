package scenarios

import (
	"fmt"
	"strings"
	"testing"
)

// A follow-up that tells what came of the reply (the brand called, the
// fitter came, the parcel ships, the money is back), or in which the
// customer says the reply did not read them, may be reached only by a
// route whose condition guarantees the reply did that: a bare sorry or an
// evasive reply scores as well as one with the step. Each kind warns at
// the route with a condition that lets a reply without it through, and not
// at the route that requires it. A follow-up that calls the reply cold or
// businesslike warns at any route: the rubric cannot tell cold from hollow
// (a pile of sympathy scores as low on empathy as a curt reply).
func TestCheckerWarnsAboutActsTheRouteDoesNotRequire(t *testing.T) {
	kinds := []struct {
		name, post, ending, weak, strong, cue string
	}{
		{"a call", "Net gebeld met @SnelPost. Ze zoeken het uit.", "Sam is geholpen.",
			`has = ["apology"], deescalation_at_least = 55`, `has = ["move_private"]`, "net gebeld"},
		{"a call by the brand", "SnelPost heeft me gebeld, netjes.", "Sam is geholpen.",
			`has_any = ["apology", "next_step"]`, `has = ["apology", "move_private"]`, "heeft * gebeld"},
		{"a visit", "De koerier is langsgekomen. Alles is er.", "Sam is geholpen.",
			`has = ["apology"]`, `has_any = ["next_step", "resolved"]`, "is langsgekomen"},
		{"a shipment", "Mijn pakket is onderweg, het komt morgen.", "Sam wacht nog even.",
			`empathy_at_least = 60, lacks = ["off_topic", "wrong_name"]`, `has = ["next_step"]`, "is onderweg"},
		{"a refund", "Het geld is teruggeboekt. Eindelijk.", "Sam is geholpen.",
			`has = ["apology"]`, `has_any = ["resolved", "brand_acts"]`, "teruggeboekt"},
		{"not read", "Lezen jullie eigenlijk wel wat klanten schrijven?", "Sam is boos.",
			`deescalation_below = 40`, `has_any = ["off_topic", "canned", "deflect"]`, "lezen jullie eigenlijk"},
		{"a cold reply", "Tja.", "Sam is geholpen, maar je antwoord was zakelijk.",
			`empathy_below = 30`, "", "was zakelijk"},
	}
	for _, k := range kinds {
		ending := fmt.Sprintf(`
[[ending]]
id = "gevolg"
title = "Gevolg"
kind = "mixed"
text = %q

  [[ending.post]]
  at = "5m"
  by = "customer"
  text = %q
`, k.ending, k.post)
		route := func(when string) string {
			return fmt.Sprintf("  [[decision.route]]\n  when = { %s }\n  next = \"gevolg\"\n\n", when)
		}
		warned := func(when string) bool {
			_, ws := presumeWarnings(t, route(when), ending)
			for _, w := range ws {
				if w.Field == "decision[1].route[1].next" && strings.Contains(w.Message, fmt.Sprintf("%q", k.cue)) {
					return true
				}
			}
			return false
		}
		if !warned(k.weak) {
			t.Errorf("%s: a route with { %s } leads to %q without a warning", k.name, k.weak, k.post+" / "+k.ending)
		}
		if k.strong != "" && warned(k.strong) {
			t.Errorf("%s: a route with { %s }, which requires it, warns", k.name, k.strong)
		}
	}
}

// The same words after the story told them on every way there presume
// nothing of the last reply: a closing that says the money is back, after
// a decision that said it was refunded.
func TestCheckerAcceptsWhatTheStoryToldBefore(t *testing.T) {
	sc := &Scenario{Language: "nl", Decisions: []Decision{
		{ID: "a", Prompt: "Sam stuurt zijn nummer.", Routes: []Route{{Next: "b"}}},
		{ID: "b", Prompt: "Je hebt het teruggeboekt. Sam tweet erover.", Routes: []Route{{Next: "c"}}},
		{ID: "c", Prompt: "Iemand vraagt of het geld terug is.", Routes: []Route{{Next: "eind"}}},
	}, Endings: []Ending{{ID: "eind", Text: "Het bedrag is teruggeboekt en Sam is tevreden."}}}
	if ps := PresumptionsAfter(sc, "a", "b"); len(ps) == 0 {
		t.Errorf("the first refund presumes nothing of the reply that led there")
	}
	if ps := PresumptionsAfter(sc, "c", "eind"); len(ps) != 0 {
		t.Errorf("the ending after the told refund presumes %v", ps)
	}
}
