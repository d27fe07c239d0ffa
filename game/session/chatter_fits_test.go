package session

import (
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/game/crowd"
	"github.com/webcaresim/webcaresim/scenarios"
)

// TestChatterFitsItsAuthorAndChannel: in every case, on the historical and
// the best path, in 3 worlds, a line of the press comes from someone whose
// profile says they write ("George | teacher" posted "Trade press here: may
// I quote your tweet?"), and on Facebook no bystander adds a hashtag the
// case's own lines do not have ("#webcare" under Zitcomfort's post: the
// jargon of another channel, added as decoration).
func TestChatterFitsItsAuthorAndChannel(t *testing.T) {
	press, tagged := 0, 0
	for _, sc := range scenarios.Builtin().Scenarios {
		own := caseHashtags(sc)
		for _, path := range []Strategy{Historical{}, Best{}} {
			for seed := uint64(1); seed <= 3; seed++ {
				s, err := Run(sc, Options{Seed: seed}, path)
				if err != nil {
					t.Fatal(err)
				}
				for _, e := range s.crowd.Events() {
					if e.Text == "" || e.ActorID != "" {
						continue
					}
					if e.Stance == crowd.Press && strings.Contains(e.Author, " | ") {
						press++
						if !crowd.PressProfile(e.Author, sc.Language) {
							t.Errorf("%s %s seed %d: %q posts the press's line %q", sc.Key(), pathName(path), seed, e.Author, e.Text)
						}
					}
					if sc.Channel != "facebook" {
						continue
					}
					for _, w := range strings.Fields(e.Text) {
						if tag := strings.TrimRight(w, ".,!?"); strings.HasPrefix(tag, "#") && len(tag) > 1 {
							tagged++
							if !own[strings.ToLower(tag)] {
								t.Errorf("%s %s seed %d: %q on Facebook, a hashtag none of the case's lines has", sc.Key(), pathName(path), seed, e.Text)
							}
						}
					}
				}
			}
		}
	}
	if press == 0 {
		t.Error("no line of the press from a bystander with a profile: the test tells nothing about them")
	}
	t.Logf("%d press lines by a bystander with a profile, %d hashtags on Facebook", press, tagged)
}

// caseHashtags are the hashtags of a case's own lines, in lower case.
func caseHashtags(sc *scenarios.Scenario) map[string]bool {
	lines := append(append(append([]string(nil), sc.Crowd.Negative...), sc.Crowd.Positive...), sc.Crowd.Neutral...)
	for _, st := range sc.Crowd.Lines.ByStance() {
		for _, mo := range st.Lines.ByMoment() {
			lines = append(lines, mo.Lines...)
		}
	}
	out := map[string]bool{}
	for _, l := range lines {
		for _, w := range strings.Fields(l) {
			if tag := strings.TrimRight(w, ".,!?"); strings.HasPrefix(tag, "#") {
				out[strings.ToLower(tag)] = true
			}
		}
	}
	return out
}
