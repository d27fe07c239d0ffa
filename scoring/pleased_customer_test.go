package scoring

import (
	"strings"
	"testing"
)

// Playtest 11 (P11-2, P11-5, P11-6): to a pleased customer, an apology the
// brand makes for its own slip ("sorry for my first reply", "sorry nog voor
// het gedoe") is fine; only one that answers the praise itself ("Sorry
// daarvoor" to "Beste pizza ooit") shows the post was not read. Accepting
// the customer's own apology ("Apology accepted") is no apology of ours.
func TestApologyToAPleasedCustomer(t *testing.T) {
	fine := []struct{ lang, text string }{
		{"en", "We are so sorry, Kevin. We apologise for our earlier reply, that went wrong. Enjoy the rest of your pizza! ^Mark"},
		{"en", "Sorry for my first reply, Kevin, I misread your tweet. Glad you enjoyed the pizza! ^Mark"},
		{"en", "Great to hear you can call again! Sorry again for the hassle. ^Jacob"},
		{"en", "Glad it works again! Apologies once more for the trouble. ^Jacob"},
		{"nl", "Top, fijn dat je weer kunt bellen! Sorry nog voor het gedoe. ^Jacob"},
		{"nl", "Sorry voor mijn eerste reactie, Kevin, ik las je tweet verkeerd. Eet smakelijk! ^Mark"},
		{"nl", "Fijn dat het weer werkt! Nogmaals excuses voor het wachten. ^Jacob"},
	}
	for _, c := range fine {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerMood: 0.6, CustomerName: "Kevin"})
		if a.Has("misplaced_apology") {
			t.Errorf("%q: misplaced_apology %v; the apology is for the brand's own slip", c.text, ids(a))
		}
	}
	for _, c := range []struct{ lang, text string }{
		{"nl", "Sorry daarvoor! ^Mark"},
		{"en", "Sorry about that! ^Mark"},
		{"en", "We're sorry to hear that, Kevin. ^Mark"},
		{"nl", "Excuses voor het ongemak, Kevin. ^Mark"},
	} {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerMood: 0.8, CustomerName: "Kevin"})
		if !a.Has("misplaced_apology") {
			t.Errorf("%q: want misplaced_apology to a delighted customer, got %v", c.text, ids(a))
		}
	}
	accepted := []struct{ lang, text string }{
		{"en", "Apology accepted, Jason. Megan was really upset, thanks for saying it. – COO"},
		{"en", "Thanks for your apology, Jason, that means a lot to the team. – COO"},
		{"en", "No need to apologise, Jason. Enjoy the bottles! – COO"},
		{"nl", "Excuses aanvaard, Jason. Megan was er echt van geschrokken, fijn dat je het zegt. – COO"},
		{"nl", "Dank voor je excuses, Jason, dat betekent veel voor het team. – COO"},
		{"nl", "Je hoeft geen sorry te zeggen, Jason. Geniet van je flessen! – COO"},
	}
	for _, c := range accepted {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerMood: 0.5, CustomerName: "Jason"})
		if a.Has("misplaced_apology") || a.Has("apology") {
			t.Errorf("%q: read as the brand's apology %v; it accepts the customer's", c.text, ids(a))
		}
	}
}

// P11-2: a few plain sentences with a verb of being are a message, not a
// list of words ("Thanks, Jason. Megan was really upset.").
func TestShortPlainSentencesAreAMessage(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "Thanks, Jason. Megan was really upset."},
		{"en", "Order shipped today. Tracking is live."},
		{"nl", "Dank, Jason. Megan was echt overstuur."},
		{"nl", "Bestelling vandaag verzonden. Track en trace is actief."},
		{"nl", "Dorien, sorry! Vandaag kijken we ernaar."},
		{"nl", "Sorry Dorien. Morgen brengen ze hem langs."},
	} {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerMood: 0.5, CustomerName: "Jason"})
		if a.Has("not_a_message") {
			t.Errorf("%q: not_a_message %v; these are sentences", c.text, ids(a))
		}
	}
	for _, c := range []struct{ lang, text string }{
		{"en", "Sorry frustration DM refund today urgent"},
		{"nl", "Dorien sorry vervelend frustratie DM bel vandaag"},
	} {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerMood: -0.5, CustomerName: "Dorien"})
		if !a.Has("not_a_message") {
			t.Errorf("%q: want not_a_message, got %v", c.text, ids(a))
		}
	}
}

// P11-13: restates_case finds the post's own words in a sentence, which may
// be the reply's promise about the case; its explanation may not call that
// "what happened to the customer".
func TestRestatedPromiseIsNotCalledTheHarm(t *testing.T) {
	for _, c := range []struct{ lang, post, text, claim string }{
		{"nl", "Kut universiteit. Mijn herkansing is morgen en mijn studieadviseur reageert al twee weken niet.",
			"Ik bel nu zelf je studieadviseur en zorg dat die je vandaag voor 15:00 terugbelt over je herkansing. ^Eva", "overkwam"},
		{"en", "Rubbish university. My resit is tomorrow and my study adviser hasn't answered in two weeks.",
			"I'm calling your study adviser myself now and making sure they call you back about your resit before 3pm today. ^Eva", "what happened to"},
	} {
		r := Default()
		a := r.Analyze(c.text, Context{Language: c.lang, CustomerPost: c.post, CustomerMood: -0.5})
		if !a.Has("restates_case") {
			t.Fatalf("%q: want restates_case, got %v", c.text, ids(a))
		}
		if e := r.Explain(a, c.lang); strings.Contains(e, c.claim) {
			t.Errorf("%q: the explanation calls the reply's own promise what happened to the customer:\n%s", c.text, e)
		}
	}
}

