package session

import (
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
)

// hemaRepair is playtest 16's round 16 (HEMA, English) and its Dutch
// twin: hiding behind the investigation, then a full apology with a call,
// a plan of changes with a non-apology, and thanks to someone with a
// story of their own.
var hemaRepair = map[string]typedFirst{
	"en": {"Hi Naomi, we're sorry to hear about your experience. We take this very seriously and have started an internal investigation. Because of that we can't comment on the details right now, but we'll get back to you as soon as possible. - Marloes",
		"Naomi, you're right, and I'm sorry: my first reply was far too little. Injecting insulin in a fitting room is exactly what you should be able to do, and being grabbed and handed to the police for it is wrong. If you DM me your number, I'll call you tonight before 21:00. And I'll make sure our security staff in The Hague learn what an insulin pen looks like. - Marloes",
		"Thanks Naomi for talking to us. What changes: from next week every HEMA security guard gets a briefing on diabetes and insulin pens, made together with people who have diabetes, and our fitting rooms are open to anyone who needs them for medication. Sorry for any inconvenience caused. - Marloes",
		"Thanks for sharing this, and I'm sorry it happened to you too. Could you DM me when and where it was? I'll add it to what we are looking at this week. - Marloes"},
	"nl": {"Hoi Naomi, wat vervelend om te lezen. We nemen dit heel serieus en zijn een intern onderzoek gestart. Daarom kunnen we nu niet inhoudelijk reageren, maar we komen zo snel mogelijk bij je terug. - Marloes",
		"Naomi, je hebt gelijk, en het spijt me: mijn eerste reactie was veel te weinig. Insuline spuiten in een paskamer is precies wat je moet kunnen doen, en daarvoor vastgepakt en aan de politie overgedragen worden is fout. Als je me je nummer stuurt via DM, bel ik je vanavond voor 21:00. En ik zorg dat onze beveiligers in Den Haag leren hoe een insulinepen eruitziet. - Marloes",
		"Dank je Naomi voor het gesprek. Wat er verandert: vanaf volgende week krijgt elke beveiliger van HEMA een briefing over diabetes en insulinepennen, gemaakt samen met mensen met diabetes, en onze paskamers zijn open voor iedereen die ze nodig heeft voor medicatie. Excuses voor het eventuele ongemak. - Marloes",
		"Dank je voor het delen, en wat rot dat jou dit ook is overkomen. Kun je me via DM laten weten wanneer en waar het was? Ik neem het mee in wat we deze week bekijken. - Marloes"},
}

// TestEveryDecisionShowsThePostsItAnswers: a decision's own posts are in
// the feed, whatever the crowd did before. An actor that had already posted
// by itself in a storm lost its scripted post: HEMA's last decision asked
// to answer Living with Diabetes' offer ("We'd be glad to help …") after a
// first reply that hid behind the investigation, with only crowd lines in
// the feed (playtest 16, P16-20). Measured on that path (both languages,
// 8 worlds) and on every case's historical and best paths, a rude typed
// reply and silence (2 worlds).
func TestEveryDecisionShowsThePostsItAnswers(t *testing.T) {
	checked := 0
	check := func(sc *scenarios.Scenario, path string, seed uint64, s *Session) {
		for _, r := range s.Replies() {
			d, ok := sc.Decision(r.Decision)
			if !ok {
				continue
			}
			for _, p := range d.Posts {
				if p.Private || len(p.Variants) > 0 || strings.Contains(p.Text, "{") {
					continue
				}
				checked++
				if !feedHas(s, p) {
					t.Errorf("%s %s %s seed %d: decision %s was answered without its post by %s: %.70q",
						sc.ID, sc.Language, path, seed, d.ID, p.By, p.Text)
				}
			}
		}
	}
	for _, r := range hemaRepairRounds(t) {
		check(r.sc, r.path, r.seed, r.round)
	}
	for _, r := range rounds(t, 2) {
		check(r.sc, r.path, r.seed, r.round)
	}
	t.Logf("%d decision posts checked", checked)
}

func feedHas(s *Session, p scenarios.Post) bool {
	for _, f := range s.Feed() {
		if f.By == p.By && f.Text == p.Text {
			return true
		}
	}
	return false
}

// hemaRepairRounds plays hemaRepair in both languages over worlds 1..8,
// as rounds plays every case's paths; it stops the test when a round does
// not reach HEMA's last decision, which the tests that use it look at.
func hemaRepairRounds(t *testing.T) []played {
	t.Helper()
	var out []played
	for _, lang := range []string{"nl", "en"} {
		sc := builtin(t, "hema-insuline", lang)
		for seed := uint64(1); seed <= 8; seed++ {
			s, err := Run(sc, Options{Seed: seed}, hemaRepair[lang])
			if err != nil {
				t.Fatal(err)
			}
			if s.Ending() == nil || len(s.Replies()) < 4 || s.Replies()[3].Decision != "nazorg" {
				t.Fatalf("%s seed %d: the repair path did not reach the last decision: %v", lang, seed, s.history)
			}
			out = append(out, played{sc, "repair", seed, s})
		}
	}
	return out
}
