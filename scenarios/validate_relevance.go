package scenarios

import (
	"fmt"
	"slices"
)

// A route that asks for a good reply (a threshold a reply must reach, an
// apology, a next step) leads to a follow-up in which the customer reacts
// to a reply that took up their problem: "Oké, dat is netjes. Ik stuur je
// een DM." A reply written for another post ("wat vervelend dat u zo lang
// op de lesmethode wacht") or one that greets the customer by a name that
// is not theirs ("Hoi juf", "Hi Sarah" to Dorien) did not, and the
// customer would not thank it; yet its sympathy and offers can still reach
// the route's thresholds. Such a route must therefore exclude the rubric's
// relevance findings explicitly.

// relevanceFeatures are the findings that say a reply was not written for
// this customer and their problem.
var relevanceFeatures = []string{"off_topic", "wrong_name"}

// RewardingRubric is the optional part of a Rubric that says whether a
// feature earns points; without it the checker counts only thresholds as
// asking for a good reply.
type RewardingRubric interface {
	Rewards(id string) bool
}

// relevance warns about every route of d that asks for a good reply and
// does not exclude the relevance findings the rubric knows.
func (v *validator) relevance(path string, d *Decision) {
	var known []string
	for _, id := range relevanceFeatures {
		if v.features[id] {
			known = append(known, id)
		}
	}
	for i, r := range d.Routes {
		if !v.asksForGoodReply(r.When) {
			continue
		}
		var missing []string
		for _, id := range known {
			if !slices.Contains(r.When.Lacks, id) {
				missing = append(missing, id)
			}
		}
		if len(missing) == 0 {
			continue
		}
		v.warnf(fmt.Sprintf("%s.route[%d].when", path, i+1),
			"asks for a good reply, so its follow-up %q presumes the reply took up this customer's problem; "+
				"a reply written for another post or to another name can still meet it: add lacks = [%s]",
			r.Next, quoteList(missing))
	}
}

// asksForGoodReply reports whether condition c lets through only replies
// that did something right: a threshold a reply must reach, a rewarded
// feature it must have, or a choice of rewarded features only. A route for
// rude replies (has_any = ["insult", "sarcasm"]) or a catch-all does not.
func (v *validator) asksForGoodReply(c Condition) bool {
	if c.EmpathyAtLeast != nil || c.DeescalationAtLeast != nil {
		return true
	}
	rr, ok := v.rubric.(RewardingRubric)
	if !ok {
		return false
	}
	for _, id := range c.Has {
		if rr.Rewards(id) {
			return true
		}
	}
	if len(c.HasAny) == 0 {
		return false
	}
	for _, id := range c.HasAny {
		if !rr.Rewards(id) {
			return false
		}
	}
	return true
}
