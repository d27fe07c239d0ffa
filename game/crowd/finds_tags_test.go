package crowd

import (
	"strings"
	"testing"
)

// A line that presumes what the brand's reply did says so with a tag
// (<has:F>, <lacks:F>, <ever:F>, <never:F>), and the crowd says it only
// when the reply's findings (Stimulus.Meets) bear it out: "'…' Is that it?
// Ask him what's wrong" came after a reply that had asked exactly that
// (playtest 12), and "Come and look at the worktop, then" after the fitter
// had fixed it.
func TestLinesThatPresumeWhatTheReplyDidWaitForIt(t *testing.T) {
	asks := func(id string) bool { return id == "invite_dialogue" }
	step := func(id string) bool { return id == "next_step" }
	lines := map[string]string{
		"demand": "<lacks:invite_dialogue> Is that it? Ask him what's wrong, {brand}.",
		"praise": "<has:invite_dialogue> Good of {brand} to just ask what's going on.",
		"visit":  "<never:next_step|brand_acts> Then come and look at the worktop, {brand}.",
	}
	cases := []struct {
		name    string
		replies []func(string) bool
		want    map[string]bool
	}{
		{"a reply that asked", []func(string) bool{asks}, map[string]bool{"praise": true, "visit": true}},
		{"a reply that asked nothing", []func(string) bool{nil}, map[string]bool{"demand": true, "visit": true}},
		{"a step, then a reply that asked nothing", []func(string) bool{step, nil}, map[string]bool{"demand": true}},
	}
	for _, c := range cases {
		heard := map[string]bool{}
		for seed := uint64(1); seed <= 30; seed++ {
			m := New(Params{Audience: 150000, BaselinePerHour: 20, Branching: 0.9}, seed, "en", -0.6)
			m.SetContext("Zuidhaven University", "zuidhaven", "Bram", "brampost")
			m.AddLines(Critic, Replied, []string{lines["demand"], lines["visit"]})
			m.AddLines(Supporter, Replied, []string{lines["praise"]})
			m.Seed(false, Weight(5000))
			m.AdvanceTo(30)
			var ev []Event
			for i, meets := range c.replies {
				m.Seed(true, Weight(3000))
				m.Stimulate(Stimulus{Empathy: 70, Deescalation: 70, Phrases: []string{"What happened, Bram?", "Tell me more", "We are on it"}, Meets: meets})
				ev = append(ev, m.AdvanceTo(float64(30+(i+1)*120))...)
			}
			for _, e := range ev {
				for name, l := range lines {
					_, text := tagged(l)
					if strings.Contains(e.Text, strings.ReplaceAll(text, "{brand}", "Zuidhaven University")) {
						heard[name] = true
					}
				}
			}
		}
		for name := range lines {
			if heard[name] != c.want[name] {
				t.Errorf("after %s: %q said %v, want %v", c.name, lines[name], heard[name], c.want[name])
			}
		}
	}
}
