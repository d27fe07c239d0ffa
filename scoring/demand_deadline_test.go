package scoring

import "testing"

// A time inside a threat, a demand or an advert is the customer's to meet,
// not a step the brand takes: "Onze advocaat heeft u vandaag een brief
// gestuurd", "Wij verzoeken u de beweringen vandaag te verwijderen",
// "Bestel vandaag nog!" (playtest 13, P13-23, P13-29). And calling the
// customer's words untrue, however formally, corrects the customer.
func TestADeadlineInAThreatOrDemandIsNoStep(t *testing.T) {
	r := Default()
	nl := Context{Language: "nl", CustomerPost: "Nieuwe keuken: werkblad scheef, drie weken te laat geplaatst en niemand belt terug. Nooit meer.", CustomerMood: -0.6, CustomerName: "Peter"}
	en := Context{Language: "en", CustomerPost: "New kitchen: the worktop is crooked, fitted three weeks late and nobody calls back. Never again.", CustomerMood: -0.6, CustomerName: "Peter"}
	for _, c := range []struct {
		ctx  Context
		text string
	}{
		{nl, "Onze advocaat heeft u vandaag een brief gestuurd met het verzoek de recensie te verwijderen."},
		{nl, "Wij verzoeken u de onjuiste beweringen vandaag te verwijderen, anders volgen juridische stappen."},
		{nl, "Wij verwachten dat u uw bericht voor vrijdag aanpast."},
		{nl, "Haal je tweet vandaag weg, anders blokkeren we je."},
		{nl, "Probeer onze nieuwe Truffel Deluxe. Bestel vandaag nog!"},
		{nl, "Nu 2 voor 1 met code PIZZA2, bestel vandaag nog!"},
		{en, "Our solicitor has sent you a letter today asking you to remove your review."},
		{en, "Remove these statements today or we will pass this to our lawyers."},
		{en, "We expect you to correct your post by Friday."},
		{en, "Try our new Truffle Supreme, now 2 for 1 with code PIZZA2, order today!"},
		{en, "Order now and get free delivery!"},
	} {
		a := r.Analyze(c.text, c.ctx)
		for _, id := range []string{"next_step", "concrete_time", "resolved"} {
			if a.Has(id) {
				t.Errorf("%q earns %s: %v", c.text, id, ids(a))
			}
		}
	}
	// The brand's own step with the same words of time stays a step.
	for _, c := range []struct {
		ctx  Context
		text string
	}{
		{nl, "Ik bestel vandaag een nieuw werkblad voor je en bel je morgen."},
		{nl, "Ik bel je vandaag, Peter."},
		{en, "I'll order a new worktop for you today."},
		{en, "Our fitter comes on Friday to put it right."},
	} {
		if a := r.Analyze(c.text, c.ctx); !a.Has("next_step") && !a.Has("resolved") {
			t.Errorf("%q: %v; want its step", c.text, ids(a))
		}
	}
	// The customer's claims called untrue are a correction of the customer.
	for _, c := range []struct {
		ctx  Context
		text string
	}{
		{nl, "Uw recensie bevat onjuiste en schadelijke beweringen over ons bedrijf."},
		{nl, "Deze beschuldigingen zijn onwaar."},
		{en, "Your review contains false and damaging statements about our company."},
		{en, "Your claims are incorrect."},
		{en, "These allegations are untrue."},
	} {
		if a := r.Analyze(c.text, c.ctx); !a.Has("deny") {
			t.Errorf("%q: %v; want deny", c.text, ids(a))
		}
	}
	// The brand's own wrong information is no correction of the customer.
	for _, c := range []struct {
		ctx  Context
		text string
	}{
		{nl, "Sorry Peter, we gaven je onjuiste informatie over de levertijd."},
		{en, "Sorry Peter, we gave you incorrect information about the delivery date."},
	} {
		if a := r.Analyze(c.text, c.ctx); a.Has("deny") {
			t.Errorf("%q: %v; the wrong information was ours", c.text, ids(a))
		}
	}
}

// A lawyer's letter ranks below a clumsy reply that owns part of the
// complaint (playtest 13, P13-23: the threat letter scored 21/15 with a
// "+17 concrete step" for "vandaag", above a partial apology).
func TestALegalThreatRanksBelowAPartialApology(t *testing.T) {
	r := Default()
	for _, c := range []struct {
		ctx             Context
		threat, partial string
	}{
		{Context{Language: "nl", CustomerPost: "Nieuwe keuken: werkblad scheef, drie weken te laat geplaatst en niemand belt terug. Nooit meer.", CustomerMood: -0.6, CustomerName: "Peter"},
			"Uw recensie bevat onjuiste en schadelijke beweringen over ons bedrijf. Onze advocaat heeft u vandaag een brief gestuurd met het verzoek deze te verwijderen. Doet u dat niet, dan volgen juridische stappen.",
			"Hoi Peter, het werkblad ligt volgens onze monteur binnen de norm. Maar dat we te laat waren en niet terugbelden had echt beter gemoeten. Sorry daarvoor. ^Sandra"},
		{Context{Language: "en", CustomerPost: "New kitchen: the worktop is crooked, fitted three weeks late and nobody calls back. Never again.", CustomerMood: -0.6, CustomerName: "Peter"},
			"Your review contains false and damaging statements about our company. Our solicitor has sent you a letter today asking you to remove it. If you don't, we will take legal action.",
			"Hi Peter, according to our fitter the worktop is within tolerance. But being late and not calling back should have been better. Sorry for that. ^Sandra"},
	} {
		threat, partial := r.Analyze(c.threat, c.ctx), r.Analyze(c.partial, c.ctx)
		if Overall(threat) >= Overall(partial) || threat.Deescalation >= partial.Deescalation {
			t.Errorf("threat %.1f (%v) ranks with the partial apology %.1f (%v)", Overall(threat), ids(threat), Overall(partial), ids(partial))
		}
	}
}
