package crowd

import "testing"

// TestCareCalmsCriticsNotAdmirers: a warm reply with an apology and a next
// step takes away the critics' reason to keep talking, so it lowers the
// branching of a crowd against the brand; a crowd that has sided with the
// brand keeps passing the story on however warmly the brand thanks it.
func TestCareCalmsCriticsNotAdmirers(t *testing.T) {
	warm := Stimulus{Empathy: 90, Deescalation: 90, Apology: true, NextStep: true}
	against := New(Params{Audience: 10000, BaselinePerHour: 1, Branching: 0.8}, 1, "en", -0.6)
	against.Seed(true, Weight(9000))
	against.Stimulate(warm)
	if n := against.Branching(); n > 0.8*0.6 {
		t.Errorf("a crowd against the brand: n %.2f after a warm apology, want well below 0.8", n)
	}

	neg, pos := 0.1, 0.7
	sided := New(Params{Audience: 10000, BaselinePerHour: 1, Branching: 0.8}, 1, "en", -0.6)
	sided.Seed(true, Weight(9000))
	sided.Stimulate(Stimulus{Empathy: 40, Deescalation: 40, Provocation: 0.3, NegativeShare: &neg, PositiveShare: &pos})
	before := sided.Branching()
	sided.Seed(true, Weight(9000))
	sided.Stimulate(warm)
	if n := sided.Branching(); n < 0.85*before {
		t.Errorf("a crowd on the brand's side: n %.2f after the warm thanks, %.2f before; admirers should keep sharing", n, before)
	}
}
