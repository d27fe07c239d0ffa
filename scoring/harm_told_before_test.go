package scoring

import "testing"

// TestToldBeforeIsACorrection: the brand's action justified in public by
// pointing the customer at what they were told before ("het is niet
// zomaar gebeurd", "de reden staat in onze mail", "you were emailed about
// this") tells them they should have known: a correction, in Dutch and
// English alike (playtest 20, P20-23: "your policy wasn't cancelled out of
// nowhere: there's a reason, and it's in the letters we sent you" cost
// nothing). A mail sent as the step itself is no correction.
func TestToldBeforeIsACorrection(t *testing.T) {
	r := Default()
	post := map[string]string{"nl": "@BankNu waarom is mijn pas ineens geblokkeerd?! Sta hier bij de kassa.",
		"en": "@BankNow why has my card suddenly been blocked?! I'm standing at the till."}
	cases := []struct {
		lang, reply string
		blame       bool
	}{
		{"nl", "@kim_b Hoi Kim, je pas is niet zomaar geblokkeerd. Stuur me een DM, dan kijk ik vandaag mee. ^Rob", true},
		{"en", "@kim_b Hi Kim, your card wasn't blocked out of nowhere. DM me and I'll look at it with you today. ^Rob", true},
		{"nl", "@kim_b Hoi Kim, de reden staat in de mail die we je vorige maand stuurden. Stuur me een DM als je vragen hebt. ^Rob", true},
		{"en", "@kim_b Hi Kim, the reason is in the email we sent you last month. DM me if you have questions. ^Rob", true},
		{"nl", "@kim_b Hoi Kim, je bent hierover eerder gemaild. ^Rob", true},
		{"en", "@kim_b Hi Kim, you were emailed about this earlier. ^Rob", true},
		{"nl", "@kim_b Sorry Kim! Ik heb je pas net vrijgegeven en je een mail gestuurd met de uitleg. ^Rob", false},
		{"en", "@kim_b Sorry Kim! I've just unblocked your card and sent you an email with the details. ^Rob", false},
		{"nl", "@kim_b Sorry Kim, je pas wordt niet zomaar geblokkeerd: ik zoek vandaag uit wat er misging. ^Rob", false},
	}
	for _, c := range cases {
		a := r.Analyze(c.reply, Context{Language: c.lang, CustomerPost: post[c.lang], CustomerName: "Kim", CustomerMood: -0.7})
		if a.Has("blame_customer") != c.blame {
			t.Errorf("%s: correction found %v, want %v: %s", c.reply, a.Has("blame_customer"), c.blame, featureList(a))
		}
	}
}
