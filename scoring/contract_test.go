package scoring

import (
	"math"
	"testing"
)

// An insurance policy is the customer's own contract: guarding it in
// public ("It's just your own policy, so I'd rather not put it on the
// street") or saying what it covers is no wall, in English as in Dutch,
// where "polis" never was one (P14-3). "That's just our policy" and "per
// our policy" stay walls.
func TestTheCustomersOwnPolicyIsNoWall(t *testing.T) {
	r := Default()
	ctx := func(lang string) Context {
		return Context{Language: lang, CustomerMood: -0.7, CustomerName: "Marco",
			CustomerPost: "So I have to send a DM so nobody sees how you treat customers? Just say it here!"}
	}
	pairs := []struct{ nl, en string }{
		{"Terecht punt Marco, niets te verbergen. Het gaat om je eigen polis, dus dat zet ik liever niet op straat. Ik bel je nu op het nummer dat we hebben. ^Lisa",
			"Fair point Marco, nothing to hide. It's just your own policy, so I'd rather not put it on the street. I'm calling you now on the number we have. ^Lisa"},
		{"Marco, volgens je polis is de waterschade gedekt. Ik bel je vandaag voor 16:00. ^Omar",
			"Marco, under your policy the water damage is covered. I'll call you today before 4 pm. ^Omar"},
		{"Marco, je polis is vanaf vandaag weer actief. ^Lisa", "Marco, your policy is active again from today. ^Lisa"},
	}
	for _, p := range pairs {
		nl, en := r.Analyze(p.nl, ctx("nl")), r.Analyze(p.en, ctx("en"))
		for _, a := range []Analysis{nl, en} {
			if a.Has("refusal") || a.Has("deflect") {
				t.Errorf("the customer's own policy read as a wall: %v\n  nl %q\n  en %q", ids(a), p.nl, p.en)
			}
		}
		if d := math.Abs(Overall(nl) - Overall(en)); d > 10 {
			t.Errorf("nl %.0f, en %.0f differ by %.1f: %q", Overall(nl), Overall(en), d, p.en)
		}
	}
	for _, wall := range []string{"That's just our policy, I'm afraid.", "It's simply policy.",
		"Per our policy we cannot refund you.", "Your claim is handled under our policy, I'm afraid."} {
		if a := r.Analyze(wall, ctx("en")); !a.Has("refusal") && !a.Has("deflect") {
			t.Errorf("%q: the wall is not found: %v", wall, ids(a))
		}
	}
}
