package session

import (
	"strconv"
	"testing"
)

// Leaving a compliment unanswered misses a chance; it harms no one. Domino's
// own ending for it says "Geen ramp", yet the round graded 1.0, the floor,
// below the replies that misread the praise and made the brand a meme (3.9)
// (playtest 21, P21-3). A silence towards a pleased customer counts as a
// reply that does nothing; a silence towards an upset customer still counts
// as empathy 0 (HEMA's days of silence).
func TestSilenceOnPraiseIsAMissedChanceNotTheWorstRound(t *testing.T) {
	for _, lang := range []string{"nl", "en"} {
		sc := builtin(t, "dominos-sorry", lang)
		for seed := uint64(1); seed <= 3; seed++ {
			silent, err := Run(sc, Options{Seed: seed}, &FromTranscript{})
			if err != nil {
				t.Fatal(err)
			}
			meme, err := Run(sc, Options{Seed: seed}, Choices{1, 2})
			if err != nil {
				t.Fatal(err)
			}
			rs, rm := silent.Report(), meme.Report()
			if rm.EndingKind != "bad" {
				t.Fatalf("%s seed %d: choices 1,2 end %q (%s); the test needs the meme path", lang, seed, rm.Ending, rm.EndingKind)
			}
			if len(silent.Silences()) == 0 || !silent.Silences()[0].Pleased {
				t.Errorf("%s seed %d: the silence on Kevin's praise is not marked as towards a pleased customer: %+v", lang, seed, silent.Silences())
			}
			gs, _ := strconv.ParseFloat(rs.Grade, 64)
			gm, _ := strconv.ParseFloat(rm.Grade, 64)
			if gs <= gm {
				t.Errorf("%s seed %d: silence on praise grades %s (%s), the meme path %s (%s); saying nothing must not be worse than becoming a meme",
					lang, seed, rs.Grade, rs.Ending, rm.Grade, rm.Ending)
			}
		}
	}
	hema := builtin(t, "hema-insuline", "nl")
	s, err := Run(hema, Options{Seed: 1}, &FromTranscript{})
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range s.Silences() {
		if m.Pleased {
			t.Errorf("HEMA: the silence at %q is counted as towards a pleased customer; Naomi was humiliated", m.Decision)
		}
	}
	if r := s.Report(); r.Scores.Empathy != 0 {
		t.Errorf("HEMA left silent: empathy %.1f, want 0", r.Scores.Empathy)
	}
}
