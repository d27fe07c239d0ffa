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
		// the door shown in the trainee's own words (playtest 21, P21-22)
		{"nl", "Je geld krijg je vandaag terug, maar als klant ben je hier niet meer welkom.", true},
		{"nl", "Met zo'n toon hoef je bij ons niet aan te kloppen.", true},
		{"nl", "Je bent hier niet langer welkom, Jason.", true},
		{"nl", "Kom maar niet meer terug.", true},
		{"en", "Your money is refunded today, but you're no longer welcome here as a customer.", true},
		{"en", "As a customer you are not welcome here anymore.", true},
		{"en", "With that tone, don't bother coming back.", true},
		{"en", "Please don't come back to our store, Jason.", true},
		{"nl", "Je bent altijd welkom om langs te komen in de winkel.", false},
		{"en", "You're always welcome to come back and have a look.", false},
		{"en", "Welcome back, Jason!", false},
		{"en", "We replaced the part, so the noise shouldn't come back. If the problems don't come back, you're all set.", false},
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
