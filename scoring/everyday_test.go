package scoring

import "testing"

// Everyday brand replies that a webcare lead sees through: an apology made
// about "de gast" or for the customer's dissatisfaction, a referral to a
// customer who already tried, a promise without a time, a threat, and an
// apology word followed by its negation.
func TestEverydayFailures(t *testing.T) {
	r := Default()
	post := "Al drie dagen geen internet en niemand die me helpt. Belachelijk."
	ctx := Context{Language: "nl", CustomerPost: post, CustomerMood: -0.7}
	for _, c := range []struct {
		text     string
		ctx      Context
		has, not []string
		max      float64 // Overall at most this
	}{
		{"Het spijt ons dat de gast niet tevreden was.", ctx,
			[]string{"non_apology", "talks_about_customer"}, []string{"apology"}, 30},
		{"Wij vinden het vervelend dat u dit zo heeft ervaren.", ctx,
			[]string{"non_apology"}, []string{"acknowledge_emotion"}, 30},
		{"We're sorry the passenger was unhappy with our service.", en(-0.7),
			[]string{"non_apology", "talks_about_customer"}, []string{"apology"}, 30},
		{"Hoi! Bij vragen kun je terecht bij onze klantenservice via 088-1234567.", ctx,
			[]string{"deflect"}, []string{"acknowledge_emotion"}, 40},
		{"Vervelend! Neem contact op met onze klantenservice, zij helpen je graag verder.", ctx,
			[]string{"deflect"}, []string{"offer_help", "next_step"}, 45},
		{"Hi! Please contact our customer service team, they'll be happy to help.", en(-0.7),
			[]string{"deflect"}, []string{"offer_help"}, 40},
		{"We zullen dit zo snel mogelijk oppakken.", ctx,
			[]string{"vague_promise"}, []string{"next_step"}, 45},
		{"We'll get back to you shortly.", en(-0.7),
			[]string{"vague_promise"}, []string{"next_step"}, 45},
		{"Let op je taalgebruik, anders blokkeren we je.", ctx,
			[]string{"threaten_customer", "blame_customer"}, nil, 10},
		{"Watch your language or we will block you.", en(-0.7),
			[]string{"threaten_customer", "blame_customer"}, nil, 10},
		{"Excuses bieden we niet aan.", ctx, []string{"refuse_apology"}, []string{"apology"}, 30},
		{"Sorry zeg ik niet.", ctx, []string{"refuse_apology"}, []string{"apology"}, 30},
		{"Apologies are not something we offer for delays.", en(-0.7),
			[]string{"refuse_apology"}, []string{"apology"}, 30},
	} {
		a := r.Analyze(c.text, c.ctx)
		for _, id := range c.has {
			if !a.Has(id) {
				t.Errorf("%q: want %s, have %v", c.text, id, ids(a))
			}
		}
		for _, id := range c.not {
			if a.Has(id) {
				t.Errorf("%q: %s should not count, have %v", c.text, id, ids(a))
			}
		}
		if o := Overall(a); o > c.max {
			t.Errorf("%q: overall %.1f, want at most %.0f (%v)", c.text, o, c.max, ids(a))
		}
	}
}

