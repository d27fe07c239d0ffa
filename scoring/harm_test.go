package scoring

import "testing"

// noHarm is the answer to the lead's third question: "avoids correcting,
// blaming, brushing off or mocking?"
func noHarm(r *Rubric, a Analysis) string {
	for _, q := range r.Questions(a) {
		if q.ID == "no_harm" {
			return q.Answer
		}
	}
	return ""
}

// A suggestion that the brand enlist a named third party, in answer to a
// complaint, is a joke at that person's expense even without "haha" or a
// wink; a real suggestion to call the customer, or to ask a colleague, is
// not. Both languages.
func TestJokeAboutANamedThirdPartyWithoutALaugh(t *testing.T) {
	r := Default()
	posts := map[string]string{
		"nl": "@tmobile Alweer nauwelijks bereik in Fijnaart. Binnen kan ik niet eens bellen. Wat heb ik hier nog aan?",
		"en": "@tmobile Barely any signal in Fijnaart again. I can't even make a call indoors. What am I actually paying for?",
	}
	for _, c := range []struct {
		lang, reply string
		mocks       bool
	}{
		{"nl", "@usurpia Misschien moeten we Frans Bauer vragen wat harder te zingen in Fijnaart, zijn stembereik is groter dan onze dekking daar. ^Jacob", true},
		{"en", "@usurpia Maybe we should ask Frans Bauer to sing a bit louder in Fijnaart, his vocal range beats our coverage there. ^Jacob", true},
		{"nl", "@usurpia Zullen we Max Verstappen eens vragen een zendmast naar Fijnaart te rijden? ^Jacob", true},
		{"en", "@usurpia Perhaps we could hire Elon Musk to put a satellite over your street. ^Jacob", true},
		{"nl", "@usurpia Misschien kunnen we je morgen bellen om het samen uit te zoeken. ^Jacob", false},
		{"en", "@usurpia Maybe we could call you tomorrow to sort it out together. ^Jacob", false},
		{"nl", "@usurpia Misschien moeten we Pieter Bakker van onze technische dienst vragen even bij je te kijken. ^Jacob", false},
		{"en", "@usurpia Maybe we should ask Pete Baker, our engineer for your area, to check the mast. ^Jacob", false},
	} {
		a := r.Analyze(c.reply, Context{Language: c.lang, CustomerMood: -0.6, CustomerHandle: "usurpia", CustomerPost: posts[c.lang]})
		if got := a.Has("humour_at_expense"); got != c.mocks {
			t.Errorf("%s %q: joke at someone's expense %v, want %v (%s)", c.lang, c.reply, got, c.mocks, featureList(a))
		}
		if want := map[bool]string{true: "no", false: "yes"}[c.mocks]; noHarm(r, a) != want {
			t.Errorf("%s %q: 'avoids mocking?' says %s, want %s", c.lang, c.reply, noHarm(r, a), want)
		}
		if c.mocks && Overall(a) >= 30 {
			t.Errorf("%s %q scores %.0f overall, want below 30", c.lang, c.reply, Overall(a))
		}
	}
}

// A sales pitch is a template whichever word of the post it repeats: one
// shared word ("winkel", "store") does not clear it. It is not one where
// the customer spoke of the offer, or where the discount is the brand's
// step for this customer. Both languages.
func TestAPromotionSharingAWordIsStillCanned(t *testing.T) {
	r := Default()
	for _, c := range []struct {
		lang, post, reply string
		canned            bool
	}{
		{"nl", "Medewerker in jullie winkel in Utrecht zei dat ik moest stoppen met spuiten. Mijn insuline!",
			"Deze week krijg je in Utrecht 20% korting op alle tassen.", true},
		{"en", "A member of staff in your Utrecht store told me to stop injecting. My insulin!",
			"This week you get 20% off all bags in Utrecht.", true},
		{"nl", "Die 20% korting op tassen werkt niet aan de kassa in Utrecht, wat is dit?",
			"Klopt, de korting geldt deze week op alle tassen; ik zet het vandaag bij de kassa in Utrecht recht.", false},
		{"en", "That 20% discount on bags doesn't work at the till in Utrecht, what is this?",
			"You're right, the discount applies to all bags this week; I'll have the Utrecht till fixed today.", false},
		{"nl", "Medewerker in jullie winkel in Utrecht zei dat ik moest stoppen met spuiten. Mijn insuline!",
			"Dat had nooit mogen gebeuren in onze winkel. Ik heb €25 korting op je account gezet en spreek de medewerker vandaag.", false},
		{"en", "A member of staff in your Utrecht store told me to stop injecting. My insulin!",
			"That should never have happened in our store. I've put a €25 discount on your account and I'm speaking to the staff member today.", false},
	} {
		a := r.Analyze(c.reply, Context{Language: c.lang, CustomerMood: -0.7, CustomerPost: c.post})
		if a.Has("canned") != c.canned {
			t.Errorf("%s %q: canned %v, want %v (%s)", c.lang, c.reply, a.Has("canned"), c.canned, featureList(a))
		}
	}
}

