package scoring

import "testing"

// A promise to report back when the fix comes ("I'll let you know as soon
// as it's fixed", "Ik laat het je weten zodra het opgelost is") is a next
// step in both languages: the fix is still to come (no resolved), but the
// message is promised. "As soon as" there is a moment, as Dutch "zodra",
// not the vague "soon" of "as soon as possible" (closing note 14).
func TestAPromiseToReportBackWhenItIsFixedIsAStep(t *testing.T) {
	r := Default()
	nl := Context{Language: "nl", CustomerPost: "Al drie dagen geen internet thuis. Ik werk thuis, dit is echt niet te doen.", CustomerMood: -0.6, CustomerName: "Sanne"}
	en := Context{Language: "en", CustomerPost: "No internet at home for three days now. I work from home, this is impossible.", CustomerMood: -0.6, CustomerName: "Sanne"}
	for _, c := range []struct {
		ctx  Context
		text string
	}{
		{en, "There's an outage in your area. I'll let you know as soon as it's fixed."},
		{nl, "Er is een storing in je wijk. Ik laat het je weten zodra het opgelost is."},
		{en, "We'll text you as soon as it's back up, Sanne."},
		{nl, "We sturen je een sms zodra het weer werkt, Sanne."},
		{en, "Sorry Sanne! You'll hear from me as soon as it works again."},
		{nl, "Sorry Sanne! Je hoort van me zodra het weer werkt."},
		{en, "I’ll message you as soon as the engineer has been."},
		{nl, "Ik app je zodra de monteur geweest is."},
	} {
		a := r.Analyze(c.text, c.ctx)
		if !a.Has("next_step") || a.Has("resolved") || a.Has("no_way_forward") {
			t.Errorf("%q: %v; want a next step and no fix done", c.text, ids(a))
		}
	}
	// "As soon as possible" stays a promise without a time.
	for _, c := range []struct {
		ctx  Context
		text string
	}{
		{en, "We'll fix it as soon as possible."},
		{en, "We'll look at it as soon as we can."},
		{nl, "We lossen het zo snel mogelijk op."},
	} {
		if a := r.Analyze(c.text, c.ctx); !a.Has("vague_promise") || a.Has("next_step") {
			t.Errorf("%q: %v; want a vague promise and no step", c.text, ids(a))
		}
	}
}
