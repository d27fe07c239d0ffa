package scoring

import (
	"strings"
	"testing"
)

// Issue 12's closing note of stop 18: the restatement quoted everything
// from the first to the last word it matched ("guards deal with customers
// who use medication, together with the Diabetes") and called it the
// customer's own words. It quotes the words of the post it repeats; its
// span still covers them all.
func TestARestatementQuotesTheCustomersOwnWords(t *testing.T) {
	for _, c := range []struct{ lang, post, reply, want string }{
		{"en", "I was injecting insulin in a fitting room and your guards handed me to the police. Do your guards know how to deal with customers who use medication?",
			"Naomi, I'm so sorry. Our guards deal with customers who use medication every day, and they got it wrong. I'll call you today at 3pm.",
			"guards deal … customers … medication"},
		{"nl", "Ik spoot insuline in een paskamer en jullie beveiligers droegen me over aan de politie. Weten jullie beveiligers hoe ze met klanten met medicijnen moeten omgaan?",
			"Naomi, het spijt me echt. Jullie beveiligers droegen je over aan de politie terwijl je insuline spoot. Ik bel je vandaag om 15:00.",
			"beveiligers droegen … over … politie … insuline spoot"},
	} {
		a := Default().Analyze(c.reply, Context{Language: c.lang, CustomerName: "Naomi", CustomerPost: c.post, CustomerMood: -0.7})
		found := false
		for _, f := range a.Features {
			if f.ID != "restates_case" {
				continue
			}
			found = true
			if f.Quote != c.want {
				t.Errorf("%q: restates_case quotes %q, want %q", c.reply, f.Quote, c.want)
			}
			if span := []rune(c.reply)[f.Start:f.End]; !strings.HasPrefix(string(span), strings.Fields(c.want)[0]) {
				t.Errorf("%q: span %q should start at the first word quoted", c.reply, string(span))
			}
		}
		if !found {
			t.Errorf("%q: no restates_case in %v", c.reply, ids(a))
		}
	}
}