// Waving a worried customer's concern away ("geen paniek", "happens all
// the time", "nobody's forcing you to stay") and doubting that they did
// their part ("heb je je standen wel doorgegeven?") fail "avoids brushing
// off and blaming?"; a plain reply that checks and fixes passes. Both
// languages, and the brush-off ranks below the plain reply.
func TestWavingAWorryAwayIsHarm(t *testing.T) {
	r := Default()
	for _, c := range []struct {
		lang, post, harm, plain string
	}{
		{"nl", "Er staat twee keer €250 afgeschreven in de app! Wat is dit?",
			"Rustig aan Mo, niet meteen in paniek. Dubbele regels zijn meestal gewoon een reservering die vanzelf verdwijnt.",
			"Er is één keer €250 afgeschreven, Mo: de dubbele regel is een weergavefout van de app en verdwijnt vanavond."},
		{"en", "Two charges of £250 showing in the app! What is this?",
			"Easy Mo, don't panic. Double lines are usually just a reservation that disappears by itself.",
			"Only one £250 payment has left your account, Mo: the double line is a display error in the app and goes tonight."},
		{"nl", "Bruin water uit de kraan en ik moet flesjes maken voor de baby.",
			"Geen paniek! Het is gewoon wat bezinksel, dat gebeurt wel vaker. Helemaal veilig.",
			"Gebruik het niet voor de flesjes tot het helder is. Het is bezinksel van een gesprongen leiding; we spoelen vandaag en er staat flessenwater voor je klaar bij het buurthuis."},
		{"en", "Brown water from the tap and I need to make up the baby's bottles.",
			"Don't panic! It's just a bit of sediment, happens all the time. Totally safe.",
			"Don't use it for the bottles until it runs clear. It's sediment from a burst main; we're flushing today and bottled water is waiting for you at the community centre."},
		{"nl", "Weer duurder en nu ook nog reclame. Waarom betaal ik jullie eigenlijk?",
			"Niemand houdt je tegen, Lewis.",
			"Duurder en dan ook nog reclame, Lewis: ik zet je vandaag op het abonnement zonder reclame, voor je oude prijs."},
		{"en", "More expensive again and now adverts too. Why am I even paying you?",
			"Nobody's forcing you to stay, Lewis.",
			"More expensive and adverts on top, Lewis: I'm moving you today to the plan without adverts, at your old price."},
		{"nl", "Ik geef elke maand mijn meterstanden door en toch krijg ik een schatting. Nu moet ik €400 bijbetalen!",
			"Hoi Anja, heb je je meterstanden wel doorgegeven? Stuur ze even in een DM.",
			"Je geeft elke maand je meterstanden door en kreeg toch een schatting, Anja: dat is bij ons misgegaan. Ik heb de incasso van €400 gestopt en stuur je deze week een nieuwe afrekening."},
		{"en", "I send my meter readings every month and still get an estimate. Now I owe £400!",
			"Hi Anja, did you actually submit your meter readings? Just DM them to us.",
			"You send your meter readings every month and still got an estimate, Anja: that went wrong on our side. I've stopped the £400 collection and will send you a new bill this week."},
	} {
		ctx := Context{Language: c.lang, CustomerMood: -0.7, CustomerPost: c.post}
		h, p := r.Analyze(c.harm, ctx), r.Analyze(c.plain, ctx)
		if noHarm(r, h) != "no" {
			t.Errorf("%s %q: 'avoids brushing off?' says %s (%s)", c.lang, c.harm, noHarm(r, h), featureList(h))
		}
		if noHarm(r, p) != "yes" {
			t.Errorf("%s %q: 'avoids brushing off?' says %s (%s)", c.lang, c.plain, noHarm(r, p), featureList(p))
		}
		if Overall(h) >= Overall(p) {
			t.Errorf("%s: the brush-off scores %.0f, the plain reply %.0f", c.lang, Overall(h), Overall(p))
		}
	}
}

