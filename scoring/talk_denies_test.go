package scoring

import "testing"

// A check reported as its outcome "nobody remembers" or "he is sure he
// delivered it" disputes the customer's account: the talk is no fix, it
// serves the denial. Where the brand owns that nobody noticed its own
// failure, or promises to make sure of a delivery, nothing is disputed.
// In either language.
func TestATalkThatDeniesTheAccountIsNoFix(t *testing.T) {
	r := Default()
	post := map[string]string{
		"nl": "Jullie caissière rolde gisteren met haar ogen en zei dat ik moest opschieten. Ik ben 78 en loop met een stok.",
		"en": "Your cashier rolled her eyes at me yesterday and told me to hurry up. I'm 78 and walk with a stick.",
	}
	for _, c := range []struct {
		lang, text string
		deny       bool
	}{
		{"nl", "We hebben met het team gesproken en niemand kan zich dit herinneren.", true},
		{"nl", "We hebben de bezorger gesproken en hij weet zeker dat hij het pakket heeft afgeleverd.", true},
		{"en", "We've spoken to the team and nobody remembers this happening.", true},
		{"en", "We've checked with the driver and he's certain he delivered it.", true},
		{"en", "Your road was dropped from the route in August and nobody noticed. Your bin goes on the round again this Thursday.", false},
		{"en", "I'll make sure it's delivered tomorrow before noon.", false},
		{"nl", "Ik weet zeker dat het morgen voor 12:00 wordt bezorgd.", false},
	} {
		a := r.Analyze(c.text, Context{Language: c.lang, CustomerMood: -0.7, CustomerPost: post[c.lang]})
		if a.Has("deny") != c.deny {
			t.Errorf("%s %q: deny %v wanted, found %v", c.lang, c.text, c.deny, ids(a))
		}
		if c.deny && a.Has("resolved") {
			t.Errorf("%s %q: the talk that disputes the account counts as the fix: %v", c.lang, c.text, ids(a))
		}
	}
}
