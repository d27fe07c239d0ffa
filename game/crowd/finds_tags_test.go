package crowd

import (
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
)

// scenariosRule is the session's rule for finding tags (FindsRule): the
// story's variants read the same tags with it.
func scenariosRule(tag string, replies []func(string) bool) bool {
	return scenarios.Replies{Each: replies}.Holds(tag)
}

// asksNothing is the findings of a reply that did none of the features.
func asksNothing(string) bool { return false }

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
		{"a reply that asked nothing", []func(string) bool{asksNothing}, map[string]bool{"demand": true, "visit": true}},
		{"a step, then a reply that asked nothing", []func(string) bool{step, asksNothing}, map[string]bool{"demand": true}},
	}
	for _, c := range cases {
		heard := map[string]bool{}
		for seed := uint64(1); seed <= 30; seed++ {
			m := New(Params{Audience: 150000, BaselinePerHour: 20, Branching: 0.9}, seed, "en", -0.6)
			m.SetContext("Zuidhaven University", "zuidhaven", "Bram", "brampost")
			m.SetFindsRule(scenariosRule)
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

// TestALineReadsTheRepliesAsTheStoryDoes: a line tagged with what the
// brand's replies did and a story variant with the same tag agree, because
// one rule reads both (scenarios.Replies.Holds, handed in by the session).
// The crowd had its own copy of the rule. Lines that do not react to the
// reply's words (ever:, never:), after replies that asked, did not, or
// did nothing the rubric read.
func TestALineReadsTheRepliesAsTheStoryDoes(t *testing.T) {
	asks := func(id string) bool { return id == "invite_dialogue" }
	lines := map[string]string{
		"ever:invite_dialogue":  "At least they asked him once, {brand}.",
		"never:invite_dialogue": "Nobody has even asked him what's wrong, {brand}.",
	}
	for _, replies := range [][]func(string) bool{{asks}, {asksNothing}, {asks, asksNothing}, {asksNothing, asks}} {
		heard := map[string]bool{}
		for seed := uint64(1); seed <= 30; seed++ {
			m := New(Params{Audience: 150000, BaselinePerHour: 20, Branching: 0.9}, seed, "en", -0.6)
			m.SetContext("Zuidhaven University", "zuidhaven", "Bram", "brampost")
			m.SetFindsRule(scenariosRule)
			m.Seed(false, Weight(5000))
			m.AdvanceTo(30)
			for i, meets := range replies {
				m.Seed(true, Weight(3000))
				m.Stimulate(Stimulus{Empathy: 20, Deescalation: 20, Provocation: 0.4, Meets: meets})
				m.AdvanceTo(float64(30 + (i+1)*10))
			}
			for tag, text := range lines { // heard from now, after the last reply
				m.AddLines(Critic, AnyMoment, []string{"<" + tag + "> " + text})
			}
			for _, e := range m.AdvanceTo(600) {
				for tag, text := range lines {
					heard[tag] = heard[tag] || strings.Contains(e.Text, strings.ReplaceAll(text, "{brand}", "Zuidhaven University"))
				}
			}
		}
		for tag := range lines {
			if story := (scenarios.Replies{Each: replies}).Holds(tag); heard[tag] != story {
				t.Errorf("after %d replies: %q said %v, the story reads it as %v", len(replies), tag, heard[tag], story)
			}
		}
	}
}
