package scoring

import (
	"math"
	"testing"
)

// Playtest 21 (seen beside P21-5): "je klacht is gedeeld met het filiaal"
// read as a fix done (+39 de-escalation), while its English twin "has been
// shared with the branch" is an evasion with no way forward. Passing a
// complaint on puts nothing right, in either language.
func TestSharedWithTheBranchIsNoFix(t *testing.T) {
	post := "Twee uur gewacht in jullie winkel en niemand hielp me."
	nl := Default().Analyze("Je klacht is gedeeld met het filiaal.", Context{Language: "nl", CustomerPost: post, CustomerMood: -0.6})
	en := Default().Analyze("Your complaint has been shared with the branch.", Context{Language: "en", CustomerPost: "Waited two hours in your shop and nobody helped me.", CustomerMood: -0.6})
	if nl.Has("resolved") || !nl.Has("evasion") {
		t.Errorf("nl: sharing the complaint with the branch is read as a fix, not as passing it on (%v)", ids(nl))
	}
	if d := math.Abs(nl.Deescalation - en.Deescalation); d > 10 {
		t.Errorf("de-escalation nl %.0f, en %.0f, %.0f apart", nl.Deescalation, en.Deescalation, d)
	}
	fix := Default().Analyze("Ik heb de €20 net teruggestort en je klacht gedeeld met het filiaal.", Context{Language: "nl", CustomerPost: post, CustomerMood: -0.6})
	if !fix.Has("resolved") {
		t.Errorf("nl: a refund beside it is no longer read as a fix (%v)", ids(fix))
	}
}
