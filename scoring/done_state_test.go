package scoring

import (
	"slices"
	"testing"
)

// A state verb with a done verb's participle reports a fix ("je retour is
// verwerkt"); the same verb beside the verb's infinitive or noun in another
// clause reports nothing ("dat staat bij het bestellen", "het staat in de
// app bij het verwerken van je retour"). Before, the stem matched and a
// reply that pointed the customer to the order form scored as a fix done
// (70 and 94; groups nl8, nl100). The thing complained of said to be gone,
// with words between ("hangen er sinds gisteren niet meer", "isn't on your
// account any more"), is a fix done in either language.
func TestAStateVerbNeedsTheParticipleToReportAFix(t *testing.T) {
	ctx := func(lang, post string) Context {
		return Context{Language: lang, CustomerPost: post, CustomerMood: -0.6}
	}
	nlPost := "Mijn retour is al twee weken onderweg en ik heb nog geen geld terug."
	notFixed := []string{
		"Het staat in de app bij het verwerken van je retour.",
		"Dat staat bij het bestellen, onder de voorwaarden.",
	}
	for _, r := range notFixed {
		if a := Default().Analyze(r, ctx("nl", nlPost)); slices.Contains(ids(a), "resolved") {
			t.Errorf("%q is read as a fix done: %v", r, ids(a))
		}
	}
	fixed := [][3]string{
		{"nl", nlPost, "Je retour is verwerkt, Sanne: het geld staat morgen op je rekening."},
		{"nl", "Die stickers op jullie bussen met 'alleen voor echte mannen'? Serieus?", "Terecht, Bas. De stickers zijn er sinds gisteren niet meer; vanaf maandag rijden de bussen zonder."},
		{"en", "You've charged me a £12 late fee but I paid on time.", "You did pay on time, Amy. That fee isn't on your account any more: I took it off this morning."},
	}
	for _, c := range fixed {
		if a := Default().Analyze(c[2], ctx(c[0], c[1])); !slices.Contains(ids(a), "resolved") {
			t.Errorf("%q is not read as a fix done: %v", c[2], ids(a))
		}
	}
}
