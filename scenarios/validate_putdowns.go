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
// route catches a put-down when its condition names it (has or has_any).
// A score below a threshold (deescalation_below, empathy_below) does not:
// an evasive reply or one written for another post scores as low, so the
// follow-up of such a route cannot answer a sneer and a wall alike, and
// the put-downs still land on the follow-up written for the other kind.
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
		for j, r := range d.Routes {
			for _, id := range append(slices.Clone(r.When.Has), r.When.HasAny...) {
				named[id] = true
			}
			if fallback == "" && r.When.Empty() {
				fallback = fmt.Sprintf("decision[%d].route[%d]", i+1, j+1)
			}
		}
		if fallback == "" {
			continue // no typed reply is routed by default
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
