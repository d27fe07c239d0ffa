package scoring

import (
	"strings"
	"testing"
)

// A reply that names the fault and the repair with a time ("The mast near
// Fijnaart had a fault, our engineers fix it on Thursday") answers the
// lead's first question "yes" and counts the repair as the brand's step,
// in both languages; before, question 1 said "no" and the repair counted
// for nothing in English (playtest 28, F4; groups nl102/en102). The
// explanation credits the words that do the act: "that's on us" takes the
// fault and is no step (the step is "I'll call"), and "I've asked" is
// shown with the clause it asks.
func TestAFaultNamedWithItsRepairAcknowledgesAndActs(t *testing.T) {
	r := Default()
	for _, c := range []struct{ lang, post, reply, repair string }{
		{"en", "@tmobile_webcare Still no signal indoors in Fijnaart. What happens now?",
			"@usurpia The mast near Fijnaart had a fault, our engineers fix it on Thursday. I'll DM you when it's done. ^Jacob", "our engineers fix it on Thursday"},
		{"nl", "@tmobile_nl Nog steeds geen bereik binnen in Fijnaart. Wat gaat er nu gebeuren?",
			"@usurpia De mast bij Fijnaart had een storing, onze monteurs herstellen hem donderdag. Ik stuur je een DM als het klaar is. ^Jacob", "onze monteurs herstellen hem donderdag"},
		{"en", "@peabody The lift in our block is broken again, my mum can't get down.",
			"@ellen The lift's door switch is broken. Our engineer replaces it tomorrow at 9am. ^Ruud", "Our engineer replaces it tomorrow at 9am"},
		{"nl", "@woonstad De lift in onze flat doet het alweer niet, mijn moeder kan niet naar beneden.",
			"@ellen De deurschakelaar van de lift is stuk. Onze monteur vervangt hem morgen om 9:00. ^Ruud", "Onze monteur vervangt hem morgen om 9:00"},
	} {
		a := r.Analyze(c.reply, Context{Language: c.lang, CustomerPost: c.post, CustomerMood: -0.6})
		q := r.Questions(a)
		if q[0].Answer != "yes" || q[1].Answer != "yes" {
			t.Errorf("%s %q: questions 1 and 2 answered %q and %q, want yes and yes", c.lang, c.reply, q[0].Answer, q[1].Answer)
		}
		found := false
		for _, f := range a.Features {
			if f.ID == "resolved" && f.Points > 0 && strings.Contains(f.Text, c.repair) {
				found = true
			}
		}
		if !found {
			t.Errorf("%s %q: the repair %q earns nothing (%v)", c.lang, c.reply, c.repair, ids(a))
		}
	}

	sanoma := Context{Language: "en", CustomerPost: "@SanomaMedia I ALREADY called, you wrote I called a lot.", CustomerMood: -0.6}
	a := r.Analyze("@dorien You're right, we misread it. Sorry, that's on us. I'll call you this afternoon and sort out your subscription. ^Lotte", sanoma)
	for _, f := range a.Features {
		if f.ID == "next_step" && f.Points > 0 && !strings.HasPrefix(f.Text, "I'll call") {
			t.Errorf("the step credited is %q, want \"I'll call…\"", f.Text)
		}
	}
	a = r.Analyze("@usurpia Sorry! I've asked our network team to check the mast near you, I'll DM you what they find today. ^Jacob",
		Context{Language: "en", CustomerPost: "@tmobile No signal indoors for a week.", CustomerMood: -0.6})
	for _, f := range a.Features {
		if f.ID == "resolved" && f.Text != "I've asked our network team to check the mast near you" {
			t.Errorf("the act is shown as %q, want its clause", f.Text)
		}
	}
}
