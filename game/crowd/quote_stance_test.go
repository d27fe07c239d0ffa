package crowd

import (
	"strings"
	"testing"
)

// A line that praises the reply quotes what was good in it, never the
// sentence the rubric found bad: "'It's only one bar less, not that
// dramatic.' This is how you fix a mistake." reads as praise of the
// put-down. A warm reply with an apology, a step and one belittling
// sentence: supporters who quote it quote the step; critics may quote the
// belittling sentence.
func TestPraiseQuotesWhatWasGood(t *testing.T) {
	bad, good := "It's only one bar less, not that dramatic", "I'll have the network team check the mast today"
	praised, criticised := 0, 0
	for seed := uint64(1); seed <= 30; seed++ {
		m := New(Params{Audience: 80000, BaselinePerHour: 20, Branching: 0.9}, seed, "en", 0.2)
		m.SetContext("T-Mobile", "tmobile_webcare", "usurpia", "usurpia")
		m.Seed(false, Weight(900))
		m.AdvanceTo(10)
		m.Seed(true, Weight(3000))
		m.Stimulate(Stimulus{Empathy: 75, Deescalation: 75, Apology: true, NextStep: true, Quote: "Sorry for the trouble",
			Phrases: []string{bad, good, "Happy calling from Fijnaart soon"}, PhraseTones: []int{-1, 1, 0}})
		for _, e := range m.AdvanceTo(200) {
			quoted := strings.HasPrefix(e.Text, "\""+bad+"\"")
			switch {
			case quoted && e.Stance == Supporter:
				t.Errorf("seed %d: a supporter quotes the belittling sentence: %q", seed, e.Text)
			case quoted:
				criticised++
			case strings.HasPrefix(e.Text, "\"") && e.Stance == Supporter:
				praised++
			}
		}
	}
	if praised == 0 {
		t.Error("no supporter quoted the reply in 30 rounds: the test saw nothing")
	}
	t.Logf("supporters quoting: %d; others quoting the belittling sentence: %d", praised, criticised)
}
