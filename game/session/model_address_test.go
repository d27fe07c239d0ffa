package session

import (
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
)

// A case's own model replies, played on its best path, are judged as
// written to the person they answer. Liberty's reply to Rick, a new
// customer a week later, was scored as if written to Jason: "a name that is
// not theirs" and an apology "to a delighted customer" (71/84 instead of
// 99/97), which taught the trainee the wrong lesson about a good reply.
func TestModelRepliesAreJudgedAsWrittenToWhomTheyAnswer(t *testing.T) {
	for _, sc := range scenarios.Builtin().Scenarios {
		s, err := Run(sc, Options{Seed: 1}, Best{})
		if err != nil {
			t.Fatalf("%s: %v", sc.Key(), err)
		}
		for _, r := range s.Replies() {
			for _, f := range r.Analysis.Features {
				if f.ID == "wrong_name" || f.ID == "misplaced_apology" {
					t.Errorf("%s: the model reply %q gets %s", sc.Key(), r.Text, f.ID)
				}
			}
		}
	}
}
