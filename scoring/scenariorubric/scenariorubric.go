// Package scenariorubric plugs the rubric into the scenario checker. The
// scenarios package may not import the rubric (DESIGN.md, Parts), yet
// checking a case needs it: the features a route may test, the pattern
// language of a misreading, and which words of a reply a feature's span
// holds. Every program that loads scenario files (webcaresim, the browser
// player, the studio) calls Plug once.
package scenariorubric

import (
	"github.com/webcaresim/webcaresim/scenarios"
	"github.com/webcaresim/webcaresim/scoring"
)

// Plug makes scenarios check every case it loads with the built-in rubric.
func Plug() { scenarios.UseRubric(Rubric{R: scoring.Default()}) }

// Rubric is a scoring rubric seen as the scenario checker needs it.
type Rubric struct{ R *scoring.Rubric }

// FeatureIDs are the rubric's feature ids.
func (r Rubric) FeatureIDs() []string { return r.R.FeatureIDs() }

// CheckPattern says what is wrong with a misreading pattern.
func (r Rubric) CheckPattern(pattern, lang string) error { return scoring.CheckPattern(pattern, lang) }

// Rewards reports whether feature id earns points: a route that asks for
// it asks for a good reply.
func (r Rubric) Rewards(id string) bool {
	p, _ := r.R.Points(id)
	return p > 0
}

// FeatureTexts reads reply as typed in sc and returns the text of each
// feature's spans.
func (r Rubric) FeatureTexts(reply string, sc *scenarios.Scenario) map[string][]string {
	a := r.R.Analyze(reply, scoring.Context{Language: sc.Language, Channel: sc.Channel,
		CustomerName: sc.Customer.Name, CustomerHandle: sc.Customer.Handle, BrandName: sc.Brand.Name})
	out := map[string][]string{}
	for _, f := range a.Features {
		out[f.ID] = append(out[f.ID], f.Text)
	}
	return out
}

// putDowns are the rubric's findings of a reply that puts the customer
// down in public: it insults, mocks (sarcasm, ironic praise, a joke at
// their expense), blames or threatens them (blocking, a lawyer), or throws
// their apology back. The customer answers each as an attack, so a case
// must route them to a follow-up written for one. Walls, templates,
// misreadings and private details in public harm a reply too, but
// differently: the customer feels unheard or exposed, not attacked, and a
// case's fallback is usually written for that.
var putDowns = []string{"insult", "sarcasm", "ironic_praise", "humour_at_expense", "blame_customer",
	"threaten_customer", "legal_threat", "questioned_apology"}

// PutDowns are the put-down findings this rubric has and takes points
// for.
func (r Rubric) PutDowns() []string {
	var out []string
	for _, id := range putDowns {
		if p, _ := r.R.Points(id); p < 0 {
			out = append(out, id)
		}
	}
	return out
}
