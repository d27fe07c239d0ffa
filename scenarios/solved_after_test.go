package scenarios

import (
	"slices"
	"testing"
)

// A case whose own lines wait for the customer's problem to be fixed
// (<unsolved>: "Now a hot plate for Anouk") names the turns where its
// story tells the fix ([crowd] solved_after). Without them such a line
// stops only at a reply that reports the fix, and is still said after the
// customer has posted that it is sorted: the insurer's "hope you're
// insured again soon" came after Marco's "Insurance is running again".
func TestCasesThatWaitForTheFixNameIt(t *testing.T) {
	for _, sc := range Builtin().Scenarios {
		var waiting []string
		for _, st := range sc.Crowd.Lines.ByStance() {
			for _, m := range st.Lines.ByMoment() {
				waiting = append(waiting, unsolvedLines(m.Lines)...)
			}
		}
		for _, g := range sc.Crowd.Tied {
			waiting = append(waiting, unsolvedLines(g.Lines)...)
		}
		if len(waiting) > 0 && len(sc.Crowd.SolvedAfter) == 0 {
			t.Errorf("%s.%s: %d lines wait for the fix (%q …) but [crowd] solved_after names no turn that tells it",
				sc.ID, sc.Language, len(waiting), waiting[0])
		}
	}
}

func unsolvedLines(lines []string) []string {
	var out []string
	for _, l := range lines {
		if tags, _ := SplitLineTags(l); slices.Contains(tags, "unsolved") {
			out = append(out, l)
		}
	}
	return out
}
