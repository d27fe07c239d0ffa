package scoring

import "testing"

// A newcomer typed, in the Zitcomfort case, "Unfortunately this is out of
// our hands; we've passed it on to our delivery partner": English read a
// plain hand-off (75/79 with a sorry), Dutch "Helaas ligt dit buiten onze
// macht" a wall (29/20). The case said to be out of the brand's hands, or
// a matter for a courier or a manufacturer, is a wall in both languages:
// it takes back the sorry before it, and the other party's "they'll be in
// touch" is no step of the brand's (groups nl73/en73).
func TestACaseOutOfOurHandsIsAWallInBothLanguages(t *testing.T) {
	posts := map[string]string{
		"nl": "Twee weken gewacht op mijn eettafel, bezorger zet hem met een gebroken poot voor de deur en rijdt weg. Wie gaat dit oplossen?",
		"en": "Waited two weeks for my dining table, the driver left it outside with a snapped leg and drove off. Who is going to fix this?",
	}
	for _, c := range []struct{ lang, text string }{
		{"nl", "Sorry Femke, de schade ligt buiten onze macht. Onze vervoerder neemt morgen contact met je op. ^Jesse"},
		{"nl", "Sorry Femke, dit ligt niet bij ons. Onze vervoerder neemt morgen contact met je op. ^Jesse"},
		{"nl", "Sorry Femke, dit is echt een zaak voor de vervoerder. Die neemt morgen contact met je op. ^Jesse"},
		{"en", "Sorry Femke, the damage is out of our hands. Our courier will be in touch tomorrow. ^Jesse"},
		{"en", "Sorry Femke, this is beyond our control. Our courier will be in touch tomorrow. ^Jesse"},
		{"en", "Sorry Femke, this really is a matter for the courier. They'll be in touch tomorrow. ^Jesse"},
	} {
		ctx := Context{Language: c.lang, CustomerPost: posts[c.lang], CustomerName: "Femke", CustomerMood: -0.7}
		a := Default().Analyze(c.text, ctx)
		if !a.Has("refusal") || a.Has("apology") {
			t.Errorf("%q: want a wall that takes the sorry back; got %v", c.text, ids(a))
		}
		if Overall(a) >= 50 {
			t.Errorf("%q scores %.1f: a hand-off out of the brand's hands passes", c.text, Overall(a))
		}
	}
}

// Sanoma, English: "Apologies for the confusion… this is standard
// procedure" kept its apology and scored well. A wall of procedure after
// sympathy cancels it whatever the procedure is called, in both
// languages; "that's not our usual process" owns the slip and is no wall
// (groups nl74/en74).
func TestProcedureAfterSympathyIsAWall(t *testing.T) {
	posts := map[string]string{
		"nl": "Ik schreef AL gebeld, niet VEEL gebeld. En ja, ik heb twee keer gemaild, dat staat er ook. Lezen is ook een vak.",
		"en": "I wrote ALREADY called, not called A LOT. And yes, I emailed twice, it says so too. Reading is a skill as well.",
	}
	for _, c := range []struct{ lang, text string }{
		{"nl", "Excuses voor de verwarring, Dorien. Ik begrijp je frustratie, dit is nu eenmaal de standaardprocedure. DM me en ik kijk ernaar. ^Lotte"},
		{"nl", "Sorry voor de verwarring, Dorien! Eerst mailen is de standaardprocedure. Stuur me je klantnummer via DM. ^Lotte"},
		{"nl", "Ik snap je frustratie, Dorien. Dit is onze vaste werkwijze: eerst een mail, dan bellen we. DM me je klantnummer. ^Lotte"},
		{"en", "Apologies for the confusion, Dorien. I understand your frustration, this is standard procedure. DM me and I'll look into it. ^Lotte"},
		{"en", "Sorry for the confusion, Dorien! Asking for an email first is standard procedure. DM me your customer number. ^Lotte"},
		{"en", "I understand your frustration, Dorien. That's our usual process: an email first, then we call. DM me your customer number. ^Lotte"},
	} {
		ctx := Context{Language: c.lang, CustomerPost: posts[c.lang], CustomerName: "Dorien", CustomerMood: -0.6}
		a := Default().Analyze(c.text, ctx)
		if !a.Has("refusal") || a.Has("apology") || a.Has("acknowledge_emotion") {
			t.Errorf("%q: want a wall that cancels the sympathy; got %v", c.text, ids(a))
		}
	}
	for _, c := range []struct{ lang, text string }{
		{"nl", "Sorry Dorien, dit is niet onze gewone werkwijze. Ik bel je vandaag. ^Lotte"},
		{"en", "Sorry Dorien, that's not our normal process at all. I'll call you today. ^Lotte"},
	} {
		ctx := Context{Language: c.lang, CustomerPost: posts[c.lang], CustomerName: "Dorien", CustomerMood: -0.6}
		if a := Default().Analyze(c.text, ctx); a.Has("refusal") {
			t.Errorf("%q: owning the slip is read as a wall; got %v", c.text, ids(a))
		}
	}
}

