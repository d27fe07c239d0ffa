package session

import (
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/game/crowd"
)

// TestAQuoteOfTheReplyIsNotFollowedByWordsAboutTheCustomer: a bystander
// who opens with the brand's words speaks of those words. A line about the
// customer after them reads as if the crowd turned the trainee's own reply
// against her: "'Thanks for the kind words Dorien' Bit of a know-it-all
// tone from @dorien_deboef too, to be fair." (playtest 16, P16-12).
// Measured on every built-in case, both languages, along the historical
// and best paths, a rude typed reply and silence.
func TestAQuoteOfTheReplyIsNotFollowedByWordsAboutTheCustomer(t *testing.T) {
	quoting := 0
	for _, r := range rounds(t, 2) {
		var public []string
		for _, f := range r.round.Feed() {
			if f.By == "brand" {
				public = append(public, f.Text)
			}
			if f.By != "crowd" || !strings.HasPrefix(f.Text, "\"") {
				continue
			}
			end := strings.Index(f.Text[1:], "\"")
			if end < 0 {
				continue
			}
			quoted, rest := f.Text[1:end+1], f.Text[end+2:]
			if !quotesOneOf("\""+quoted+"\"", public) {
				continue
			}
			quoting++
			if crowd.SpeaksOfCustomer(rest, r.sc.Customer.Name, r.sc.Customer.Handle) {
				t.Errorf("%s %s %s seed %d minute %.0f: the brand's words, then the customer: %q",
					r.sc.ID, r.sc.Language, r.path, r.seed, f.Minute, f.Text)
			}
		}
	}
	if quoting < 100 {
		t.Errorf("only %d bystander posts opened with the brand's words: the test sees too little", quoting)
	}
	t.Logf("%d bystander posts opened with the brand's words", quoting)
}
