package session

import (
	"math"
	"strings"
	"testing"
)

// playMinuteByMinute plays the steps as a transcript, one scenario minute
// at a time while a decision is open or the crowd runs, and calls look
// after every minute until the ending is reached.
func playMinuteByMinute(t *testing.T, s *Session, steps []Step, look func()) {
	t.Helper()
	ft := &FromTranscript{Steps: steps}
	for i := 0; !s.Done() && s.Ending() == nil; i++ {
		if i > 100000 {
			t.Fatal("the round did not end")
		}
		look()
		if d := s.Decision(); d != nil {
			if ft.next < len(ft.Steps) && ft.Steps[ft.next].At > s.now+1 {
				s.AdvanceTo(s.now + 1)
				continue
			}
			if err := ft.Act(s, d, 0); err != nil {
				t.Fatal(err)
			}
			continue
		}
		next := s.NextStop()
		if math.IsInf(next, 1) {
			return
		}
		s.AdvanceTo(math.Min(next, s.now+1))
	}
}

// TestTheMeterSaysTheHeatIsAboutAnEarlierReply: at the university, "please
// mind your language" to a student, then a full repair. The patronising
// reply kept being shared and the meter stood at a red "Storm", heat 40 to
// 60, beside Bram's public thanks: the trainee read that the repair made
// things worse (playtest 22, P22-24). The heat is the crowd's; the meter
// now says that it is mostly about the earlier reply, with its time,
// whenever it is, and says nothing of the kind on the path that never
// offended.
func TestTheMeterSaysTheHeatIsAboutAnEarlierReply(t *testing.T) {
	replies := map[string][]Step{
		"en": {{At: 2, Text: "@brampost Hi Bram, please mind your language. We'd be happy to help if you tell us what's wrong. ^Eva"},
			{At: 10, Text: "@brampost Sorry Bram, that was a lousy answer from me. A resit deadline tomorrow and no adviser picking up is stressful. DM me your number and I'll walk over to the advisers myself right now. ^Eva"},
			{At: 19, Choice: 1}, {At: 35, Choice: 1}},
		"nl": {{At: 2, Text: "@brampost Hoi Bram, let je even op je woorden? We helpen je graag als je vertelt wat er is. ^Eva"},
			{At: 10, Text: "@brampost Sorry Bram, dat was een slap antwoord van me. Morgen een herkansingsdeadline en geen studieadviseur die opneemt, dat is stressvol. Stuur me je nummer via DM, dan loop ik nu zelf naar de adviseurs. ^Eva"},
			{At: 19, Choice: 1}, {At: 35, Choice: 1}},
	}
	for lang, steps := range replies {
		sc := builtin(t, "universiteit-kut", lang)
		first := sc.WallClock(2, lang)
		storms, named := 0, 0
		for seed := uint64(1); seed <= 40; seed++ {
			s, err := New(sc, Options{Seed: seed, Mode: Practice})
			if err != nil {
				t.Fatal(err)
			}
			playMinuteByMinute(t, s, steps, func() {
				if len(s.Replies()) < 2 || s.MeterLevel() != MeterStorm {
					return
				}
				storms++
				root, n, all := s.heat.top()
				if i, ok := s.rootItem[root]; !ok || s.feed[i].Reply != 1 || 2*n < all {
					return // this storm is not mostly about the first reply
				}
				note := s.HeatNote(lang)
				if !strings.Contains(note, first) {
					t.Errorf("%s seed %d minute %.0f: a storm mostly about the first reply (%d of %d posts), after the repair, and the meter says %q",
						lang, seed, s.now, n, all, note)
				}
				named++
			})
		}
		t.Logf("%s: %d storm minutes after the repair in 40 worlds, %d of them mostly about the first reply and named", lang, storms, named)
		if named == 0 {
			t.Errorf("%s: in 40 worlds the meter never stood at a storm about the first reply after the repair (%d storm minutes); the test sees nothing", lang, storms)
		}
		for seed := uint64(1); seed <= 4; seed++ {
			s, err := New(sc, Options{Seed: seed, Mode: Practice})
			if err != nil {
				t.Fatal(err)
			}
			best := []Step{{At: 2, Choice: BestChoice(s, &s.sc.Decisions[0]) + 1}, {Choice: 1}, {Choice: 1}, {Choice: 1}}
			playMinuteByMinute(t, s, best, func() {
				if note := s.HeatNote(lang); note != "" {
					t.Errorf("%s seed %d minute %.0f: after the best first reply the meter says %q", lang, seed, s.now, note)
				}
			})
		}
	}
}
