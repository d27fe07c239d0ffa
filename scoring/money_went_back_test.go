package scoring

import "testing"

// Money told as gone back to where the customer paid from is the refund
// done, in English as in Dutch, without "I've" or "ik heb": "The £65 went
// back to your card this morning", "De €65 ging vanochtend terug naar je
// kaart".
func TestMoneyGoneBackToTheCardIsARefundDone(t *testing.T) {
	r := Default()
	cases := []struct{ lang, post, text string }{
		{"nl", "@winkel Drie weken geleden teruggestuurd en nog steeds geen geld terug.", "De €65 ging vanochtend terug naar je kaart; over drie dagen zie je het staan. ^Jodie"},
		{"en", "@shop Sent it back three weeks ago and still no refund.", "The £65 went back to your card this morning; allow 3 days to see it. ^Jodie"},
		{"en", "@shop Sent it back three weeks ago and still no refund.", "The £89 went back into your account today. ^Jodie"},
	}
	for _, c := range cases {
		a := r.Analyze(c.text, Context{Language: c.lang, CustomerPost: c.post, CustomerMood: -0.6})
		if !a.Has("resolved") {
			t.Errorf("%s %q: the refund done is not read as done (%v)", c.lang, c.text, ids(a))
		}
	}
}
