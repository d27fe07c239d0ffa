package session

import (
	"testing"

	"github.com/webcaresim/webcaresim/game/crowd"
)

// TestAgainstYouIsTheCaseOnly: beside the meter "against you" counts the
// posts and shares heat counts against the brand, those about the case.
// Sanoma's good ending (playtest 20, P20-1: Dorien thanking the brand,
// "Calm", heat 0) read "68% against you": 17 of the round's 25 reactions
// were negative, but most were other customers' own complaints and the
// brand's everyday grumbles, which the meter leaves out.
func TestAgainstYouIsTheCaseOnly(t *testing.T) {
	sc := builtin(t, "sanoma-juf", "nl")
	steps := []Step{
		{At: 11.13, Text: "@dorien_deboef Klopt, je schreef 'al gebeld', dat las ik fout. Twee mails en een telefoontje zonder resultaat is echt te veel. Ik zoek je abonnement nu zelf op; stuur je je postcode en huisnummer via DM? Dan bel ik je voor 14:00 terug. ^Lotte"},
		{At: 23.68, Text: "@dorien_deboef Fijn dat we het konden oplossen. Het dubbel afgeschreven bedrag staat maandag weer op je rekening; zie je dan nog iets vreemds, stuur me gerust een berichtje. ^Lotte"},
		{At: 144.53, Choice: 1},
	}
	s, err := Run(sc, Options{Seed: 1796581051970555587}, &FromTranscript{Steps: steps})
	if err != nil {
		t.Fatal(err)
	}
	if e := s.Ending(); e == nil || e.Kind != "good" {
		t.Fatalf("the round ended %v, want the good ending it had in the playtest", e)
	}
	aboutCase, elsewhere := 0, 0
	for _, e := range s.crowd.Events() {
		if e.ActorID == "customer" || e.Sentiment != crowd.Negative {
			continue
		}
		if e.Story {
			aboutCase++
		} else {
			elsewhere++
		}
	}
	if elsewhere == 0 {
		t.Fatal("no negative post outside the case: the test cannot tell")
	}
	c := s.MeterCounts()
	if c.Against != aboutCase {
		t.Errorf("%d negative posts about the case and %d of other customers' own issues and everyday grumbles: the meter counts %d against the brand, want %d",
			aboutCase, elsewhere, c.Against, aboutCase)
	}
	if all := c.Posts + c.Shares; c.Negative*float64(all) > float64(aboutCase)+0.5 {
		t.Errorf("%.0f%% of %d reactions against the brand, but only %d were about the case and negative (%s)",
			100*c.Negative, all, aboutCase, c.AgainstLabel("nl"))
	}
}

// One reaction against the brand among hundreds is not none: the label
// says "<1%", as the reach beside it does, and "0%" only when none is.
func TestAFewAgainstAmongManyIsUnderOnePercent(t *testing.T) {
	few := MeterCounts{Posts: 250, Shares: 50, Against: 1, Negative: 1.0 / 300}
	none := MeterCounts{Posts: 250, Shares: 50}
	for lang, want := range map[string][2]string{"nl": {"<1% tegen jullie", "0% tegen jullie"}, "en": {"<1% against you", "0% against you"}} {
		if got := few.AgainstLabel(lang); got != want[0] {
			t.Errorf("%s: 1 of 300 against reads %q, want %q", lang, got, want[0])
		}
		if got := none.AgainstLabel(lang); got != want[1] {
			t.Errorf("%s: none of 300 against reads %q, want %q", lang, got, want[1])
		}
	}
}
