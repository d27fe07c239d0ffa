package scoring

import "testing"

// Playtest 18, P18-1 and P18-9: "anders kun je morgen langs komen bij de
// balie" earned "Je noemt een concrete volgende stap — 'morgen'", "you can
// come by the front desk tomorrow" +39 "You report it done", and "If you
// settle it today we can…" a step on "today". What the customer can go and
// do is their step, not the brand's; the brand's own step beside it still
// counts.
func TestAStepTheCustomerMustTakeIsNotTheBrands(t *testing.T) {
	nlPost := "Ik probeer al de hele ochtend mijn studieadviseur te bellen, maar hij neemt niet op. Morgen sluit de inschrijving voor mijn herkansing."
	enPost := "I've been trying to call my study adviser all morning but he doesn't pick up. Registration for my resit closes tomorrow."
	steps := []string{"next_step", "resolved", "concrete_time", "brand_acts"}
	cases := []struct {
		lang, post, text string
		brandStep        bool
	}{
		{"nl", nlPost, "@brampost wat vervelend voor je!! heb je al gemaild naar de studieadvisuer? anders kun je morgen langs komen bij de balie. groetjes eva", false},
		{"en", enPost, "@brampost oh that's annoying!! have you emailed the study adviser yet? otherwise you can come by the front desk tomorrow. cheers eva", false},
		{"nl", nlPost, "@brampost Wat vervelend! Je kunt morgen ook gewoon langskomen bij de balie in het Studentenhuis, dan helpen ze je daar verder. ^Eva", false},
		{"en", enPost, "@brampost Oh no! You can come by the front desk tomorrow and they'll sort it out for you there. ^Eva", false},
		{"en", "My car insurance was cancelled and nobody told me why?! @Polisvast", "@marco_rijdt Hi Marco, if you settle the open invoice today, you can drive again. ^Lisa", false},
		// The brand's own step, beside or after what the customer does.
		{"nl", nlPost, "@brampost Balen, Bram. Ik bel je studieadviseur vandaag zelf en laat je voor 15:00 weten of je herkansing doorgaat. ^Eva", true},
		{"en", enPost, "@brampost That's a worry, Bram. I'll call your adviser myself today and let you know by 3pm. ^Eva", true},
		{"nl", nlPost, "@brampost Als je me je studentnummer stuurt, bel ik je adviseur vandaag nog. ^Eva", true},
	}
	for _, c := range cases {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: c.post, CustomerMood: -0.6})
		got := false
		for _, id := range steps {
			got = got || a.Has(id)
		}
		if got != c.brandStep {
			t.Errorf("%s %q: a step of the brand's %v, want %v (%v)", c.lang, c.text, got, c.brandStep, ids(a))
		}
	}
}
