package scoring

import "testing"

// Playtest 18, P18-15: removing the customer's complaint, announced in the
// reply's own words in the present or future ("we halen je bericht hier
// weg", "we're removing your post"), silences the customer however friendly
// the rest: it is a removal done to them (act_against_customer) and a
// silencing (threaten_customer), never a request that they take it down, and
// it ranks below a vague reply that leaves the complaint up. The Dutch one
// scored 56/72 with a DM beside it, above the vague reply's 35/35.
func TestAnAnnouncedRemovalSilencesTheCustomer(t *testing.T) {
	posts := map[string]string{
		"nl": "Zes weken gewacht op mijn bank en hij komt beschadigd aan. Drie keer gemaild, geen antwoord. Niet kopen hier!",
		"en": "Waited six weeks for my sofa, and it arrives damaged. Sent three emails, no answer. Don't buy here!",
	}
	vague := map[string]string{
		"nl": "Beste Marieke, we nemen contact met je op.",
		"en": "Dear Marieke, we will contact you.",
	}
	for _, c := range []struct{ lang, text string }{
		{"nl", "Hoi Marieke, we halen je bericht hier weg omdat het niet over de actie gaat, maar we willen je natuurlijk wel helpen! Stuur ons even een DM met je ordernummer. Groetjes, Joyce"},
		{"nl", "Hoi Marieke, we verwijderen je reactie omdat die niet bij de actie hoort. Stuur ons een DM, dan helpen we je. Joyce"},
		{"nl", "Marieke, je bericht gaat er hier af, want dit is een actiepost. Mail ons gerust. Joyce"},
		{"en", "Hi Marieke, we're removing your post here because it's not about the promotion, but of course we want to help! Send us a DM with your order number. Joyce"},
		{"en", "Hi Marieke, we'll delete your comment as it's not about the sale. DM us and we'll help. Joyce"},
		{"en", "Marieke, I'm taking your post down, as this is a promotion post. Feel free to email us. Joyce"},
	} {
		ctx := Context{Language: c.lang, CustomerPost: posts[c.lang], CustomerName: "Marieke", CustomerMood: -0.7}
		a, left := Default().Analyze(c.text, ctx), Default().Analyze(vague[c.lang], ctx)
		if !a.Has("act_against_customer") || !a.Has("threaten_customer") || a.Has("asks_to_retract") {
			t.Errorf("%q: want a removal done to the customer and a silencing, no request to retract; got %v", c.text, ids(a))
		}
		if Overall(a) >= Overall(left) {
			t.Errorf("%q scores %.1f, not below the vague reply that leaves the complaint up (%.1f)", c.text, Overall(a), Overall(left))
		}
	}
}

// A removal owned as a mistake is no fix: Zitcomfort's model reply "we
// hebben die reactie weggehaald, en dat was fout" was explained in the
// debrief as "the fix is under way" (+44 de-escalation) on the words "we
// hebben die reactie weggehaald", teaching that reporting the removal
// solves something. What the brand did and calls a mistake in the same
// breath keeps its ownership and earns no fix.
func TestAnActOwnedAsAMistakeIsNoFix(t *testing.T) {
	posts := map[string]string{
		"nl": "Hier stond net een klacht van een vrouw over haar beschadigde bank, en nu is hij weg. Halen jullie kritiek gewoon weg?",
		"en": "There was a complaint here from a woman about her damaged sofa, and now it's gone. Do you just delete criticism?",
	}
	for _, c := range []struct{ lang, text string }{
		{"nl", "Gerrit, terechte vraag. Ja, we hebben die reactie weggehaald, en dat was fout: kritiek mag hier blijven staan. Joyce"},
		{"nl", "Klopt Gerrit, we hebben haar bericht verwijderd en dat had niet gemogen. Het komt terug. Joyce"},
		{"en", "Fair question, Gerrit. Yes, we removed that comment, and that was wrong: criticism stays up here. Joyce"},
		{"en", "You're right, Gerrit, we deleted her post and that shouldn't have happened. It's going back up. Joyce"},
	} {
		ctx := Context{Language: c.lang, CustomerPost: posts[c.lang], CustomerName: "Gerrit", CustomerMood: -0.5}
		a := Default().Analyze(c.text, ctx)
		if !a.Has("ownership") {
			t.Errorf("%q: the admission is not ownership; got %v", c.text, ids(a))
		}
		for _, f := range a.Features {
			if f.ID == "resolved" && f.Points > 0 {
				t.Errorf("%q: %q counts as a fix (%+.0f)", c.text, f.Text, f.Points)
			}
		}
	}
}

// Moving the customer's complaint off the page is done to them, never a
// fix already made: "We've moved your message to our customer service
// team so this page can stay about the spring sale" earned "+42: the fix
// is already under way" (playtest 20, P20-22, HIGH).
func TestAComplaintMovedOffThePageIsNoFix(t *testing.T) {
	post := map[string]string{
		"en": "Waited six weeks for my sofa, and it arrives damaged. Sent three emails, no answer. Don't buy here!",
		"nl": "Zes weken gewacht op mijn bank en hij komt beschadigd aan. Drie keer gemaild, geen antwoord. Niet kopen hier!",
	}
	for _, c := range []struct{ lang, text string }{
		{"en", "Hi Marieke, thanks for your feedback. We've moved your message to our customer service team so this page can stay about the spring sale. They will contact you within 5 working days. Kind regards, Team Zitcomfort"},
		{"en", "Marieke, I'm moving your comment to our service page, where the team can pick it up. Joyce"},
		{"nl", "Hoi Marieke, we hebben je bericht verplaatst naar onze servicepagina, zodat deze pagina over de voorjaarsactie kan blijven gaan. Joyce"},
	} {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: post[c.lang], CustomerName: "Marieke", CustomerMood: -0.7})
		if !a.Has("act_against_customer") {
			t.Errorf("%q: the move off the page is not found as done to the customer; got %v", c.text, ids(a))
		}
		for _, f := range a.Features {
			if f.ID == "resolved" && f.Points > 0 {
				t.Errorf("%q: %q counts as a fix (%+.0f)", c.text, f.Text, f.Points)
			}
		}
	}
}
