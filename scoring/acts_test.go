package scoring

import "testing"

// A step said in the reply's own words, with a verb no step pattern
// lists, is a way forward: the reply is not "no way forward", and the
// sympathy beside it is not hollow. Feeling, hoping, passing on, a
// negated act or the past told as what went wrong are no act.
func TestOwnWordsStepIsAWayForward(t *testing.T) {
	r := Default()
	for _, c := range []struct{ lang, post, plain, warm, hollow string }{
		{"nl", "@energie Ineens €180 terugleverkosten op mijn jaarafrekening. Nergens aangekondigd!",
			"Omdat je niet goed bent geïnformeerd draaien we ze voor dit jaar terug.",
			"Wat vervelend, Wim. Omdat je niet goed bent geïnformeerd draaien we ze voor dit jaar terug.",
			"Wat vervelend, Wim. We begrijpen je frustratie helemaal en leven met je mee."},
		{"en", "@energy Suddenly £180 export charges on my annual bill. Never announced!",
			"As nobody told you properly, we knock them off your account for this year.",
			"How annoying, Wim. As nobody told you properly, we knock them off your account for this year.",
			"How annoying, Wim. We completely understand your frustration and we feel for you."},
	} {
		ctx := Context{Language: c.lang, CustomerPost: c.post, CustomerName: "Wim", CustomerMood: -0.6}
		plain, warm, hollow := r.Analyze(c.plain, ctx), r.Analyze(c.warm, ctx), r.Analyze(c.hollow, ctx)
		if !plain.Has("brand_acts") || plain.Has("no_way_forward") {
			t.Errorf("%s: a step in the reply's own words is not read as one: %s", c.lang, featureList(plain))
		}
		if Overall(plain) <= Overall(hollow) || Overall(warm) <= Overall(hollow) {
			t.Errorf("%s: plain %.0f, warm %.0f, hollow %.0f: the act must beat the sympathy alone", c.lang, Overall(plain), Overall(warm), Overall(hollow))
		}
		if len(warm.Discounts) > 0 {
			t.Errorf("%s: sympathy beside the brand's own act is discounted: %+v", c.lang, warm.Discounts)
		}
	}
	for _, c := range []struct{ lang, reply string }{
		{"nl", "We begrijpen je helemaal en nemen het mee."},
		{"nl", "We hebben het protocol gevolgd."},
		{"nl", "Wij kunnen daar niets aan veranderen."},
		{"nl", "Ik gebruikte je oude adres, sorry."},
		{"en", "We completely understand and we'll pass it on."},
		{"en", "We charged you the standard fee."},
		{"en", "We can't change that."},
		{"en", "We have followed the procedure."},
	} {
		if a := r.Analyze(c.reply, Context{Language: c.lang, CustomerMood: -0.6}); a.Has("brand_acts") {
			t.Errorf("%s %q is read as an act: %s", c.lang, c.reply, featureList(a))
		}
	}
}

// A step hedged with "denk ik" or "maybe" is no step the customer can hold
// the brand to, even with a time beside it; the same step said plainly is.
func TestHedgedStepIsNoStep(t *testing.T) {
	r := Default()
	for _, c := range []struct{ lang, sure, hedged string }{
		{"nl", "Sorry Bram! Ik vraag het morgen na bij de opleiding.", "Sorry Bram! Ik kan het morgen navragen denk ik."},
		{"en", "Sorry Bram! I'll ask the department tomorrow.", "Sorry Bram! I could ask the department tomorrow, maybe."},
	} {
		ctx := Context{Language: c.lang, CustomerName: "Bram", CustomerMood: -0.5}
		sure, hedged := r.Analyze(c.sure, ctx), r.Analyze(c.hedged, ctx)
		if !hedged.Has("hedge") || Overall(hedged) >= Overall(sure)-10 {
			t.Errorf("%s: hedged %.0f (%s), sure %.0f (%s)", c.lang, Overall(hedged), featureList(hedged), Overall(sure), featureList(sure))
		}
	}
}

