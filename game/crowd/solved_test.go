package crowd

import (
	"strings"
	"testing"
)

// A line that presumes the customer's problem is still there ("when is the
// mast fixed?", "hope they sort it out soon") is not said once the story
// has told that it is fixed (the customer: "Signal is back!"), nor once a
// public reply reported the fix done or booked; a line that presumes the
// fix (<solved>) only once the story told it. Rounds of a case whose only lines for the
// stance are such lines: before, each is heard; after, none.
func TestLinesThatPresumeTheProblemWaitForTheFix(t *testing.T) {
	open := []string{"<unsolved> When does {brand} fix the mast in Fijnaart?", "<unsolved> Hope {brand} sorts the signal out soon."}
	fixed := []string{"<solved> Signal back in Fijnaart, good work {brand}."}
	heard := func(solved, reported bool, seed uint64) (openSaid, fixedSaid int) {
		m := New(Params{Audience: 80000, BaselinePerHour: 20, Branching: 0.9}, seed, "en", 0.8)
		m.SetContext("T-Mobile", "tmobile_webcare", "usurpia", "usurpia")
		m.SetFindsRule(func(tag string, replies []func(string) bool) bool {
			for _, r := range replies {
				if strings.HasPrefix(tag, "ever:") && r(strings.TrimPrefix(tag, "ever:")) {
					return true
				}
			}
			return false
		})
		for _, st := range Stances {
			m.AddLines(st, AnyMoment, append(append([]string{}, open...), fixed...))
		}
		m.Seed(false, Weight(900))
		ev := m.AdvanceTo(10)
		m.Seed(true, Weight(3000))
		m.Stimulate(Stimulus{Empathy: 70, Deescalation: 70, Meets: func(f string) bool { return reported && f == "resolved" }})
		if solved {
			m.Solved()
		}
		ev = append(ev, m.AdvanceTo(24*60)...)
		for _, e := range ev {
			for _, l := range open {
				_, tmpl := tagged(l)
				if e.Text != "" && strings.HasPrefix(sayKey(e.Text), sayKey(m.text.ctx.Replace(tmpl))) && e.Minute > 10 {
					openSaid++
				}
			}
			_, tmpl := tagged(fixed[0])
			if e.Text != "" && strings.HasPrefix(sayKey(e.Text), sayKey(m.text.ctx.Replace(tmpl))) {
				fixedSaid++
			}
		}
		return
	}
	var before, beforeFixed int
	for seed := uint64(1); seed <= 6; seed++ {
		o, f := heard(false, false, seed)
		before, beforeFixed = before+o, beforeFixed+f
		if o, f := heard(true, false, seed); o > 0 || f == 0 {
			t.Errorf("seed %d, the story told the fix: %d lines presuming it still broken (want none), %d presuming it fixed (want some)", seed, o, f)
		}
		// a reply that reports the fix done or booked ("will be repaired
		// this week") answers "when?", but only the story says it is done
		if o, f := heard(false, true, seed); o > 0 || f > 0 {
			t.Errorf("seed %d, a reply reported the fix: %d lines presuming it still broken, %d presuming it fixed; want none of either", seed, o, f)
		}
	}
	if before == 0 || beforeFixed > 0 {
		t.Errorf("while nothing is fixed: %d lines presuming it broken (want some), %d presuming it fixed (want none)", before, beforeFixed)
	}
}
