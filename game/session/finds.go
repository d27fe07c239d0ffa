package session

import (
	"github.com/webcaresim/webcaresim/scenarios"
	"github.com/webcaresim/webcaresim/scoring"
)

// finds is what a reply's analysis has when a route's condition asks
// (scenarios.FeatureMet): its features, and as scenarios.AdmitsFault an
// ownership finding that admits a fault.
func finds(a scoring.Analysis) func(string) bool {
	return func(id string) bool {
		if id == scenarios.AdmitsFault {
			return a.AdmitsFault()
		}
		return a.Has(id)
	}
}
