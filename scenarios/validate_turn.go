package scenarios

import "fmt"

// turns checks the endings' turns: each leads to another ending (never to
// a decision, so a path that reaches an ending still ends whatever the crowd
// does; the ending a turn leads to is final, its own turns are not
// followed), and every condition tests something within range.
func (v *validator) turns() {
	for i, e := range v.sc.Endings {
		for j, t := range e.Turns {
			path := fmt.Sprintf("ending[%d].turn[%d]", i+1, j+1)
			switch _, isEnding := v.sc.Ending(t.Next); {
			case t.Next == "":
				v.errorf(path+".next", "missing: which ending the crowd turns this one into")
			case t.Next == e.ID:
				v.errorf(path+".next", "is the ending itself")
			case !isEnding:
				v.errorf(path+".next", "%q is not an ending in this file: a turn leads to another ending", t.Next)
			}
			v.crowdCondition(path+".when", t.When)
		}
	}
}

func (v *validator) crowdCondition(path string, c CrowdCondition) {
	if c.Empty() {
		v.errorf(path, "sets nothing: a turn without a condition would always be taken; point the path at that ending instead")
		return
	}
	for _, f := range []struct {
		key string
		x   *float64
	}{{"reach_at_least", c.ReachAtLeast}, {"reach_below", c.ReachBelow},
		{"critics_at_least", c.CriticsAtLeast}, {"critics_below", c.CriticsBelow},
		{"support_reach_at_least", c.SupportReachAtLeast}, {"support_reach_below", c.SupportReachBelow}} {
		if f.x != nil && (*f.x < 0 || *f.x > 1) {
			v.errorf(path+"."+f.key, "is %g; a share lies between 0 and 1", *f.x)
		}
	}
	for _, f := range []struct {
		key string
		x   *float64
	}{{"heat_at_least", c.HeatAtLeast}, {"heat_below", c.HeatBelow}} {
		if f.x != nil && *f.x < 0 {
			v.errorf(path+"."+f.key, "is %g; heat is a rate, never negative", *f.x)
		}
	}
	for _, f := range []struct {
		key string
		n   *int
	}{{"group_at_least", c.GroupAtLeast}, {"group_below", c.GroupBelow}} {
		if f.n != nil && *f.n < 0 {
			v.errorf(path+"."+f.key, "is %d; a group's followers are a count, never negative", *f.n)
		}
	}
}
