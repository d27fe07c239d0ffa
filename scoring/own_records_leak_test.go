package scoring

import "testing"

// What the brand knows of this customer from its own records, said in a
// public reply, is a privacy leak however it is worded (issue 12): arrears
// in plain words, a customer, card or student number, a failed exam or a
// grade, health the customer did not post. What the customer posted, the
// brand's own backlog, "niet jouw schuld" and a request for the number by
// DM disclose nothing.
func TestWhatTheRecordsSayIsALeakInPublic(t *testing.T) {
	r := Default()
	nl := Context{Language: "nl", CustomerName: "Sanne", CustomerMood: -0.8, CustomerPost: "Jullie hebben zomaar mijn gas afgesloten, met twee kleine kinderen in huis. Schandalig."}
	en := Context{Language: "en", CustomerName: "Megan", CustomerMood: -0.8, CustomerPost: "You've cut our water with no warning. I've got a newborn in the house. Disgusting."}
	uniNL := Context{Language: "nl", CustomerName: "Bram", CustomerMood: -0.7, CustomerPost: "Kut-universiteit"}
	uniEN := Context{Language: "en", CustomerName: "Bram", CustomerMood: -0.7, CustomerPost: "Shitty university"}
	for _, c := range []struct {
		ctx   Context
		reply string
		leak  bool
	}{
		{nl, "Hoi Sanne, je hebt nog een betalingsachterstand van twee maanden. Stuur je ons een DM?", true},
		{nl, "Hoi Sanne, je loopt twee maanden achter met je termijnbedrag. Stuur je ons een DM?", true},
		{nl, "Sanne, je hebt nog een achterstand van twee maanden bij ons.", true},
		{nl, "Hoi Sanne, ik zie dat je klantnummer 4471923 is. Stuur je ons een DM?", true},
		{nl, "Sanne, je hebt een chronische hartaandoening, dus we sluiten je niet af. Sorry!", true},
		{uniNL, "Hoi Bram, je hebt je tentamen niet gehaald, dat is balen. Bel ons vandaag.", true},
		{uniNL, "Hoi Bram, je bent voor statistiek gezakt. Bel ons vandaag.", true},
		{uniNL, "Hoi Bram, je cijfer is binnen: een 4,8. Bel ons vandaag.", true},
		{uniNL, "Hoi Bram, ik zie dat studentnummer s2041187 bij je hoort.", true},
		{en, "Hi Megan, you're two months behind on payments. Could you DM us?", true},
		{en, "Megan, your account is still two months behind.", true},
		{en, "Hi Megan, I can see your customer number is 4471923. Could you DM us?", true},
		{en, "Megan, you have a chronic heart condition, so we won't cut you off. Sorry!", true},
		{uniEN, "Hi Bram, you failed your exam, that's rough. Call us today.", true},
		{uniEN, "Hi Bram, your mark is in: you got 38%. Call us today.", true},
		{uniEN, "Hi Bram, I see your student number is s2041187.", true},

		{nl, "Hoi Sanne, stuur je me je klantnummer via DM? Dan zet ik het gas vandaag weer open.", false},
		{nl, "Sorry Sanne, wij lopen deze week achter met de monteursbezoeken. Er komt vandaag iemand.", false},
		{nl, "Sanne, het is niet jouw schuld. Het gas gaat vandaag om 16:00 weer open.", false},
		{uniNL, "Hoi Bram, je cijfer komt vrijdag, ik bel je dan. Sorry voor het wachten.", false},
		{en, "Hi Megan, could you DM me your customer number? I'll restore the supply today.", false},
		{en, "Sorry Megan, we're behind on engineer visits this week. Someone is coming today.", false},
		{en, "Megan, it's not your fault. The supply is back on by 4pm today.", false},
		{uniEN, "Hi Bram, your mark will be up in 2 days, I'll call you then. Sorry for the wait.", false},
		// the customer's own words restated
		{Context{Language: "nl", CustomerMood: -0.8, CustomerPost: "Ik ben gezakt voor mijn herkansing en nu krijg ik geen nieuwe kans?!"}, "Balen dat je bent gezakt voor je herkansing. Ik bel je vandaag over een nieuwe kans.", false},
		{Context{Language: "en", CustomerMood: -0.8, CustomerPost: "I'm pregnant and your staff refused me a seat. Disgraceful."}, "Sorry, with your pregnancy you should have had a seat straight away. I've spoken to the team today.", false},
		{Context{Language: "en", CustomerMood: -0.8, CustomerPost: "My student number is 2087714 and I still can't log in!"}, "Sorry, your student number 2087714 is active again now, log in whenever you like.", false},
	} {
		a := r.Analyze(c.reply, c.ctx)
		if a.Has("private_disclosure") != c.leak {
			t.Errorf("%s %q: private_disclosure %v, want %v (%v)", c.ctx.Language, c.reply, a.Has("private_disclosure"), c.leak, ids(a))
		}
	}
}
