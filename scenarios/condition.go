package scenarios

// MetBy lists, per feature a condition can name, the findings that meet
// it besides the feature itself. A reply that reports the fix done
// ("ik heb het teruggestort") has gone further than one that says what
// happens next: a route for a next step must take it, and a route for a
// reply without one must not. Without this, the best reply a trainee can
// type fell to the route for replies that offered nothing.
//
// An apology is met by admitting the fault in so many words ("dat ligt
// bij ons, niet bij jou", "that was wrong of us": AdmitsFault, an
// ownership finding that admits rather than takes the job on) and by an
// apology for the brand's own slip: a webcare lead reads an admission of
// the fault as the apology it is, and a route that asked for the word
// "sorry" sent a reply that owned the mistake and gave a step to "too
// little" or to the boycott ending (playtest 12, P12-1 and P12-29).
var MetBy = map[string][]string{
	"next_step": {"resolved"},
	"apology":   {"apology_for_slip", AdmitsFault},
	// Sympathy for a complaint a pleased customer does not have ("Vervelend
	// om te horen" to "Beste pizza ooit") misreads the post as an apology
	// for it does: a route or a bystander's line for the misread takes it.
	"misplaced_apology": {"misplaced_sympathy"},
	// A smiley or a wink that laughs at the customer's own situation
	// (mocks_customer: "Fijnaart is a bit far from civilisation :)") is
	// a joke as surely as a "haha" is, though ":)" alone is no `humour`
	// (after a step it is a friendly smile): the routes and the lines
	// that answer a joke ("not in the mood for jokes") follow it.
	"humour": {"mocks_customer"},
}

// AdmitsFault names, among the findings FeatureMet is asked about, an
// ownership finding that admits a fault (scoring.Analysis.AdmitsFault). It
// is no feature of the rubric, so no condition names it.
const AdmitsFault = "ownership:admits"

// FeatureMet reports whether has, the findings of a reply, meet the
// feature id a condition names (the feature itself or one in MetBy).
func FeatureMet(id string, has func(string) bool) bool {
	if has(id) {
		return true
	}
	for _, other := range MetBy[id] {
		if has(other) {
			return true
		}
	}
	return false
}
