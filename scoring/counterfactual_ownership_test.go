package scoring

import "testing"

// What should or should not have happened, said by the brand of its own
// act, owns the failure ("Die aanmaning had niet verstuurd mogen worden",
// "That money should have been back in your account long ago"): the
// rubric read only a few fixed phrases ("had niet mogen", "should never
// have") and missed the passive and the positive forms (the released
// blind10/11: "had dit niet afgewezen mogen worden", "That refund should
// have gone through the same day"). Said of the customer's own act it is
// blame ("Je had daar niet mogen parkeren", "You shouldn't have waited
// until the last day"), which was read as nothing, or as ownership ("You
// should never have parked there"). What the customer underwent ("je had
// die brief nooit mogen krijgen", "you should have been called") is what
// the brand owed them, and what could have been ("het had erger kunnen
// zijn", "you couldn't have known") owns nothing.
func TestCounterfactualOwnsTheBrandsActAndBlamesTheCustomers(t *testing.T) {
	owns := []struct{ lang, text string }{
		{"nl", "Die aanmaning had niet verstuurd mogen worden. ^Jo"},
		{"nl", "Dat geld had al lang op je rekening moeten staan. ^Jo"},
		{"nl", "Dit had nooit zo mogen lopen. ^Jo"},
		{"nl", "Die bus had daar niet mogen doorrijden. ^Jo"},
		{"nl", "Je had die brief nooit mogen krijgen. ^Jo"},
		{"nl", "We hadden je moeten bellen voordat we de ketel vervingen. ^Jo"},
		{"en", "That reminder shouldn't have been sent. ^Jo"},
		{"en", "That money should have been back in your account long ago. ^Jo"},
		{"en", "This should never have gone this way. ^Jo"},
		{"en", "That bus should not have driven past you. ^Jo"},
		{"en", "You should never have received that letter. ^Jo"},
		{"en", "We should have called you before we replaced the boiler. ^Jo"},
	}
	for _, c := range owns {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerMood: -0.6})
		if !a.Has("ownership") || a.Has("blame_customer") {
			t.Errorf("%q: %v; what should not have happened, said of the brand's act, owns it", c.text, ids(a))
		}
		if a.Has("resolved") {
			t.Errorf("%q: %v; what should have been is no fix done", c.text, ids(a))
		}
	}
	blames := []struct{ lang, text string }{
		{"nl", "Je had daar niet mogen parkeren. ^Jo"},
		{"nl", "Daar had je nooit mogen parkeren. ^Jo"},
		{"nl", "Je had die mail ook meteen kunnen verwijderen. ^Jo"},
		{"nl", "Je had op tijd moeten betalen. ^Jo"},
		{"en", "You shouldn't have parked there. ^Jo"},
		{"en", "You should never have parked there. ^Jo"},
		{"en", "You could of course just have deleted the email. ^Jo"},
		{"en", "You should have paid on time. ^Jo"},
	}
	for _, c := range blames {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerMood: -0.6})
		if !a.Has("blame_customer") || a.Has("ownership") {
			t.Errorf("%q: %v; what the customer should not have done is blame", c.text, ids(a))
		}
	}
	neither := []struct{ lang, text string }{
		{"nl", "Het had erger kunnen zijn. ^Jo"},
		{"nl", "Je had het niet kunnen weten. ^Jo"},
		{"en", "Should you have any questions, I'm here until 5pm. ^Jo"},
		{"en", "You couldn't have known. ^Jo"},
		{"en", "It should have been obvious from the website. ^Jo"},
	}
	for _, c := range neither {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerMood: -0.6})
		for _, f := range a.Features {
			if f.ID == "blame_customer" || (f.ID == "ownership" && f.Points > 0) {
				t.Errorf("%q: %v; what could have been, or a question, owns and blames nothing", c.text, ids(a))
				break
			}
		}
	}
}
