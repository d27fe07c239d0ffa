package scoring

import "testing"

// A bare claim that it is done ("Geregeld.", "Sorted!") says nothing the
// customer can check and is no step; with what was done beside it, it is
// (playtest 13, P13-15). A time of what the customer is told to do is no
// step either ("Volgende keer graag meteen het contactformulier
// gebruiken").
func TestABareDoneIsNoStep(t *testing.T) {
	r := Default()
	nl := Context{Language: "nl", CustomerPost: "Al twee keer gemaild en gebeld, en nog steeds staat mijn abonnement dubbel afgeschreven.", CustomerMood: -0.4, CustomerName: "Dorien"}
	en := Context{Language: "en", CustomerPost: "Emailed twice and called, and I'm still being charged twice for my subscription.", CustomerMood: -0.4, CustomerName: "Dorien"}
	for _, c := range []struct {
		ctx  Context
		text string
	}{
		{nl, "Geregeld."},
		{nl, "Is geregeld!"},
		{nl, "Het is inmiddels opgelost."},
		{nl, "Geregeld. Volgende keer graag meteen het contactformulier gebruiken, dan gaat het sneller."},
		{en, "Sorted."},
		{en, "All sorted!"},
		{en, "It's been sorted."},
		{en, "Done. Next time please use the contact form straight away."},
	} {
		a := r.Analyze(c.text, c.ctx)
		for _, id := range []string{"next_step", "resolved"} {
			if a.Has(id) {
				t.Errorf("%q earns %s: %v", c.text, id, ids(a))
			}
		}
	}
	for _, c := range []struct {
		ctx  Context
		text string
	}{
		{nl, "Geregeld: de dubbele afschrijving is teruggeboekt."},
		{nl, "Geregeld, Dorien: de poster hangt niet meer."},
		{nl, "Geregeld. De dubbele afschrijving staat maandag weer op je rekening."},
		{en, "Sorted: the double charge has been refunded."},
		{en, "Sorted, Dorien: the poster is down."},
	} {
		if a := r.Analyze(c.text, c.ctx); !a.Has("next_step") && !a.Has("resolved") {
			t.Errorf("%q: %v; it says what was done", c.text, ids(a))
		}
	}
}

// A call the agent makes now, to someone who can help, is a step that
// waits on nothing: the sorry beside it keeps its points even when the
// reply also asks for a number (playtest 13, P13-27: "ik bel haar nu
// zelf" earned nothing and the sorry was discounted as waiting on
// details).
func TestACallMadeNowIsAStepThatWaitsOnNothing(t *testing.T) {
	r := Default()
	for _, c := range []struct {
		ctx             Context
		now, onlyNumber string
	}{
		{Context{Language: "nl", CustomerPost: "Al de hele ochtend probeer ik mijn studieadviseur te bellen, niemand neemt op.", CustomerMood: -0.7, CustomerName: "Bram"},
			"Sorry Bram, dat is balen. Je adviseur neemt niet op: ik bel haar nu zelf. Stuur je me via DM je studentnummer? Dan kijk ik ook naar je herkansing. ^Eva",
			"Sorry Bram, dat is balen. Stuur je me via DM je studentnummer? Dan kijk ik naar je herkansing. ^Eva"},
		{Context{Language: "en", CustomerPost: "I've been trying to call my study adviser all morning, nobody picks up.", CustomerMood: -0.7, CustomerName: "Bram"},
			"Sorry Bram, that's rubbish. Your adviser isn't picking up: I'll call her myself now. DM me your student number and I'll look at your resit too. ^Eva",
			"Sorry Bram, that's rubbish. DM me your student number and I'll look at your resit. ^Eva"},
	} {
		a, b := r.Analyze(c.now, c.ctx), r.Analyze(c.onlyNumber, c.ctx)
		if !a.Has("next_step") {
			t.Errorf("%q: %v; the call is a step", c.now, ids(a))
		}
		for _, d := range a.Discounts {
			if d.ID == "apology" {
				t.Errorf("%q: the sorry is discounted (%s), though the call waits on nothing", c.now, d.Note)
			}
		}
		if Overall(a) <= Overall(b) {
			t.Errorf("%q (%.1f) does not rank above %q (%.1f)", c.now, Overall(a), c.onlyNumber, Overall(b))
		}
	}
	for _, c := range []struct{ lang, text string }{{"nl", "Ik bel haar nu zelf."}, {"nl", "Ik bel de monteur nu meteen."}, {"en", "I'll call her myself now."}} {
		if a := r.Analyze(c.text, Context{Language: c.lang, CustomerMood: -0.5}); !a.Has("next_step") {
			t.Errorf("%q: %v; want a step", c.text, ids(a))
		}
	}
}
