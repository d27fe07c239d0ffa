package scenarios

import (
	"fmt"
	"slices"
	"strings"
)

// An Observation is an outcome of the real case that its source records
// only roughly ("hundreds of posts", "no oil-slick effect"): a range in
// the unit Measure names, one of HistoricalMeasures. The crowd's fit
// counts it as a miss only when the historical path's median falls
// outside [AtLeast, AtMost], by the log of the distance, so a rough
// record constrains the globals without being read as a precise number.
type Observation struct {
	Measure string `toml:"measure"`
	// AtLeast and AtMost bound the range; either may be left out.
	AtLeast *int `toml:"at_least"`
	AtMost  *int `toml:"at_most"`
	// Source is the source's own words for it.
	Source string `toml:"source"`
}

// Bounds are the range's ends, with no lower end read as 0 and no upper
// end as -1.
func (o Observation) Bounds() (lo, hi int) {
	lo, hi = 0, -1
	if o.AtLeast != nil {
		lo = *o.AtLeast
	}
	if o.AtMost != nil {
		hi = *o.AtMost
	}
	return lo, hi
}

// observed checks the debrief's observations.
func (v *validator) observed() {
	for i, o := range v.sc.Debrief.Observed {
		path := fmt.Sprintf("debrief.observed[%d]", i+1)
		if !slices.Contains(HistoricalMeasures, o.Measure) {
			v.errorf(path+".measure", "%q is not a measure: use %s", o.Measure, strings.Join(HistoricalMeasures, ", "))
		}
		switch lo, hi := o.Bounds(); {
		case o.AtLeast == nil && o.AtMost == nil:
			v.errorf(path, "give at_least, at_most or both")
		case lo < 0:
			v.errorf(path+".at_least", "%d: a count is never negative", lo)
		case hi >= 0 && hi < lo:
			v.errorf(path+".at_most", "%d is below at_least %d", hi, lo)
		}
		if strings.TrimSpace(o.Source) == "" {
			v.errorf(path+".source", "missing: quote the source's words for it")
		}
	}
}
