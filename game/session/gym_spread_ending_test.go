package session

import "testing"

// P23-14: evasive replies to the gym poster's critics end on "The
// conversation goes nowhere … it will come back with the next campaign";
// in most worlds the criticism then went round after the last reply (a
// storm, 83,414 people, "the story is out" on the meter). Where a quarter
// of the audience or more saw it, the ending says the poster went round.
func TestGymEvasionEndsOnTheSpreadWhereTheStorySpread(t *testing.T) {
	replies := map[string][2]string{
		"en": {"@sophieruns Hey Sophie! It was honestly never meant to hurt anyone, it's just a bit of gym humour. Everyone's welcome at Iron Works, whatever your size! ^Tom",
			"@sophieruns @dave_lifts We hear you and we value all feedback. We'll definitely take it into account for future campaigns. ^Tom"},
		"nl": {"@sophieruns Hoi Sophie! Het was echt nooit bedoeld om iemand te kwetsen, het is gewoon een beetje sportschoolhumor. Iedereen is welkom bij Iron Works, welke maat je ook hebt! ^Tom",
			"@sophieruns @dave_lifts We horen je en we waarderen alle feedback. We nemen het zeker mee bij toekomstige campagnes. ^Tom"},
	}
	spread := 0
	for lang, r := range replies {
		sc := builtin(t, "sportschool-scheldt", lang)
		for seed := uint64(1); seed <= 8; seed++ {
			s, err := Run(sc, Options{Seed: seed, Quiet: true}, &FromTranscript{Steps: []Step{{Text: r[0]}, {Text: r[1]}}})
			if err != nil {
				t.Fatalf("%s seed %d: %v", lang, seed, err)
			}
			rep := s.Report()
			if rep.Ending != "half" && rep.Ending != "half-rondgegaan" {
				t.Fatalf("%s seed %d: the evasive replies ended %q via %v, want the conversation that goes nowhere", lang, seed, rep.Ending, rep.Path)
			}
			wide := float64(rep.Reach) >= WarmReach*float64(rep.Audience)
			if wide {
				spread++
			}
			if wide != (rep.Ending == "half-rondgegaan") {
				t.Errorf("%s seed %d: reach %d of %d (%d%%) ends %q: %q", lang, seed, rep.Reach, rep.Audience,
					rep.ReachPercent(), rep.Ending, s.Ending().Text)
			}
		}
	}
	if spread == 0 {
		t.Errorf("in none of 16 worlds did the criticism reach a quarter of the audience: the test shows nothing")
	}
}
