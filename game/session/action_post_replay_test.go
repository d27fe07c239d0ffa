package session

import (
	"slices"
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
)

// An action that posts in public (Zitcomfort's "Naar DM", with its note to
// Marieke) is one step of the round. It was recorded twice, as the action
// and as its post, so the 100 worlds took the second step at the next
// decision: the round's own ending came out in 0 of the 100 worlds
// (playtest P17-23), and a resumed round or a workshop server's replay
// answered the wrong question. The same seed now replays to the same
// replies and ending, from the transcript and from a resume; a transcript
// saved the old way replays as it was played too.
func TestAnActionThatPostsReplaysAsPlayed(t *testing.T) {
	for _, lang := range []string{"nl", "en"} {
		sc := builtin(t, "facebook-verwijderen", lang)
		opts := Options{Seed: 21, Mode: Practice, Quiet: true}
		played := playWithPublicDM(t, sc, opts)
		steps := played.Transcript().Steps
		for _, st := range steps {
			if st.Action != "" && st.Text != "" {
				t.Errorf("%s: the action %q is recorded with its post as a step of its own: %+v", lang, st.Action, steps)
			}
		}
		legacy := slices.Clone(steps)
		for i, st := range legacy {
			if st.Action == "dm" {
				dup := Step{At: st.At + 5, Decision: st.Decision, Action: st.Action, Text: played.Replies()[0].Text}
				legacy = slices.Insert(legacy, i+1, dup)
				break
			}
		}
		for name, tr := range map[string][]Step{"this round's transcript": steps, "a transcript saved the old way": legacy} {
			again, err := Run(sc, opts, &FromTranscript{Steps: slices.Clone(tr)})
			if err != nil {
				t.Fatalf("%s, %s: %v", lang, name, err)
			}
			if again.Ending().ID != played.Ending().ID || !sameReplies(again, played) {
				t.Errorf("%s, %s: replayed with the same seed it ends %q with %v; played: %q with %v", lang, name,
					again.Ending().ID, replyDecisions(again), played.Ending().ID, replyDecisions(played))
			}
			resumed, err := Resume(sc, opts, tr)
			if err != nil {
				t.Errorf("%s, %s: resume: %v", lang, name, err)
			} else if !sameReplies(resumed, played) {
				t.Errorf("%s, %s: resumed with %v, played %v", lang, name, replyDecisions(resumed), replyDecisions(played))
			}
		}
	}
}

// playWithPublicDM plays Zitcomfort: the DM action that posts a note in
// public at the first decision, a typed reply at the second, the first
// written choice after that; each two minutes after its decision opened.
func playWithPublicDM(t *testing.T, sc *scenarios.Scenario, opts Options) *Session {
	t.Helper()
	s, err := New(sc, opts)
	if err != nil {
		t.Fatal(err)
	}
	moves := 0
	for i := 0; s.Ending() == nil && i < 100000; i++ {
		if d := s.Decision(); d == nil || s.Now() < s.OpenedAt()+2 {
			s.Advance(0.5)
			continue
		}
		switch moves {
		case 0:
			if s.ActionPost("dm") == "" {
				t.Fatalf("%s: the first decision has no DM action that posts in public", sc.Language)
			}
			_, err = s.Act("dm")
		case 1:
			err = s.Publish("Gerrit, sorry, je reactie blijft gewoon staan. Stuur je me een DM? Dan kijk ik vandaag naar je eettafel. - Joyce")
		default:
			err = s.Choose(0)
		}
		if err != nil {
			t.Fatal(err)
		}
		moves++
	}
	if s.Ending() == nil || moves < 3 {
		t.Fatalf("%s: the round did not reach an ending after three moves (%d)", sc.Language, moves)
	}
	return s
}

func replyDecisions(s *Session) []string {
	var out []string
	for _, r := range s.Replies() {
		out = append(out, r.Decision+":"+r.Action)
	}
	return out
}

func sameReplies(a, b *Session) bool {
	ra, rb := a.Replies(), b.Replies()
	if len(ra) != len(rb) {
		return false
	}
	for i := range ra {
		if ra[i].Decision != rb[i].Decision || ra[i].Text != rb[i].Text || ra[i].Action != rb[i].Action {
			return false
		}
	}
	return true
}
