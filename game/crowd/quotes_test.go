package crowd

import (
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
)

// A generic line says what a brand wrote only through {quote} or {worst}:
// "Customer service bingo: 'we regret any inconvenience'" followed a reply
// that never said it.
func TestGenericLinesQuoteOnlyTheReply(t *testing.T) {
	for _, lang := range []string{"nl", "en"} {
		for sec, lines := range builtinPools(lang) {
			if strings.HasPrefix(sec, "names.") || strings.HasPrefix(sec, "emoji.") || strings.HasPrefix(sec, "hashtags.") {
				continue
			}
			for _, l := range lines {
				for _, q := range scenarios.QuotedSpans(l) {
					if q != "{quote}" && q != "{worst}" {
						t.Errorf("%s [%s] %q puts %q in quotation marks", lang, sec, l, q)
					}
				}
			}
		}
	}
}
