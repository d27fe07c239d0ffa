package scenarios

import (
	"fmt"
	"slices"
)

// otherPaths warns about a route of decision d whose follow-up repeats
// words of a written choice of another decision that leads there too: a
// typed reply that came in through d never made that choice. The customer
// answering "je zei 'ik bel je morgen'" after a route from a later
// decision that promised nothing is the story presuming the other path.
// Words the trainee had already seen at d and the words the route's
// condition requires are allowed, as in followUps. (Written choices,
// actions and silence are the author's own texts, read beside their
// follow-ups; routes are where a reply the author never saw comes in.)
func (v *validator) otherPaths(path string, d *Decision) {
	known := v.situationWords(d)
	type entry struct {
		field, next string
		when        *Condition
	}
	var entries []entry
	for i := range d.Routes {
		r := &d.Routes[i]
		entries = append(entries, entry{fmt.Sprintf("%s.route[%d].next", path, i+1), r.Next, &r.When})
	}
	for _, en := range entries {
		shown := v.followUpWords(en.next)
		if len(shown) == 0 || en.next == d.ID {
			continue
		}
		for k := range v.sc.Decisions {
			e := &v.sc.Decisions[k]
			if e.ID == d.ID {
				continue
			}
			for j, c := range e.Choices {
				if c.Next != en.next {
					continue
				}
				allowed := v.requiredWords(c.Text, *en.when)
				var presumed []string
				for _, raw := range rawWords(c.Text) {
					w := stem(raw)
					if shown[w] && !known[w] && !allowed[w] && !slices.Contains(presumed, raw) {
						presumed = append(presumed, raw)
					}
				}
				if len(presumed) > 0 {
					v.warnf(en.field, "leads to %q, which repeats %s from choice %d of decision %q; a round that comes in this way never made that choice: "+
						"word the follow-up so it holds for every way in, or give this way a follow-up of its own",
						en.next, quoteList(presumed), j+1, e.ID)
				}
			}
		}
	}
}
