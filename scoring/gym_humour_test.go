package scoring

import "testing"

// The gym case's replay (faces25, item 5): "it's just a bit of gym humour"
// waves the hurt away in English, and its Dutch twin "het is gewoon een
// beetje sportschoolhumor" cost nothing, so the same round spread in
// English and stayed small in Dutch.
func TestJustABitOfHumourIsWavedAwayInBothLanguages(t *testing.T) {
	for _, c := range []struct{ lang, post, text string }{
		{"en", "Your poster mocks fat people. Disgusting.", "It's just a bit of gym humour, nobody meant anything by it."},
		{"nl", "Jullie poster lacht dikke mensen uit. Walgelijk.", "Het is gewoon een beetje sportschoolhumor, niemand bedoelde er iets mee."},
	} {
		if a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: c.post, CustomerMood: -0.8}); !a.Has("belittle") {
			t.Errorf("%q: %v; want the hurt waved away (belittle)", c.text, ids(a))
		}
	}
}
