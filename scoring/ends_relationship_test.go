package scoring

import "testing"

// Showing the customer the door in public is found and named in both
// languages, with no points of its own: it is a choice a case may follow
// (Liberty's COO did it), not a score (playtest 19, P19-21). A brand that
// ends a contract the customer asked to end is not showing them the door.
func TestShowingTheCustomerTheDoorIsNamed(t *testing.T) {
	r := Default()
	for _, c := range []struct {
		lang, reply string
		found       bool
	}{
		{"en", "Your refund is on its way, but we won't take orders from you again.", true},
		{"en", "We don't need customers like that. Take your business elsewhere.", true},
		{"nl", "Je geld staat terug, maar je hoeft niet meer bij ons te bestellen.", true},
		{"nl", "Op klanten die zo praten zitten we niet te wachten. Zoek maar een andere winkel.", true},
		{"nl", "Je abonnement is opgezegd, zoals je vroeg. Bedankt voor de afgelopen jaren!", false},
		{"en", "Your subscription is cancelled as you asked. Thanks for the years with us!", false},
	} {
		a := r.Analyze(c.reply, Context{Language: c.lang, CustomerPost: "Stelletje idioten, tien dagen te laat!", CustomerMood: -0.8})
		if a.Has("ends_relationship") != c.found {
			t.Errorf("%s %q: ends_relationship %v, want %v (%v)", c.lang, c.reply, a.Has("ends_relationship"), c.found, ids(a))
		}
		for _, f := range a.Features {
			if f.ID == "ends_relationship" && f.Points != 0 {
				t.Errorf("%s %q: ends_relationship costs %+.1f; it names, it does not score", c.lang, c.reply, f.Points)
			}
		}
	}
}
