package scoring

import "testing"

// The law held out in Dutch after an expectation about the review, "We
// gaan er wel van uit dat je je recensie daarna bijwerkt, anders laten we
// ons hierover juridisch adviseren", scored 88/92 in the kitchen case and
// took the repaired ending, while its English twin ("otherwise we'll seek
// legal advice on this") was a threat, 23/21 (playtest 24, P24-12). Fails
// before: no threat in Dutch. "Anders" that offers the customer a way
// ("Anders kun je advies vragen in de winkel", "Anders kun je aangifte
// doen bij de politie") threatens nobody.
func TestTheLawHeldOutWithAndersIsAThreat(t *testing.T) {
	r := Default()
	ctx := Context{Language: "nl", CustomerPost: "Keuken drie weken te laat en niemand belt terug. 1 ster.", CustomerMood: -0.6}
	for _, reply := range []string{
		"Onze monteur komt donderdag. We gaan er wel van uit dat je je recensie daarna bijwerkt, anders laten we ons hierover juridisch adviseren.",
		"Pas je recensie aan, anders schakelen wij onze jurist in.",
	} {
		if a := r.Analyze(reply, ctx); !a.Has("threaten_customer") && !a.Has("legal_threat") {
			t.Errorf("%q: want a threat, got %v", reply, ids(a))
		}
	}
	for _, reply := range []string{
		"Lukt het niet via de app? Anders kun je advies vragen in de winkel.",
		"Is je fiets echt gestolen? Anders kun je aangifte doen bij de politie.",
	} {
		if a := r.Analyze(reply, ctx); a.Has("threaten_customer") || a.Has("legal_threat") {
			t.Errorf("%q: no threat, got %v", reply, ids(a))
		}
	}
}