// P11-14: a closing that answers a customer's thanks with nothing but an
// advert passes over what they wrote; it says so, and scores below a plain
// thank-you. Thanks before it are only its lead-in (blind10: "Great to
// hear! Refer a friend…" ranks below a template); the customer's own
// words beside it make it an answer with an advert.
func TestPitchInsteadOfAnAnswer(t *testing.T) {
	for _, c := range []struct{ lang, post, pitch, plain string }{
		{"nl", "Na een paar minuten gebeld door mijn studieadviseur, mijn herkansing gaat door. Sorry voor de kut-tweet, en bedankt!",
			"Trouwens, wist je dat onze open dag op 14 maart is? Neem gerust je vrienden mee, er is gratis koffie! ^Eva",
			"Graag gedaan, fijn dat het gelukt is! ^Eva"},
		{"en", "My study adviser called me within minutes, my resit is on. Sorry for the rude tweet, and thanks!",
			"By the way, did you know our open day is on 14 March? Bring your friends, there's free coffee! ^Eva",
			"You're welcome, glad it worked out! ^Eva"},
	} {
		r := Default()
		ctx := Context{Language: c.lang, CustomerPost: c.post, CustomerMood: 0.6}
		a := r.Analyze(c.pitch, ctx)
		if !a.Has("pitch_instead") {
			t.Errorf("%q: want pitch_instead, got %v", c.pitch, ids(a))
		}
		if p := r.Analyze(c.plain, ctx); Overall(a) >= Overall(p) {
			t.Errorf("%q (%.1f) scores at least the plain thanks %q (%.1f)", c.pitch, Overall(a), c.plain, Overall(p))
		}
		thanks := map[string]string{"nl": "Bedankt! ", "en": "Thanks! "}[c.lang]
		if b := r.Analyze(thanks+c.pitch, ctx); !b.Has("pitch_instead") || Overall(b) >= Overall(r.Analyze(c.plain, ctx)) {
			t.Errorf("thanks and a pitch: want pitch_instead and below the plain thanks, got %.1f %v", Overall(b), ids(b))
		}
		own := map[string]string{"nl": "Fijn dat je herkansing doorgaat! ", "en": "Glad your resit is on! "}[c.lang]
		if b := r.Analyze(own+c.pitch, ctx); b.Has("pitch_instead") {
			t.Errorf("the customer's own words and a pitch: pitch_instead %v", ids(b))
		}
	}
}

// P11-13: calling someone else for the customer ("Ik bel nu zelf je
// studieadviseur") is a step, not a move of the conversation to the phone;
// calling the customer is, in Dutch as in English.
func TestCallingAThirdPartyIsNoMoveToPhone(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		move       bool
	}{
		{"nl", "Ik bel nu zelf je studieadviseur over je herkansing.", false},
		{"en", "I'm calling your study adviser myself now about your resit.", false},
		{"nl", "Ik bel de monteur nu.", false},
		{"nl", "Ik bel je vandaag voor 15:00.", true},
		{"en", "I'll call you today before 3pm.", true},
		{"nl", "Wij bellen u morgen.", true},
	} {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerMood: -0.5})
		if a.Has("move_private") != c.move {
			t.Errorf("%q: move_private %v, want %v (%v)", c.text, a.Has("move_private"), c.move, ids(a))
		}
	}
}

// The lead's R1: "van haar" (of hers) is no "van harte": a refund of her
// dinner shares no joy.
func TestOfHersIsNoCongratulation(t *testing.T) {
	a := Default().Analyze("Ik stort het bedrag van haar diner terug.", Context{Language: "nl", CustomerMood: -0.3})
	if a.Has("share_joy") {
		t.Errorf("share_joy found in a refund of her dinner: %v", ids(a))
	}
	if b := Default().Analyze("Van harte gefeliciteerd!", Context{Language: "nl", CustomerMood: 0.8}); !b.Has("share_joy") {
		t.Errorf("'Van harte gefeliciteerd!' shares no joy: %v", ids(b))
	}
}

// Playtest 13 (P13-1) and the lead's L4: to a customer who is pleased now,
// an apology for our misreading ("wij lazen te snel, excuus!") or for how
// long their trouble lasted ("Sorry it took a week") was read; it is no
// misplaced apology, in either language.
func TestApologyForAHarmTheCustomerHadIsNotMisplaced(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"nl", "Haha, wij lazen te snel, excuus! Er is dus niks mis: bedankt voor de foto en eet smakelijk. ^Mark"},
		{"en", "Haha, we read it too fast, sorry! Nothing wrong then: thanks for the photo and enjoy. ^Mark"},
		{"en", "Good news, thanks for letting me know! Sorry it took a week. Shout if it drops again. ^Jacob"},
		{"nl", "Goed nieuws, bedankt dat je het laat weten! Sorry dat het zo lang duurde. Laat het weten als het weer wegvalt. ^Jacob"},
	} {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerMood: 0.6, CustomerName: "Kevin"})
		if a.Has("misplaced_apology") || a.Has("misplaced_sympathy") {
			t.Errorf("%q: %v; the apology is for a harm the customer had", c.text, ids(a))
		}
	}
}