// The same words in replies that do the right thing are left alone.
func TestEverydayFailuresHaveNoFalseAlarms(t *testing.T) {
	r := Default()
	for _, c := range []struct {
		text     string
		ctx      Context
		has, not []string
	}{
		{"I'm sorry, I can imagine you're unhappy after waiting three weeks.", en(-0.6),
			[]string{"apology", "acknowledge_emotion"}, []string{"non_apology"}},
		{"We've blocked your card to keep your money safe; a new one is on its way today.", en(-0.6),
			[]string{"next_step"}, []string{"threaten_customer"}},
		{"Stuur je een DM, dan blokkeren we je pas meteen.", nl(-0.6),
			[]string{"move_private"}, []string{"threaten_customer"}},
		{"If you continue to have problems, I'll call you myself.", en(-0.6),
			[]string{"move_private"}, []string{"threaten_customer"}},
		{"The customer service team will call you today before 5pm.", en(-0.6),
			[]string{"next_step"}, []string{"talks_about_customer"}},
		{"Wat fijn dat je het verblijf zo hebt ervaren! Tot snel.", nl(0.7),
			[]string{"thanks"}, []string{"non_apology"}},
		{"Terecht! Ik zoek het voor je uit.", nl(-0.5),
			[]string{"acknowledge_emotion"}, nil},
		{"Ik stuur je een DM, dan houd ik je op de hoogte.", nl(-0.5),
			[]string{"next_step"}, []string{"vague_promise"}},
		{"Deze week 20% korting op alle bloedglucosemeters!", nl(-0.5),
			nil, []string{"next_step"}},
		{"Ik bel je zo snel mogelijk, uiterlijk vandaag om 17 uur.", nl(-0.5),
			[]string{"next_step", "concrete_time"}, []string{"vague_promise"}},
		{"Zal ik je even bellen hierover?", nl(-0.5),
			[]string{"offer_help", "move_private"}, nil},
		// Busy, "druk", checking and "it happens" in their everyday senses:
		// working on it, worrying, the brand checking, a promise.
		{"Je hoeft je nergens druk om te maken: het is logisch dat je je er druk over maakt, ik regel het vandaag.", nl(-0.5),
			[]string{"ownership"}, []string{"refusal"}},
		{"We're busy fixing it right now and I'll message you by 3pm.", en(-0.5),
			[]string{"next_step"}, []string{"refusal"}},
		{"I'll check whether your card was charged twice and call you today.", en(-0.5),
			[]string{"move_private"}, []string{"blame_customer"}},
		{"Dat gebeurt vandaag nog: ik zet de terugbetaling nu klaar.", nl(-0.5),
			[]string{"next_step"}, []string{"refusal"}},
		{"I'll make sure it happens today.", en(-0.5),
			[]string{"ownership"}, []string{"refusal"}},
	} {
		a := r.Analyze(c.text, c.ctx)
		for _, id := range c.has {
			if !a.Has(id) {
				t.Errorf("%q: want %s, have %v", c.text, id, ids(a))
			}
		}
		for _, id := range c.not {
			if a.Has(id) {
				t.Errorf("%q: %s found by mistake, have %v", c.text, id, ids(a))
			}
		}
	}
}

// An explicit irony marker (an eye-roll, #sarcasme) makes thanks to a happy
// customer sarcasm: the thanks do not count and the reply does not pass. A
// newcomer's "fijn dat je er zo blij mee bent … 🙄😂 #sarcasme" to Domino's
// praise scored as thanks and reached the good ending.
func TestIronyMarkersAreSarcasm(t *testing.T) {
	r := Default()
	happy := func(lang, post string) Context {
		return Context{Language: lang, CustomerPost: post, CustomerMood: 0.8}
	}
	for _, c := range []struct {
		text string
		ctx  Context
	}{
		{"Nou, fijn dat je er zo blij mee bent, dat gebeurt ook niet vaak 🙄😂 #sarcasme", happy("nl", "Beste pizza ooit, bedankt!")},
		{"Wat leuk dat je langskwam 😒", happy("nl", "Top service vandaag in de winkel!")},
		{"Great that you liked it 🙄 #sarcasm", happy("en", "Best pizza ever, thanks!")},
	} {
		a := r.Analyze(c.text, c.ctx)
		if !a.Has("sarcasm") {
			t.Errorf("%q: no sarcasm found, have %v", c.text, ids(a))
		}
		if o := Overall(a); o >= 55 {
			t.Errorf("%q: overall %.1f, a sarcastic reply must not pass", c.text, o)
		}
	}
	if a := r.Analyze("Wat leuk om te horen, dank je wel! Eet smakelijk 😂", happy("nl", "Beste pizza ooit!")); a.Has("sarcasm") {
		t.Errorf("a laugh with warm thanks is not sarcasm: %v", ids(a))
	}
}
