package session

import (
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
)

// T-Mobile: the customer reports the mast is fixed and thanks. A warm typed
// close was judged at the round's mood (-0.4: "no apology while the
// customer is angry") and sent the round to the slogan ending, where the
// customer says there is still no reception. A reply is judged at the mood
// the customer has at that decision.
func TestThankYouCloseIsJudgedAtTheCustomersMoodThen(t *testing.T) {
	replies := map[string]string{
		"nl": "@usurpia Top, fijn dat het weer werkt! Fijne dag en veel belplezier in Fijnaart. ^Jacob",
		"en": "@usurpia Great, glad it works again! Have a good day and happy calling in Fijnaart. ^Jacob",
	}
	for lang, reply := range replies {
		builtin, ok := scenarios.BuiltinForPlay().Find("tmobile-fransbauer", lang)
		if !ok {
			t.Fatal("tmobile-fransbauer missing")
		}
		// A customer furious at the start (a week without signal) is still
		// below zero by the time the fix is confirmed, as the model counts
		// it: the round's running mood and the thank-you part ways.
		furious := *builtin
		furious.Customer.Mood = -1
		sc := &furious
		for seed := uint64(1); seed <= 5; seed++ {
			s, err := Run(sc, Options{Seed: seed, Mode: Practice}, TypedAt{Decision: "opvolging", Reply: reply})
			if err != nil {
				t.Fatalf("%s seed %d: %v", lang, seed, err)
			}
			if !s.visitedAny([]string{"opvolging"}) {
				t.Fatalf("%s seed %d: the best path did not reach the closing decision: %v", lang, seed, s.history)
			}
			if s.visitedAny([]string{"kale-afsluiting"}) {
				t.Errorf("%s seed %d: a warm close after the customer's thanks ends as a bare close (path %v)", lang, seed, s.history)
			}
			for _, r := range s.replies {
				if r.Text == reply && r.Analysis.Has("no_apology") {
					t.Errorf("%s seed %d: the close is faulted for no apology although the customer just thanked", lang, seed)
				}
			}
		}
	}
}

// typedEach plays the best path but types the reply given for a decision.
type typedEach map[string]string

func (st typedEach) Act(s *Session, d *scenarios.Decision, k int) error {
	if reply, ok := st[d.ID]; ok {
		return s.Publish(reply)
	}
	return Best{}.Act(s, d, k)
}

// Liberty: after the COO's call Jason apologises for calling the team
// idiots. After a first reply that left him angry, a short thank-you to
// him was judged as if he still were: "no way forward" and "no apology".
func TestThanksToAnApologisingCustomerNeedsNoApology(t *testing.T) {
	replies := map[string]typedEach{
		"nl": {"scheldpost": "Hoi, wat vervelend dat je zo'n slechte ervaring had. Kun je ons een DM sturen met je bestelnummer? Dan zoeken we het meteen uit. ^Sam",
			"gesprek": "Dank je, Jason!"},
		"en": {"scheldpost": "Hi, sorry to hear you had such a bad experience. Could you DM us your order number? We'll look into it right away. ^Sam",
			"gesprek": "Thanks, Jason!"},
	}
	for lang, typed := range replies {
		sc, ok := scenarios.BuiltinForPlay().Find("liberty-bottleworks", lang)
		if !ok {
			t.Fatal("liberty-bottleworks missing")
		}
		s, err := Run(sc, Options{Seed: 5, Mode: Practice}, typed)
		if err != nil {
			t.Fatal(err)
		}
		if !s.visitedAny([]string{"gesprek"}) {
			t.Fatalf("%s: the round did not reach the talk with Jason: %v", lang, s.history)
		}
		thanked := false
		for _, r := range s.replies {
			if r.Text != typed["gesprek"] {
				continue
			}
			thanked = true
			if r.Analysis.Has("no_way_forward") {
				t.Errorf("%s: thanking Jason after his apology is faulted as offering no way forward to a complaint", lang)
			}
			for _, m := range r.Analysis.Missing {
				if m.ID == "apology" {
					t.Errorf("%s: thanking Jason after his apology lists a missing apology", lang)
				}
			}
		}
		if !thanked {
			t.Errorf("%s: the thank-you was not published", lang)
		}
	}
}
