package session

import "testing"

// TestTheMeterIsNotOnYourSideWhileTheCustomerSaysTheReplyDidNotHelp: at the
// university a vague promise ("Ik ga het voor je navragen en kom er zo
// snel mogelijk bij je op terug") drew Bram's "De deadline is MORGEN. Daar
// heb ik dus niks aan." and a bystander who scolded his swearing; the meter
// turned green, "Publiek aan jouw kant" (playtest 22, P22-15). While the
// customer waits in public after a reply that was not warm, the meter is
// not on the brand's side; after a warm reply it may be again.
func TestTheMeterIsNotOnYourSideWhileTheCustomerSaysTheReplyDidNotHelp(t *testing.T) {
	replies := map[string][]Step{
		"nl": {{At: 2, Text: "@brampost Hoi Bram, dat klinkt als een rotdag. Wat is er aan de hand? Vertel het me, dan kijk ik wat ik kan doen. ^Eva"},
			{Text: "@brampost Oei, dat is krap! Ik ga het voor je navragen en kom er zo snel mogelijk bij je op terug. ^Eva"},
			{At: 40, Text: "@brampost Je hebt gelijk, sorry. Ik loop nu zelf naar de studieadviseurs en zorg dat je voor 14:00 gebeld wordt. Stuur je me je nummer via DM? ^Eva"}},
		"en": {{At: 2, Text: "@brampost Hi Bram, sounds like a bad day. What's going on? Tell me and I'll see what I can do. ^Eva"},
			{Text: "@brampost Oops, that's tight! I'll ask around for you and get back to you as soon as possible. ^Eva"},
			{At: 40, Text: "@brampost You're right, sorry. I'm walking over to the study advisers myself now and I'll make sure you get a call before 2pm. Can you DM me your number? ^Eva"}},
	}
	for lang, steps := range replies {
		sc := builtin(t, "universiteit-kut", lang)
		waiting, supported := 0, 0
		for seed := uint64(1); seed <= 8; seed++ {
			s, err := New(sc, Options{Seed: seed, Mode: Practice})
			if err != nil {
				t.Fatal(err)
			}
			playMinuteByMinute(t, s, steps, func() {
				if len(s.Replies()) != 2 || !s.crowd.Waiting() {
					return
				}
				waiting++
				if st := s.Counters(); st.Support >= SideSupport && st.Support >= SideMargin*st.Heat {
					supported++
				}
				if level := s.MeterLevel(); level == MeterBrandSide {
					t.Errorf("%s seed %d minute %.0f: Bram says the vague promise does not help him, and the meter says %q",
						lang, seed, s.now, level.Label(lang))
				}
			})
		}
		t.Logf("%s: %d minutes with Bram waiting after the vague promise, %d of them with the support at twice the heat", lang, waiting, supported)
		if supported == 0 {
			t.Errorf("%s: in 8 worlds the support never reached twice the heat while Bram waited (%d minutes); the test sees nothing", lang, waiting)
		}
	}
}
