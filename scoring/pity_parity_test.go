package scoring

import "testing"

// Playtest 16 parity gaps: "a pity you didn't get a reply" is sympathy for
// what the customer did not get, not a reproach (it cost -25 de-escalation
// as blame in English, while "jammer dat je geen antwoord kreeg" was
// sympathy in Dutch); regret for the channel the customer is using now
// and for what they failed to do is a reproach in both languages; "the
// fitter says" weighs the fitter's word against the customer's in English
// as "volgens onze monteur" does in Dutch; and a wait called normal
// ("duurt nu eenmaal", "simply takes") is a wall in both.
func TestPityAndTheFittersWordAlikeInDutchAndEnglish(t *testing.T) {
	cases := []struct {
		lang, post, text string
		want, not        string
	}{
		{"en", "Emailed two weeks ago about a double charge. Still no reply.",
			"Karin, a pity you didn't get a reply for two weeks. I've refunded the double charge today. ^Tim", "acknowledge_emotion", "blame_customer"},
		{"en", "Emailed two weeks ago about a double charge. Still no reply.",
			"Karin, shame you never heard back from us. I'll sort the charge today. ^Tim", "acknowledge_emotion", "blame_customer"},
		{"en", "Emailed two weeks ago about a double charge. Still no reply.",
			"Karin, a pity you didn't mention your customer number in that email. ^Tim", "blame_customer", ""},
		{"nl", "Twee weken geleden gemaild over een dubbele afschrijving. Nog steeds geen reactie.",
			"Karin, jammer dat je niet even belde, dan was het zo opgelost. ^Tim", "blame_customer", ""},
		{"en", "Emailed two weeks ago about a double charge. Still no reply.",
			"Karin, a pity you're trying this via Twitter. Please email us again. ^Tim", "blame_customer", ""},
		{"nl", "Twee weken geleden gemaild over een dubbele afschrijving. Nog steeds geen reactie.",
			"Karin, jammer dat je dit via Twitter probeert. Mail ons nog een keer. ^Tim", "blame_customer", ""},
		{"en", "Emailed two weeks ago about a double charge. Still no reply.",
			"Karin, sorry. Answering an email simply takes two to three weeks with us. ^Tim", "refusal", ""},
		{"en", "Worktop isn't level, the oven door won't close and nobody calls back.",
			"Peter, according to our fitter the worktop was fitted correctly. - Sandra", "blame_customer", ""},
		{"nl", "Werkblad ligt scheef, de ovendeur sluit niet en niemand belt terug.",
			"Peter, volgens onze monteurs is het werkblad goed geplaatst. - Sandra", "blame_customer", ""},
	}
	for _, c := range cases {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: c.post, CustomerMood: -0.6})
		if !a.Has(c.want) || c.not != "" && a.Has(c.not) {
			t.Errorf("%s %q: want %s and no %q, got %v", c.lang, c.text, c.want, c.not, ids(a))
		}
	}
}
