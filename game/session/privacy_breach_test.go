package session

import (
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
)

// Polisvast: a reply that states Marco's arrears in public is a privacy
// breach. It used to pass as an ordinary reply and end with "you were right
// and did not say it"; it now takes the privacy turn, no ending claims it
// was never said, and the best path still ends well.
func TestNamingTheArrearsInPublicIsNoQuietSuccess(t *testing.T) {
	replies := map[string]string{
		"nl": "@marco_v Hoi Marco, vervelend! Ik zie dat de premie vier maanden niet betaald is en we drie herinneringen hebben gestuurd. Stuur je me een DM, dan zoeken we samen een oplossing. ^Lisa",
		"en": "@marco_v Hi Marco, sorry to hear this. I can see the premium wasn't paid for four months and we sent three reminders. Send me a DM and we'll find a solution together. ^Lisa",
	}
	for lang, reply := range replies {
		sc, ok := scenarios.BuiltinForPlay().Find("wanbetaler-privacy", lang)
		if !ok {
			t.Fatal("wanbetaler-privacy missing")
		}
		for seed := uint64(1); seed <= 5; seed++ {
			s, err := Run(sc, Options{Seed: seed, Mode: Practice}, TypedAt{Decision: "opgezegd", Reply: reply})
			if err != nil {
				t.Fatalf("%s seed %d: %v", lang, seed, err)
			}
			if !s.visitedAny([]string{"privacy"}) {
				t.Errorf("%s seed %d: naming the arrears in public took path %v; want the privacy turn", lang, seed, s.history)
			}
			for _, e := range sc.Endings {
				if s.visitedAny([]string{e.ID}) {
					low := strings.ToLower(e.Text)
					for _, w := range []string{"zei het niet", "didn't say"} {
						if strings.Contains(low, w) {
							t.Errorf("%s seed %d: after naming the arrears in public the ending says %q: %s", lang, seed, w, e.Text)
						}
					}
				}
			}
			best, err := Run(sc, Options{Seed: seed, Mode: Practice}, Best{})
			if err != nil {
				t.Fatal(err)
			}
			if !best.visitedAny([]string{"tevreden"}) {
				t.Errorf("%s seed %d: the best path no longer ends well: %v", lang, seed, best.history)
			}
		}
	}
}

// Nobody praises the brand for keeping it private after a reply that named
// the customer's payments in public: "Good that Polisvast Insurance keeps
// it private." followed the leak (playtest 15, P15-6).
func TestNoPraiseForPrivacyAfterTheLeak(t *testing.T) {
	praise := []string{"keeps it private", "discuss his policy in public", "privé houdt", "niet publiekelijk bespreken"}
	for _, lang := range []string{"nl", "en"} {
		sc := builtin(t, "wanbetaler-privacy", lang)
		for seed := uint64(1); seed <= 6; seed++ {
			s, err := New(sc, Options{Seed: seed})
			if err != nil {
				t.Fatal(err)
			}
			openNext(t, s)
			if err := apply(t, s, s.Decision(), move{choice: 1}); err != nil {
				t.Fatal(err)
			}
			leak := s.Now()
			s.AdvanceTo(leak + 8*60)
			for _, f := range s.Feed() {
				for _, p := range praise {
					if f.Minute >= leak && f.By == "crowd" && strings.Contains(f.Text, p) {
						t.Errorf("%s seed %d, minute %.0f after the leak at %.0f: %s: %q", lang, seed, f.Minute, leak, f.Name, f.Text)
					}
				}
			}
		}
	}
}
