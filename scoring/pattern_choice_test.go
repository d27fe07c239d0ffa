package scoring

import (
	"strings"
	"testing"
)

// TestChoiceWithPunctuationRefused: a word with a hyphen in a choice
// ("in-depth|detailed analysis", "luggage|carry-on") was split at the
// hyphen like any other chunk, so the choice read "in - depth|detailed"
// and matched only the hyphenated word. Such a pattern is refused with
// its reason; written as patterns of their own, both words match.
func TestChoiceWithPunctuationRefused(t *testing.T) {
	for _, src := range []string{"what a|an in-depth|detailed analysis", "belong in * hand luggage|carry-on", "=e-mailed|=emailed"} {
		if _, err := compilePattern(src, "en"); err == nil || !strings.Contains(err.Error(), "cannot be one of a choice") {
			t.Errorf("%q: err %v, want a refusal of the choice", src, err)
		}
	}
	r := Default()
	for _, text := range []string{"What a detailed analysis.", "What an in-depth analysis."} {
		a := r.Analyze(text, Context{Language: "en", CustomerPost: "uni sucks", CustomerMood: -0.5})
		if !a.Has("ironic_praise") {
			t.Errorf("%q: no ironic_praise\n      %s", text, featureList(a))
		}
	}
}
