package scoring

import "testing"

// A finding that is itself undone undoes nothing: "We kijken ernaar uit"
// is no template (looks_forward), so the template it resembles must not
// take the thanks beside it (playtest 19, P19-14: the case's model answer
// "Dank je, Anouk. We kijken ernaar uit." lost its thanks to "We kijken
// ernaar" and the debrief called it a template). A real template still
// takes them.
func TestAnUndoneFindingUndoesNothing(t *testing.T) {
	r := Default()
	for _, c := range []struct {
		lang, post, reply string
		thanksKept        bool
	}{
		{"nl", "Ik geef jullie nog een kans.", "Dank je, Anouk. We kijken ernaar uit. Laat je weten wanneer je komt? – Joost", true},
		{"en", "I'll give you one more chance.", "Thanks, Anouk. We're looking forward to it. Let us know when you're coming? – Joost", true},
		{"nl", "Mijn pakket is kwapot aangekomen.", "Dank je voor je bericht. We kijken ernaar.", false},
	} {
		a := r.Analyze(c.reply, Context{Language: c.lang, CustomerPost: c.post, CustomerMood: 0.5})
		kept := false
		for _, f := range a.Features {
			kept = kept || (f.ID == "thanks" && f.Points > 0)
		}
		if kept != c.thanksKept {
			t.Errorf("%s %q: thanks kept %v, want %v (%v; discounts %+v)", c.lang, c.reply, kept, c.thanksKept, ids(a), a.Discounts)
		}
	}
}
