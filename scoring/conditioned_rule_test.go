package scoring

import "testing"

// A rule about a class narrowed by a condition ("Appointments not
// cancelled 24 hours ahead are charged", "Afspraken die niet 24 uur
// vooraf zijn afgezegd, worden in rekening gebracht", "Orders placed after
// 10 pm ship the next day", "Wie later afzegt, betaalt") is a wall when
// the condition sets a limit: it cancels the sympathy before it, as
// "Retourneren kan alleen binnen 14 dagen" does (closing note 14).
func TestARuleForAClassNarrowedByAConditionIsAWall(t *testing.T) {
	r := Default()
	nl := Context{Language: "nl", CustomerPost: "Ik moest gisteren ziek afzeggen en krijg nu een rekening van 45 euro. Echt?", CustomerMood: -0.6, CustomerName: "Eva"}
	en := Context{Language: "en", CustomerPost: "I had to cancel yesterday because I was ill and now I get a bill for 45 euros. Really?", CustomerMood: -0.6, CustomerName: "Eva"}
	shopNL := Context{Language: "nl", CustomerPost: "Ik bestelde om 23 uur en het is nog steeds niet verzonden! Ik had het vandaag nodig", CustomerMood: -0.6, CustomerName: "Tom"}
	shopEN := Context{Language: "en", CustomerPost: "I ordered at 11pm and it still hasn't shipped! I needed it today", CustomerMood: -0.6, CustomerName: "Tom"}
	for _, c := range []struct {
		ctx        Context
		wall, step string
	}{
		{nl, "Wat vervelend, Eva. Afspraken die niet 24 uur vooraf zijn afgezegd, worden in rekening gebracht.", "Wat vervelend, Eva. Ik heb de rekening van 45 euro geschrapt."},
		{en, "How annoying, Eva. Appointments not cancelled 24 hours ahead are charged.", "How annoying, Eva. I've cancelled the 45 euro bill."},
		{en, "How annoying, Eva. Appointments that are not cancelled 24 hours in advance are charged in full.", "How annoying, Eva. I've cancelled the 45 euro bill."},
		{nl, "Wat vervelend, Eva. Niet tijdig afgezegde afspraken worden altijd gefactureerd.", "Wat vervelend, Eva. Ik heb de rekening van 45 euro geschrapt."},
		{nl, "Wat vervelend, Eva. Wie later dan 24 uur van tevoren afzegt, betaalt de volledige behandeling.", "Wat vervelend, Eva. Ik heb de rekening van 45 euro geschrapt."},
		{en, "How annoying, Eva. Anyone who cancels less than 24 hours ahead pays for the session.", "How annoying, Eva. I've cancelled the 45 euro bill."},
		{shopEN, "Sorry Tom, that's frustrating. Orders placed after 10 pm ship the next day.", "Sorry Tom, that's frustrating. I've upgraded your order to express, it arrives tomorrow."},
		{shopNL, "Sorry Tom, dat is frustrerend. Bestellingen die na 22 uur geplaatst worden, gaan de volgende dag de deur uit.", "Sorry Tom, dat is frustrerend. Ik heb je bestelling met spoed laten versturen, morgen is hij er."},
		{shopNL, "Sorry Tom, balen. Na 22:00 geplaatste bestellingen worden de volgende werkdag verzonden.", "Sorry Tom, balen. Ik heb je bestelling met spoed laten versturen, morgen is hij er."},
	} {
		wall, step := r.Analyze(c.wall, c.ctx), r.Analyze(c.step, c.ctx)
		if !wall.Has("refusal") || wall.Has("acknowledge_emotion") || wall.Has("apology") || wall.Has("restates_case") {
			t.Errorf("%q: %v; want a wall that cancels the sympathy", c.wall, ids(wall))
		}
		if Overall(wall) >= Overall(step)-20 {
			t.Errorf("%q (%.1f) ranks near %q (%.1f)", c.wall, Overall(wall), c.step, Overall(step))
		}
	}
	// A condition without a limit, a person in it, or sympathy is no wall.
	for _, c := range []struct {
		ctx  Context
		text string
	}{
		{shopEN, "Apologies that it took so long, Tom. I've upgraded your order to express."},
		{shopEN, "Parcels that we sent yesterday are delayed; yours arrives tomorrow."},
		{shopEN, "Orders which arrive damaged can be returned free of charge, I'll send you a label today."},
		{shopNL, "Pakketten die we gisteren verstuurden, hebben vertraging. De jouwe komt morgen."},
		{shopNL, "Wie had dat gedacht, Tom! Ik heb je bestelling met spoed laten versturen."},
	} {
		if a := r.Analyze(c.text, c.ctx); a.Has("refusal") {
			t.Errorf("%q: %v; no wall", c.text, ids(a))
		}
	}
	// The rule, then "but" and what the brand did instead, is a no with a
	// way forward: the fix counts (a Dutch verb before its subject too).
	for _, c := range []struct {
		ctx  Context
		text string
	}{
		{en, "Sorry Eva. Appointments not cancelled 24 hours ahead are normally charged, but as you were ill I've cancelled the bill."},
		{nl, "Sorry Eva. Afspraken die niet 24 uur vooraf zijn afgezegd, worden normaal doorberekend, maar omdat je ziek was heb ik de rekening geschrapt."},
	} {
		if a := r.Analyze(c.text, c.ctx); a.Has("refusal") || !a.Has("resolved") || !a.Has("apology") {
			t.Errorf("%q: %v; want the fix and the apology, no wall", c.text, ids(a))
		}
	}
}
