package session

import (
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
	"github.com/webcaresim/webcaresim/scoring/scenariorubric"
)

// Sympathy for a complaint the pleased customer does not have takes the
// misread's route, as an apology for it does: "Vervelend om te horen,
// Kevin! Stuur je ons een DM met je ordernummer?" to "Beste pizza ooit"
// is the stock reply to a complaint (playtest 12, P12-2), and the routes
// and the bystanders' lines for the misread name misplaced_apology.
func TestMisplacedSympathyTakesTheMisreadsRoute(t *testing.T) {
	scenariorubric.Plug()
	for lang, text := range map[string]string{
		"nl": "@kevinvdl Vervelend om te horen, Kevin! Stuur je ons een DM met je ordernummer?",
		"en": "@kevinvdl Sorry to hear that, Kevin! Could you DM us your order number?",
	} {
		sc, ok := scenarios.Builtin().Find("dominos-sorry", lang)
		if !ok {
			t.Fatalf("no dominos-sorry %s", lang)
		}
		s := replay(t, sc, nil)
		openNext(t, s)
		d := s.Decision()
		a := s.Analyze(text)
		first := d.Routes[0]
		if !Holds(first.When, a) {
			t.Errorf("%s: %q does not meet the misread's route %v (findings %v)", lang, text, first.When.HasAny, a.Features)
		}
	}
}
