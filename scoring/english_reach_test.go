package scoring

import "testing"

// English has the reach of Dutch in the features where it had fewer
// patterns (insult, next_step, personal_address, apology_withdrawn):
// each reply below is found in both languages, contractions, curly
// apostrophes and British and American spellings included.
func TestEnglishHasTheReachOfDutch(t *testing.T) {
	r := Default()
	for _, c := range []struct{ feature, nl, en string }{
		{"insult", "Wat een klootzak ben je.", "What a jerk you are."},
		{"insult", "Wat een klootzak ben je.", "You’re such an arsehole."},
		{"insult", "Je bent gewoon debiel.", "You're just a retard."},
		{"insult", "Donder op met je geklaag.", "Bugger off with your griping."},
		{"insult", "Wat een watje.", "What a wimp."},
		{"insult", "Wat een lastpak ben jij.", "What a pain in the neck you are."},
		{"insult", "Hou je kop dicht.", "Shut your mouth."},
		{"insult", "Doe niet zo, dikzak.", "Don't be like that, fatso."},
		{"insult", "Jij bent echt een malloot.", "You are a real buffoon."},
		{"next_step", "Ik kijk het na.", "I’ll check it."},
		{"next_step", "We bellen je terug.", "We'll call you back."},
		{"next_step", "Ik los het op.", "We will sort it out."},
		{"next_step", "Ik ga het regelen.", "I'm going to arrange it."},
		{"next_step", "Ik meld het bij de afdeling.", "I'll report it to the department."},
		{"next_step", "Ik spreek de chauffeur erop aan.", "I will speak to the driver about it."},
		{"next_step", "Ik zoek het voor je uit.", "I shall look into it for you."},
		{"personal_address", "Goeiemorgen! Wat fijn dat je schrijft.", "Morning! How nice of you to write."},
		{"personal_address", "Hoihoi, leuk dat je schrijft.", "Howdy, nice of you to write."},
		{"apology_withdrawn", "Het spijt me, maar zo is het beleid.", "I regret it, but that is the policy."},
		{"apology_withdrawn", "Sorry. Dat gezegd hebbende, het beleid is duidelijk.", "Sorry. That said, the policy is clear."},
		{"apology_withdrawn", "Ik snap het, maar we doen er niets aan.", "I get it, but we won't do anything about it."},
		{"apology_withdrawn", "Ik hoor je, maar regels zijn regels.", "I hear you, but rules are rules."},
	} {
		nl := r.Analyze(c.nl, Context{Language: "nl", CustomerMood: -0.5})
		en := r.Analyze(c.en, Context{Language: "en", CustomerMood: -0.5})
		if !nl.Has(c.feature) || !en.Has(c.feature) {
			t.Errorf("%s: nl %q %v, en %q %v", c.feature, c.nl, ids(nl), c.en, ids(en))
		}
	}
}
