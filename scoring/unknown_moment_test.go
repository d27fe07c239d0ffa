package scoring

import "testing"

// A report-back tied to the brand's own unknown progress ("Zodra daar meer
// over bekend is, laten we het hier weten", "As soon as we know more,
// we'll let you know") gives the customer no time to hold the brand to:
// it is a vague promise, no step, so it neither earns a step's points nor
// lifts an internal look beside it into a plan (groups nl61/en61). Fails
// before: in Dutch the report-back was a next step that lifted the
// evasion, and the press's question "what will you change?" answered with
// an internal look scored 94 in a round of the HEMA case. A report-back
// with a time ("laat het je voor 17:00 weten", "by 5pm") stays a step.
func TestAReportBackTiedToUnknownProgressIsNoStep(t *testing.T) {
	for _, c := range []struct{ lang, post, vague, timed string }{
		{"nl", "Wat gaat jullie winkel nu concreet veranderen zodat dit niemand meer overkomt?",
			"We kijken intern goed naar wat er beter kan. Zodra daar meer over bekend is, laten we het hier weten.",
			"We kijken intern goed naar wat er beter kan. Vrijdag voor 17:00 laten we je hier weten wat we veranderen."},
		{"nl", "Al twee dagen kan ik nergens pinnen op jullie camping. Moet ik elke dag naar het dorp?",
			"Sorry, dat is onhandig. We laten het je weten zodra we meer weten.",
			"Sorry, dat is onhandig. Ik bel de leverancier en laat het je voor 17:00 weten."},
		{"en", "What exactly is your shop going to change so this never happens to anyone again?",
			"We're taking a close look internally at what could be better. As soon as we know more, we'll let you know here.",
			"We're taking a close look internally at what could be better. On Friday before 5pm we'll let you know here what we're changing."},
		{"en", "Two days now and I can't pay by card anywhere on your site. Do I have to drive to the village every day?",
			"Sorry, that's a nuisance. We'll let you know once we have an update.",
			"Sorry, that's a nuisance. I'm ringing the supplier and will let you know by 5pm."},
	} {
		r := Default()
		ctx := Context{Language: c.lang, CustomerPost: c.post, CustomerMood: -0.5}
		v, s := r.Analyze(c.vague, ctx), r.Analyze(c.timed, ctx)
		if v.Has("next_step") || !v.Has("vague_promise") {
			t.Errorf("%q: want a vague promise and no next step, got %v", c.vague, ids(v))
		}
		if s.Has("vague_promise") || s.Has("no_way_forward") {
			t.Errorf("%q: a report-back with a time is a step, got %v", c.timed, ids(s))
		}
		if Overall(v) >= Overall(s) {
			t.Errorf("%q (%.1f) ranks at or above %q (%.1f)", c.vague, Overall(v), c.timed, Overall(s))
		}
	}
}
