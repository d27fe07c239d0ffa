package session

import (
	"slices"
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
	"github.com/webcaresim/webcaresim/scoring/scenariorubric"
)

// admissionAndApology are one reply in two forms: owning the fault with a
// step, and the same with the word sorry in front. Neither names anyone: a
// decision may answer someone other than the customer.
var admissionAndApology = map[string][2]string{
	"nl": {"Dat had nooit mogen gebeuren, dat is onze fout. Ik zoek het nu voor je uit en laat je vandaag nog weten hoe het zit. ^Lotte",
		"Sorry, dat had nooit mogen gebeuren, dat is onze fout. Ik zoek het nu voor je uit en laat je vandaag nog weten hoe het zit. ^Lotte"},
	"en": {"That should never have happened, it was our mistake. I'm looking into it now and will let you know today where it stands. ^Lotte",
		"Sorry, that should never have happened, it was our mistake. I'm looking into it now and will let you know today where it stands. ^Lotte"},
}

// A reply that admits the fault in so many words and gives a step goes
// where the same reply with "sorry" goes, wherever a route asks for an
// apology: the story used to send it to "too little" (HEMA's first
// question) or to the boycott, for want of the word (playtest 12, P12-1).
func TestAnAdmissionOfFaultTakesTheApologysRoute(t *testing.T) {
	scenariorubric.Plug()
	checked := 0
	for _, sc := range scenarios.Builtin().Scenarios {
		for _, st := range pathStates(t, sc) {
			d, _ := sc.Decision(st.id)
			if !d.AllowFreeText || !slices.ContainsFunc(d.Routes, func(r scenarios.Route) bool { return slices.Contains(r.When.Has, "apology") }) {
				continue
			}
			pair := admissionAndApology[sc.Language]
			route := func(text string) string {
				s := replay(t, sc, st.moves)
				a := s.Analyze(text)
				for _, r := range d.Routes {
					if Holds(r.When, a) {
						return r.Next
					}
				}
				return ""
			}
			admitted, sorry := route(pair[0]), route(pair[1])
			if admitted != sorry {
				t.Errorf("%s at %s: the admission %q goes to %q, the same reply with sorry to %q", sc.Key(), st, pair[0], admitted, sorry)
			}
			checked++
		}
	}
	if checked < 20 {
		t.Errorf("only %d decisions with a route for an apology were checked", checked)
	}
}