// A no followed by what the brand does instead ("Omruilen lukt niet, maar
// ik breng je vandaag een leentoestel": the refusal's own tip) is no wall:
// the step after it counts and "avoids brushing off?" says yes. A no
// followed by a referral, or a refused apology, stays a wall. Both
// languages.
func TestANoWithAnAlternativeIsNoWall(t *testing.T) {
	r := Default()
	for _, c := range []struct {
		lang, post, reply string
		wall              bool
	}{
		{"nl", "Mijn telefoon is na twee weken kapot. Ik wil een nieuwe!", "Omruilen lukt helaas niet, maar ik breng je vandaag een leentoestel.", false},
		{"en", "My phone broke after two weeks. I want a new one!", "Unfortunately we can't swap it, but I'm bringing you a loan phone today.", false},
		{"nl", "Ik kreeg €640 aan roaming in Zwitserland, hoe kan dat?", "Zwitserland valt niet onder de EU-bundel, maar ik heb de kosten teruggebracht naar €15.", false},
		{"en", "I got €640 in roaming charges in Switzerland, how is that possible?", "Unfortunately Switzerland isn't covered by the EU bundle, but I've brought the charge down to €15.", false},
		{"nl", "Mijn telefoon is na twee weken kapot. Ik wil een nieuwe!", "Omruilen lukt helaas niet, maar je kunt een klacht indienen via het formulier.", true},
		{"en", "My phone broke after two weeks. I want a new one!", "Unfortunately we can't swap it, but you can file a complaint via the form.", true},
		{"en", "I cancelled and you charged me £99 anyway. I want an apology.", "We're not in a position to apologise for a renewal set up on your account, but we can look at a refund.", true},
	} {
		a := r.Analyze(c.reply, Context{Language: c.lang, CustomerMood: -0.6, CustomerPost: c.post})
		if got := noHarm(r, a) == "no"; got != c.wall {
			t.Errorf("%s %q: a wall %v, want %v (%s)", c.lang, c.reply, got, c.wall, featureList(a))
		}
		if !c.wall && a.Has("no_way_forward") {
			t.Errorf("%s %q: the step after the no does not count (%s)", c.lang, c.reply, featureList(a))
		}
	}
}

// "Dat klopt niet" followed by the fix reported done agrees that the
// situation is wrong: it is no correction of the customer. Without the fix
// it still is. Both languages.
func TestThatIsNotRightBesideAFixIsNoBlame(t *testing.T) {
	r := Default()
	for _, c := range []struct {
		lang, post, reply string
		blame             bool
	}{
		{"nl", "Ik betaal voor zonder reclame en krijg toch reclame. Hoe zit dat?",
			"Dat klopt niet, Lotte. Sinds de update van dinsdag kregen sommige abonnees toch reclame. Dat is vanochtend opgelost.", false},
		{"en", "I pay for no adverts and still get adverts. What's going on?",
			"That's not right, Lotte. Since Tuesday's update some subscribers without adverts got adverts anyway. That has been fixed this morning.", false},
		{"nl", "Ik betaal voor zonder reclame en krijg toch reclame. Hoe zit dat?",
			"Dat klopt niet, Lotte. Je abonnement heeft gewoon reclame.", true},
		{"en", "I pay for no adverts and still get adverts. What's going on?",
			"That's not right, Lotte. Your plan simply includes adverts.", true},
	} {
		a := r.Analyze(c.reply, Context{Language: c.lang, CustomerMood: -0.5, CustomerName: "Lotte", CustomerPost: c.post})
		if a.Has("blame_customer") != c.blame {
			t.Errorf("%s %q: blame %v, want %v (%s)", c.lang, c.reply, a.Has("blame_customer"), c.blame, featureList(a))
		}
	}
}

// A joke at a named person's expense told of nobody ("at least nobody had
// to hear …"), or naming someone with the small words of a Dutch surname,
// is still a joke at that person's expense; a short name is not the case's
// own word because it stands inside one of the post's words ("Ed" in
// "cancelled"). "At least nobody was hurt" names no one. The bright side of
// the customer's trouble waves it away. Both languages.
func TestAJokeToldOfNobodyIsStillAtTheNamedPersonsExpense(t *testing.T) {
	r := Default()
	posts := map[string]string{
		"nl": "@NS Mijn trein is alweer geannuleerd en ik heb de musical van mijn zoon gemist.",
		"en": "@SouthernRail My train was cancelled again and I missed my daughter's school play.",
	}
	for _, c := range []struct {
		lang, reply      string
		mocks, belittles bool
	}{
		{"en", "Sorry! At least nobody had to hear Ed Sheeran's hits on the recorder then :) ^Owen", true, false},
		{"nl", "Sorry! Gelukkig hoefde niemand naar Johan Derksen te kijken. ^Bas", true, false},
		{"nl", "Sorry! Dan hoefde Janny van der Heijden het tenminste niet te keuren. ^Bas", true, false},
		{"en", "Sorry about that! Look on the bright side: two hours of recorders saved. ^Owen", false, true},
		{"nl", "Vervelend! Zie het van de zonnige kant: twee uur blokfluit bespaard. ^Bas", false, true},
		{"en", "Sorry! At least nobody was hurt when the train stopped. I've refunded your ticket. ^Owen", false, false},
		{"nl", "Sorry! Gelukkig is er niemand gewond geraakt. Ik heb je kaartje terugbetaald. ^Bas", false, false},
	} {
		a := r.Analyze(c.reply, Context{Language: c.lang, CustomerMood: -0.7, CustomerPost: posts[c.lang]})
		if got := a.Has("humour_at_expense"); got != c.mocks {
			t.Errorf("%s %q: joke at someone's expense %v, want %v (%s)", c.lang, c.reply, got, c.mocks, featureList(a))
		}
		if got := a.Has("belittle"); got != c.belittles {
			t.Errorf("%s %q: waves the trouble away %v, want %v (%s)", c.lang, c.reply, got, c.belittles, featureList(a))
		}
	}
}
