package scoring

import "testing"

// To a customer who is pleased again, a sorry for the real harm they had
// is no misplaced apology ("sorry voor de schrik vanochtend"), as "sorry it
// took a week" is not; and a customer read as delighted is not also an
// angry one for whom a laugh or a wink is risky: one mood per decision
// (playtest 13, P13-3, closing note 14).
func TestAPleasedCustomerIsReadWithOneMood(t *testing.T) {
	r := Default()
	nl := Context{Language: "nl", CustomerPost: "Oké, @Polisvast heeft het met me uitgezocht. Verzekering loopt weer. Netjes geholpen, dank!", CustomerMood: 0.5, CustomerName: "Marco"}
	en := Context{Language: "en", CustomerPost: "OK, @Polisvast sorted it out with me. Insurance is back on. Properly helped, thanks!", CustomerMood: 0.5, CustomerName: "Marco"}
	for _, c := range []struct {
		ctx  Context
		text string
	}{
		{nl, "Fijn dat het weer loopt, Marco, en sorry voor de schrik vanochtend. Goede rit! ^Lisa"},
		{nl, "Top Marco! Nogmaals excuses voor de zorgen van gisteren. ^Lisa"},
		{en, "Glad it's back on, Marco, and sorry for the scare this morning. Safe driving! ^Lisa"},
		{en, "Great news Marco, and apologies for the worry yesterday. ^Lisa"},
	} {
		if a := r.Analyze(c.text, c.ctx); a.Has("misplaced_apology") {
			t.Errorf("%q: %v; a sorry for the customer's real scare is not misplaced", c.text, ids(a))
		}
	}
	// "Excuses voor het ongemak" to a pleased customer stays misplaced.
	for _, c := range []struct {
		ctx  Context
		text string
	}{
		{nl, "Onze excuses voor het eventuele ongemak."},
		{en, "We apologise for any inconvenience caused."},
	} {
		if a := r.Analyze(c.text, c.ctx); !a.Has("misplaced_apology") {
			t.Errorf("%q: %v; want misplaced_apology", c.text, ids(a))
		}
	}
	for _, c := range []struct {
		ctx  Context
		text string
	}{
		{nl, "Haha, wij lazen te snel, excuus! Eet smakelijk Marco ;) ^Lisa"},
		{nl, "Fijn dat het gelukt is, Marco ;) ^Lisa"},
		{en, "Haha, we read that too fast, sorry! Enjoy, Marco ;) ^Lisa"},
		{en, "Glad it worked out, Marco ;) ^Lisa"},
	} {
		for _, f := range r.Analyze(c.text, c.ctx).Features {
			if f.ID == "humour" && f.Points < 0 {
				t.Errorf("%q: %q costs %.1f as a joke at an angry customer, to a delighted one", c.text, f.Text, f.Points)
			}
		}
	}
	// With an angry customer the laugh still costs.
	angry := Context{Language: "en", CustomerPost: "My internet is down again, third time this week.", CustomerMood: -0.6}
	if a := r.Analyze("Haha, again? We'll look into it.", angry); !hasNegative(a, "humour") {
		t.Errorf("a laugh at an angry customer costs nothing: %v", ids(a))
	}
}

func hasNegative(a Analysis, id string) bool {
	for _, f := range a.Features {
		if f.ID == id && f.Points < 0 {
			return true
		}
	}
	return false
}
