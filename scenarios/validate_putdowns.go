package scenarios

import (
	"fmt"
	"slices"
)

// putDowns warns about the rubric's put-down findings (an insult, sarcasm,
// ironic praise, a threat…) that no route of the case catches. A typed
// reply with one of them then takes whatever route its other words
// satisfy, often the fallback, whose follow-up was written for a polite
// reply: a threat to block the customer got "one member asks whether you
// really don't get it", ironic praise to a fan got a cheerful thank-you. A
// route catches a put-down when its condition names it (has or has_any) or
// when it asks for a score below a threshold (deescalation_below,
// empathy_below), which the rubric's cap on a put-down reaches.
//
// The check is per case, not per decision: a decision that has no route
// of its own for threats is often right to send them where it sends every
// other reply, but a case that never names one has not thought about it.
func (v *validator) putDowns() {
	named := map[string]bool{}
	var fallback string
	for i := range v.sc.Decisions {
		d := &v.sc.Decisions[i]
		for j, r := range d.Routes {
			if r.When.DeescalationBelow != nil || r.When.EmpathyBelow != nil {
				return
			}
			for _, id := range append(slices.Clone(r.When.Has), r.When.HasAny...) {
				named[id] = true
			}
			if fallback == "" && d.AllowFreeText && r.When.Empty() {
				fallback = fmt.Sprintf("decision[%d].route[%d]", i+1, j+1)
			}
		}
	}
	if fallback == "" {
		return // no typed reply is routed by default: nothing mild to fall into
	}
	var missing []string
	for _, id := range v.rubric.PutDowns() {
		if !named[id] {
			missing = append(missing, id)
		}
	}
	if len(missing) > 0 {
		v.warnf(fallback, "no route of the case names the put-downs %s: a typed reply with one of them takes the route its other words satisfy, "+
			"often this one, whose follow-up answers a polite reply; add them to the route for put-downs, or give them a route of their own",
			quoteList(missing))
	}
}
