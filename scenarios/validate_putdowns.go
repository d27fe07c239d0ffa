package scenarios

import (
	"fmt"
	"slices"
)

// putDowns warns, per decision that takes typed replies, about the
// rubric's put-down findings (an insult, sarcasm, ironic praise, a threat…)
// that no route of that decision catches. A typed reply with one of them
// then takes whatever route its other words satisfy, often the fallback,
// whose follow-up was written for a polite reply: a threat to block the
// customer got "one member asks whether you really don't get it", ironic
// praise to a fan got a cheerful thank-you, and a threat at the last
// decision of a case took the closing written for a bare thank-you. A
// route catches a put-down when its condition names it (has or has_any) or
// when it asks for a score below a threshold (deescalation_below,
// empathy_below), which the rubric's cap on a put-down reaches.
//
// The check is per decision: where a case catches put-downs at its first
// decision, a trainee can still type one at any later one.
func (v *validator) putDowns() {
	for i := range v.sc.Decisions {
		d := &v.sc.Decisions[i]
		if !d.AllowFreeText || len(d.Routes) == 0 {
			continue
		}
		named := map[string]bool{}
		fallback := ""
		caught := false
		for j, r := range d.Routes {
			caught = caught || r.When.DeescalationBelow != nil || r.When.EmpathyBelow != nil
			for _, id := range append(slices.Clone(r.When.Has), r.When.HasAny...) {
				named[id] = true
			}
			if fallback == "" && r.When.Empty() {
				fallback = fmt.Sprintf("decision[%d].route[%d]", i+1, j+1)
			}
		}
		if caught || fallback == "" {
			continue // low scores are caught, or no typed reply is routed by default
		}
		var missing []string
		for _, id := range v.rubric.PutDowns() {
			if !named[id] {
				missing = append(missing, id)
			}
		}
		if len(missing) > 0 {
			v.warnf(fallback, "no route of this decision names the put-downs %s: a typed reply with one of them takes the route its other words satisfy, "+
				"often this one, whose follow-up answers a polite reply; add them to the route for put-downs, or give them a route of their own",
				quoteList(missing))
		}
	}
}