// Zitcomfort: "We've reported your review to Facebook" (and "we hebben je
// review gemeld bij Facebook") was read as the fix done, 64/88. Reporting
// the customer's own post to the platform solves nothing for them; it is
// a try at having the complaint taken away, a silencing like removing it.
// The brand reporting a fake account that cheated the customer helps
// (groups nl74/en74).
func TestReportingTheCustomersPostToThePlatformIsNoFix(t *testing.T) {
	posts := map[string]string{
		"nl": "Zes weken gewacht op mijn bank, komt hij beschadigd binnen. Drie mails gestuurd, geen antwoord. Koop hier niet!",
		"en": "Waited six weeks for my sofa, and it arrives damaged. Sent three emails, no answer. Don't buy here!",
	}
	vague := map[string]string{"nl": "Beste Marieke, we nemen contact met je op.", "en": "Dear Marieke, we will contact you."}
	for _, c := range []struct{ lang, text string }{
		{"nl", "We hebben je review gemeld bij Facebook."},
		{"nl", "Sorry Marieke. We hebben je bericht bij Facebook gemeld, omdat het niet over de actie gaat. ^Joyce"},
		{"nl", "Sorry Marieke, we melden je reactie bij Facebook. ^Joyce"},
		{"en", "We've reported your review to Facebook."},
		{"en", "Sorry Marieke. We've flagged your post to Facebook as it isn't about the sale. ^Joyce"},
		{"en", "Sorry Marieke, your comment has been reported to Facebook. ^Joyce"},
	} {
		ctx := Context{Language: c.lang, CustomerPost: posts[c.lang], CustomerName: "Marieke", CustomerMood: -0.7}
		a, left := Default().Analyze(c.text, ctx), Default().Analyze(vague[c.lang], ctx)
		if a.Has("resolved") || !a.Has("threaten_customer") {
			t.Errorf("%q: want a silencing and no fix done; got %v", c.text, ids(a))
		}
		if Overall(a) >= Overall(left) {
			t.Errorf("%q scores %.1f, not below a vague reply that leaves the complaint up (%.1f)", c.text, Overall(a), Overall(left))
		}
	}
	scam := map[string]string{
		"nl": "Via jullie Instagram-account een fiets gekocht, €450 overgemaakt en nu reageert niemand meer.",
		"en": "Bought a bike through your Instagram account, transferred £450 and now nobody answers.",
	}
	for _, c := range []struct{ lang, text string }{
		{"nl", "Dat account is niet van ons, Wim, het is nep. We hebben het vanochtend bij Instagram gemeld en ik bel je vandaag over je bank. ^Ilse"},
		{"en", "That account isn't ours, Will, it's a fake. We reported it to Instagram this morning and I'll call you today about your bank. ^Ellie"},
	} {
		ctx := Context{Language: c.lang, CustomerPost: scam[c.lang], CustomerName: "Wim", CustomerMood: -0.7}
		if a := Default().Analyze(c.text, ctx); a.Has("threaten_customer") || a.Has("act_against_customer") {
			t.Errorf("%q: reporting a fake account is read as silencing the customer; got %v", c.text, ids(a))
		}
	}
}

// The courier's "they'll be in touch" is no step the customer can hold
// anyone to, as Dutch "die neemt contact met je op" is none: a hand-off
// beside it stays an evasion in both languages (groups nl73/en73).
func TestTheirPromiseToBeInTouchIsVagueInBothLanguages(t *testing.T) {
	posts := map[string]string{
		"nl": "Twee weken gewacht op mijn eettafel, bezorger zet hem met een gebroken poot voor de deur en rijdt weg.",
		"en": "Waited two weeks for my dining table, the driver left it outside with a snapped leg and drove off.",
	}
	for _, c := range []struct{ lang, text string }{
		{"nl", "Vervelend! We hebben het doorgezet naar onze vervoerder. Die neemt contact met je op."},
		{"en", "Oh no! We've passed this on to our courier. They'll be in touch."},
		{"en", "Sorry! We've passed this on to our courier. You'll hear from them."},
	} {
		ctx := Context{Language: c.lang, CustomerPost: posts[c.lang], CustomerName: "Olivia", CustomerMood: -0.7}
		a := Default().Analyze(c.text, ctx)
		if a.Has("next_step") || !a.Has("evasion") {
			t.Errorf("%q: want an evasion and no step; got %v", c.text, ids(a))
		}
	}
}

// Sanoma, typed in English: "Apologies for the confusion, Dorien. I know
// it's frustrating, but we do need an email first" kept its sympathy
// (95/94), while Dutch "ik snap dat het frustrerend is, maar" takes it
// back (39/45). Knowing or realising how it feels, then "but"/"maar", takes
// the sympathy back in both languages, as understanding it does.
func TestKnowingItIsFrustratingThenButTakesItBack(t *testing.T) {
	posts := map[string]string{
		"nl": "Ik schreef AL gebeld, niet VEEL gebeld. En ja, ik heb twee keer gemaild, dat staat er ook.",
		"en": "I wrote ALREADY called, not called A LOT. And yes, I emailed twice, it says so too.",
	}
	for _, c := range []struct{ lang, text string }{
		{"nl", "Excuses voor de verwarring, Dorien. Ik weet dat het frustrerend is, maar we hebben echt eerst een mail nodig. DM me. ^Lotte"},
		{"nl", "Sorry Dorien, ik realiseer me dat het vervelend is, maar eerst mailen blijft nodig. DM me. ^Lotte"},
		{"en", "Apologies for the confusion, Dorien. I know it's frustrating, but we do need an email first. DM me. ^Lotte"},
		{"en", "Sorry Dorien, I realise it's annoying, but an email first is still needed. DM me. ^Lotte"},
	} {
		ctx := Context{Language: c.lang, CustomerPost: posts[c.lang], CustomerName: "Dorien", CustomerMood: -0.6}
		a := Default().Analyze(c.text, ctx)
		if !a.Has("apology_withdrawn") || a.Has("apology") || Overall(a) >= 60 {
			t.Errorf("%q: want the sympathy taken back by the 'but'; got %.1f, %v", c.text, Overall(a), ids(a))
		}
	}
}
