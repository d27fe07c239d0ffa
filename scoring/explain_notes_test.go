package scoring

import (
	"strings"
	"testing"
)

// Playtest 12 (P12-7): "je medeleven telt niet mee" / "your sympathy does
// not count" named things that are not sympathy: a delivery date the same
// wall cancelled, and the blame itself. The note names only the sympathy
// that was cancelled; a step or a fix gets the wall's own label, in both
// languages.
func TestSympathyNotesNameOnlySympathy(t *testing.T) {
	r := Default()
	for _, c := range []struct{ lang, post, reply, sympathy, step, says string }{
		{"en", "My sofa was delivered damaged and you charged me £60 delivery.",
			"Marieke, we completely understand how annoying this is. Unfortunately the delivery costs cannot be refunded, we'll send your new sofa on Tuesday.",
			"annoying", "send your new sofa", "your sympathy"},
		{"nl", "Mijn bank is beschadigd bezorgd en jullie rekenden €60 bezorgkosten.",
			"Marieke, we begrijpen helemaal hoe vervelend dit is. Helaas kunnen de bezorgkosten niet worden terugbetaald, we sturen je nieuwe bank op dinsdag.",
			"vervelend", "sturen je nieuwe bank", "je medeleven"},
	} {
		a := r.Analyze(c.reply, Context{Language: c.lang, CustomerPost: c.post, CustomerMood: -0.6, CustomerName: "Marieke"})
		var sawSympathy bool
		for _, d := range a.Discounts {
			isSympathy := d.ID == "acknowledge_emotion" || d.ID == "apology"
			if isSympathy {
				sawSympathy = sawSympathy || strings.Contains(d.Text, c.sympathy)
				if !strings.HasPrefix(d.Note, c.says) {
					t.Errorf("%s: the cancelled sympathy %q is not explained as sympathy: %q", c.lang, d.Text, d.Note)
				}
			} else if strings.Contains(d.Note, c.says) {
				t.Errorf("%s: %q (%s) is explained as sympathy: %q", c.lang, d.Text, d.ID, d.Note)
			}
		}
		if !sawSympathy {
			t.Errorf("%s: no discount for the sympathy %q: %+v", c.lang, c.sympathy, a.Discounts)
		}
		explained := r.Explain(a, c.lang)
		if !strings.Contains(explained, c.step) && !strings.Contains(explained, c.sympathy) {
			t.Errorf("%s: explanation lacks the findings:\n%s", c.lang, explained)
		}
	}
}

// A finding worth nothing in its context is called a repeat only when the
// feature was found before in the reply: a wink to a pleased customer
// (humour, nothing at that mood) read "0 (a repeat does not count again)"
// with no wink before it (playtest 20, P20-11).
func TestOnlyARepeatIsCalledARepeat(t *testing.T) {
	r := Default()
	ctx := Context{Language: "en", CustomerPost: "Criticism this morning, and already a new poster with real members. Hats off, Tom.", CustomerMood: 0.6}
	out := r.Explain(r.Analyze("@sophieruns Great. Now you get yourself to the gym 😉", ctx), "en")
	if strings.Contains(out, "a repeat") {
		t.Errorf("a single wink is explained as a repeat:\n%s", out)
	}
	ctx = Context{Language: "nl", CustomerPost: "Waarom duurt het zo lang?", CustomerName: "Frans", CustomerMood: -0.3}
	out = r.Explain(r.Analyze("Frans, Frans. Ik zoek het vandaag voor je uit.", ctx), "nl")
	if !strings.Contains(out, "herhaling") {
		t.Errorf("the name said twice is not explained as a repeat:\n%s", out)
	}
}
