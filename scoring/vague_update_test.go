package scoring

import "testing"

// A promise to keep the customer informed, or to see what can be done,
// with no time and nothing done, tells them nothing about when anything
// happens: "We houden je op de hoogte", "We'll keep you posted", "we
// kijken wat we voor je kunnen doen". It scored as a step with ownership,
// above "DM me your address and I'll bring a heater today", which the
// retired blind set blind9 and the groups nl7/en7 rank above it. With a
// time beside it, it is a promise.
func TestAnUntimedUpdateIsNoStep(t *testing.T) {
	cases := []struct{ lang, post, vague, timed, requested string }{
		{"nl", "Al sinds gisteren geen warm water in onze flat. Twee kleine kinderen, ik kook water op het fornuis.",
			"Balen dat het zo lang duurt. We houden je op de hoogte!",
			"Balen dat het zo lang duurt. Ik hou je vandaag om 15:00 op de hoogte van de reparatie. ^Nina",
			"Stuur je me je adres via DM? Dan laat ik vandaag een monteur bij je langskomen. ^Nina"},
		{"en", "No hot water in our flat since yesterday. Two small kids, I'm boiling water on the hob.",
			"Sorry it's taking so long. We'll keep you posted!",
			"Sorry it's taking so long. I'll keep you posted on the repair today at 3pm. ^Nina",
			"DM me your address and I'll have an engineer out to you today. ^Nina"},
		{"nl", "Mijn koffer is niet meegekomen naar Rome en niemand weet waar hij is.",
			"Wat vervelend! We kijken wat we voor je kunnen doen.",
			"Wat vervelend! Ik laat je vóór 18:00 weten waar je koffer is. ^Nina",
			"Stuur je me je bagagelabel via DM? Dan laat ik je koffer vandaag nog opsporen. ^Nina"},
	}
	for _, c := range cases {
		ctx := Context{Language: c.lang, CustomerPost: c.post, CustomerMood: -0.6}
		vague := Default().Analyze(c.vague, ctx)
		if vague.Has("next_step") || vague.Has("ownership") || vague.Has("offer_help") || !vague.Has("vague_promise") {
			t.Errorf("%q: want a vague promise and no step, got %v", c.vague, ids(vague))
		}
		if r := Default().Analyze(c.requested, ctx); Overall(r) <= Overall(vague) {
			t.Errorf("%q scores %.1f, not above the vague %q (%.1f)", c.requested, Overall(r), c.vague, Overall(vague))
		}
		if timed := Default().Analyze(c.timed, ctx); !timed.Has("next_step") || Overall(timed) <= Overall(vague) {
			t.Errorf("%q: with a time it is a step above the vague one (%.1f), got %.1f %v", c.timed, Overall(vague), Overall(timed), ids(timed))
		}
	}
}
