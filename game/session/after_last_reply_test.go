package session

import (
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/assets/i18n"
)

// TestTheSpreadAfterTheLastReplyIsTold: T-Mobile's story went from 2,848
// people to 45,998 (57% of the audience) in the fast-forward after the
// trainee's last reply ("Top!"), while their last view of the round was a
// thanked customer and a calm meter; nothing in the round said so (playtest
// 22, P22-6). When the story crosses one of the meter's marks only after
// the last reply, the report says so with the reach then and at the end,
// in both languages; a round where nothing happens after the last reply
// says nothing.
func TestTheSpreadAfterTheLastReplyIsTold(t *testing.T) {
	replies := map[string][]Step{
		"nl": {{Text: "@usurpia Hoi! Vervelend dat het niet lukt. Heb je je telefoon al eens opnieuw opgestart? Vaak ligt het aan het toestel of aan dikke muren in huis. ^Jacob"},
			{Text: "@usurpia Je hebt gelijk, sorry! Ik geef het door aan onze technici, die gaan ernaar kijken. ^Jacob"},
			{Text: "@usurpia Top!"}},
		"en": {{Text: "@usurpia Hi! Annoying that it doesn't work. Have you tried restarting your phone? It's often the device or thick walls at home. ^Jacob"},
			{Text: "@usurpia You're right, sorry! I'll pass it on to our engineers, they'll look into it. ^Jacob"},
			{Text: "@usurpia Great!"}},
	}
	for lang, steps := range replies {
		sc := builtin(t, "tmobile-fransbauer", lang)
		told := 0
		for seed := uint64(1); seed <= 3; seed++ {
			s, err := Run(sc, Options{Seed: seed, Mode: Practice}, &FromTranscript{Steps: steps})
			if err != nil {
				t.Fatal(err)
			}
			r := s.Report()
			last := r.Replies[len(r.Replies)-1].Minute
			then := 0
			for _, p := range r.Curve {
				if p.Minute <= last {
					then = p.Reach
				}
			}
			if float64(then) >= WarmReach*float64(r.Audience) || float64(r.Reach) < WarmReach*float64(r.Audience) {
				continue // the story crossed no mark after the last reply in this world
			}
			told++
			text := r.AfterLastReply(lang)
			for _, n := range []int{then, r.Reach} {
				if !strings.Contains(text, i18n.Number(n, lang)) {
					t.Errorf("%s seed %d: the story reached %d people at the last reply and %d at the end; the report says %q",
						lang, seed, then, r.Reach, text)
				}
			}
		}
		if told == 0 {
			t.Errorf("%s: in 3 worlds the story never spread after the last reply; the test needs such a round", lang)
		}
		quiet, err := Run(builtin(t, "dominos-sorry", lang), Options{Seed: 1, Mode: Practice}, Best{})
		if err != nil {
			t.Fatal(err)
		}
		if text := quiet.Report().AfterLastReply(lang); text != "" {
			t.Errorf("%s: Domino's best path says after the last reply: %q (reach %d of %d)", lang, text, quiet.Report().Reach, quiet.Report().Audience)
		}
	}
}
