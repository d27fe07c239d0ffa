package scenarios

// MetBy lists, per feature a condition can name, the findings that meet
// it besides the feature itself. A reply that reports the fix done
// ("ik heb het teruggestort") has gone further than one that says what
// happens next: a route for a next step must take it, and a route for a
// reply without one must not. Without this, the best reply a trainee can
// type fell to the route for replies that offered nothing.
var MetBy = map[string][]string{"next_step": {"resolved"}}

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