// "Dat klopt niet" contradicts the customer, unless the reply owns the
// fault: then it agrees the situation is wrong. Telling the customer what
// a place is "not meant for" corrects them.
func TestContradictionAndCorrection(t *testing.T) {
	r := Default()
	for _, c := range []struct {
		lang, reply string
		fault       bool
	}{
		{"nl", "Dat klopt niet, Lotte. Foutje aan onze kant sinds de update; het is vanochtend opgelost.", false},
		{"en", "That's not right, Lotte. Our mistake since the update; it was fixed this morning.", false},
		{"nl", "Dat klopt niet, Lotte. Je abonnement heeft gewoon reclame.", true},
		{"en", "That's not right, Lotte. Your plan simply includes ads.", true},
		{"en", "Sorry to hear that. Fitting rooms are not meant for medical procedures.", true},
		{"nl", "Vervelend. Paskamers zijn niet bedoeld voor medische handelingen.", true},
	} {
		a := r.Analyze(c.reply, Context{Language: c.lang, CustomerName: "Lotte", CustomerMood: -0.5})
		fault := a.Has("blame_customer")
		if fault != c.fault || (c.fault && a.Deescalation > 50) {
			t.Errorf("%s %q: fault %v, want %v (de-escalation %.0f; %s)", c.lang, c.reply, fault, c.fault, a.Deescalation, featureList(a))
		}
	}
}

// Praising the depth of a post of a few words is irony, with or without a
// marker; praising a long post's detail is not. A plug in a reply to praise
// ("Did you know we are hiring?") is no invitation and no step.
func TestIronicPraiseAndPlugs(t *testing.T) {
	r := Default()
	short := "kut universiteit"
	long := "Ik heb drie weken gewacht op mijn cijfer, twee keer gemaild naar de examencommissie, één keer gebeld en nog steeds niets gehoord, terwijl mijn aanvraag voor de master vrijdag moet worden ingediend en ik dat cijfer daarvoor echt nodig heb."
	for _, c := range []struct{ lang, reply string }{
		{"nl", "Wat een diepgaande analyse, Bram. Twee hele woorden. Wat kunnen we voor je doen?"},
		{"en", "What an in-depth analysis, Bram. A whole two words. What can we do for you?"},
	} {
		mocked := r.Analyze(c.reply, Context{Language: c.lang, CustomerPost: short, CustomerName: "Bram", CustomerMood: -0.7})
		if !mocked.Has("ironic_praise") || Overall(mocked) > 30 {
			t.Errorf("%s: irony to a two-word post scores %.0f (%s)", c.lang, Overall(mocked), featureList(mocked))
		}
	}
	earnest := r.Analyze("Wat een uitgebreide uitleg, Bram, dank je. Ik bel de examencommissie vandaag.",
		Context{Language: "nl", CustomerPost: long, CustomerName: "Bram", CustomerMood: -0.5})
	if earnest.Has("ironic_praise") {
		t.Errorf("praise of a long post's detail is read as irony: %s", featureList(earnest))
	}
	for _, c := range []struct{ lang, plain, plug string }{
		{"en", "Thanks so much, glad you liked it!", "Thanks so much, glad you liked it! Did you know we are hiring? Come work with us tonight!"},
		{"nl", "Dank je wel, leuk dat het smaakte!", "Dank je wel, leuk dat het smaakte! Wist je dat we nieuwe collega's zoeken? Kom vanavond bij ons werken!"},
	} {
		ctx := Context{Language: c.lang, CustomerPost: "Best pizza ever! / Beste pizza ooit!", CustomerMood: 0.8}
		plain, plug := r.Analyze(c.plain, ctx), r.Analyze(c.plug, ctx)
		if !plug.Has("self_promotion") || plug.Has("invite_dialogue") || plug.Has("resolved") || Overall(plug) >= Overall(plain) {
			t.Errorf("%s: the plug scores %.0f (%s), the plain thanks %.0f", c.lang, Overall(plug), featureList(plug), Overall(plain))
		}
	}
}
