package scoring

import "testing"

// What a brand says of itself to everyone ("Wij hechten veel waarde aan de
// tevredenheid van onze klanten", "At our company, customer satisfaction
// is at the heart of everything we do") tells this customer nothing: its
// words are padding from the first, a word of the post inside it carries
// nothing, and the step its words seem to name ("wij zetten ons dagelijks
// in om alle inwoners te ondersteunen") is none. Wrapped around a fix it
// used to cost nothing and scored above the plain fix (groups nl99/en99;
// the released blind10/15: "patient safety and wellbeing are at the heart
// of everything we do" was read as the case restated).
func TestMissionStatementIsPaddingAroundAnyReply(t *testing.T) {
	cases := []struct{ lang, post, plain, padded string }{
		{"nl", "@huisenzo Mijn nieuwe lamp kwam aan met de glazen kap in stukken. Had hem besteld voor de verjaardag van mijn dochter zaterdag.",
			"Er gaat vandaag een nieuwe lamp met spoed naar je toe, vrijdag voor 13:00 heb je hem. ^Nora",
			"Bij HuisEnZo staat klanttevredenheid voorop, en we zijn trots op de kwaliteit van elke lamp die we verkopen. Er gaat vandaag een nieuwe lamp met spoed naar je toe, vrijdag voor 13:00 heb je hem. Wij waarderen je als klant en danken je voor je geduld en begrip. ^Nora"},
		{"en", "@homestore My new lamp arrived with the glass shade in pieces. Ordered it for my daughter's birthday on Saturday.",
			"A new lamp goes out to you today by express and you'll have it Friday before 1pm. ^Nora",
			"At HomeStore, customer satisfaction is at the heart of everything we do, and we take great pride in the quality of every lamp we sell. A new lamp goes out to you today by express and you'll have it Friday before 1pm. We value your custom and thank you for your patience and understanding. ^Nora"},
	}
	for _, c := range cases {
		ctx := Context{Language: c.lang, CustomerMood: -0.6, CustomerPost: c.post}
		plain, padded := Default().Analyze(c.plain, ctx), Default().Analyze(c.padded, ctx)
		if !padded.Has("mission_statement") || !padded.Has("padding") {
			t.Errorf("%q: %v; what the brand says of itself is padding", c.padded, ids(padded))
		}
		if Overall(padded) >= Overall(plain) {
			t.Errorf("%s: the padded fix scores %.1f, the plain fix %.1f; padding must cost", c.lang, Overall(padded), Overall(plain))
		}
	}
	// its clause is no step, and the case's words in it restate nothing
	for _, c := range []struct{ lang, post, text string }{
		{"nl", "Wanneer halen jullie grofvuil op in Schalkwijk?", "Wij zetten ons dagelijks met veel passie in om alle inwoners in Schalkwijk te helpen met hun grofvuil."},
		{"en", "When do you collect bulky waste in Schalkwijk?", "We are committed to helping all residents in Schalkwijk with their bulky waste every day."},
	} {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerMood: -0.3, CustomerPost: c.post})
		if a.Has("next_step") || a.Has("restates_case") || !a.Has("mission_statement") {
			t.Errorf("%q: %v; striving for everyone is no step and restates nothing", c.text, ids(a))
		}
	}
	// a plain reply with a step for this customer is untouched
	for _, c := range []struct{ lang, text string }{
		{"nl", "We zetten je nieuwe lamp vandaag in de bus; vrijdag voor 13:00 heb je hem. ^Nora"},
		{"en", "Your new lamp goes in the van today; you'll have it Friday before 1pm. ^Nora"},
	} {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerMood: -0.6, CustomerPost: cases[0].post})
		if a.Has("mission_statement") || a.Has("padding") {
			t.Errorf("%q: %v; a step for this customer is no padding", c.text, ids(a))
		}
	}
}
