package scoring

import "testing"

// Doubt of the customer put as a question (did they do their part?) and
// the check handed to them before the brand will act is blame in a
// friendly form, in both languages: it ranks below bare sympathy (the
// retired blind10; groups nl9/en9-twijfel/doubt). Fails before: these
// replies carried no blame and ranked above the sympathy.
func TestDoubtAsAQuestionIsBlame(t *testing.T) {
	for _, c := range []struct{ lang, post, doubt, sympathy string }{
		{"nl", "Voor de derde keer is ons oud papier niet opgehaald. De hele gang staat vol.",
			"Stond de papiercontainer wel op tijd aan de weg? De wagen komt vanaf 7:00.",
			"Wat vervelend dat het alweer niet is opgehaald. Sorry, dat is echt balen."},
		{"nl", "De oven die jullie monteur gisteren repareerde doet het alweer niet.",
			"Controleer eerst even de stoppenkast voordat we een monteur sturen.",
			"Wat vervelend dat hij het alweer niet doet. Sorry daarvoor."},
		{"en", "The pharmacy gave my mum 20mg tablets instead of 10mg.",
			"We check every prescription twice. Could your mum have mixed it up with an old box?",
			"That's worrying, sorry to hear it."},
		{"en", "The oven your engineer repaired yesterday has stopped working again.",
			"Please check the fuse box before we send anyone out.",
			"That's annoying, sorry it's stopped again."},
	} {
		r := Default()
		ctx := Context{Language: c.lang, CustomerPost: c.post, CustomerMood: -0.6}
		d, s := r.Analyze(c.doubt, ctx), r.Analyze(c.sympathy, ctx)
		if !d.Has("blame_customer") {
			t.Errorf("%q: want blame_customer, got %v", c.doubt, ids(d))
		}
		if Overall(d) >= Overall(s) {
			t.Errorf("%q (%.1f) ranks at or above bare sympathy %q (%.1f)", c.doubt, Overall(d), c.sympathy, Overall(s))
		}
	}
}
