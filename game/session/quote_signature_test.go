package session

import (
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/scoring"
)

// A bystander who quotes a reply quotes what it says, never only its
// signature: "'^Lotte' Serieus …" and "'^Jacob' That's how you answer a
// customer" quoted a name.
func TestBystandersNeverQuoteOnlyTheSignature(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"nl", "@dorien_deboef haha terecht, wij gaan op cursus begrijpend lezen. ^Lotte"},
		{"en", "@usurpia Haha sorry! Maybe we should ask Frans Bauer to sing a bit louder in Fijnaart ;) We're looking into it! ^Jacob"},
	} {
		a := scoring.Default().Analyze(c.text, scoring.Context{Language: c.lang, CustomerMood: -0.4})
		quote, _ := replyWords(c.text, a)
		if q := strings.TrimSpace(quote); q == "" || strings.HasPrefix(q, "^") {
			t.Errorf("%q: bystanders quote %q; want words of the reply, not its signature", c.text, quote)
		}
	}
}
