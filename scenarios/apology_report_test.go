package scenarios

import "testing"

// A customer's post that says the brand apologised tells the crowd so; one
// that says it never did, or asks for an apology, does not. Thanking for
// the apology says so too: the words the checker reads as a follow-up that
// presumes an apology.
func TestCustomerReportsAnApology(t *testing.T) {
	cases := []struct {
		lang, text string
		want       bool
	}{
		{"en", "HEMA called me and apologised. I appreciate that.", true},
		{"nl", "HEMA heeft me gebeld en excuses aangeboden. Dat waardeer ik.", true},
		{"nl", "HEMA heeft eindelijk sorry gezegd. Het had sneller gemogen.", true},
		{"en", "They finally said sorry to me.", true},
		{"en", "Thanks for the apology, HEMA. That means a lot.", true},
		{"nl", "Excuses aanvaard. Fijn dat jullie belden.", true},
		{"en", "HEMA never apologised to me.", false},
		{"en", "Still not apologised, HEMA?", false},
		{"en", "An apology is the least you can do.", false},
		{"nl", "Ze hebben nooit excuses aangeboden.", false},
		{"nl", "Een excuus is het minste wat jullie kunnen doen.", false},
		{"nl", "Nog steeds niet sorry gezegd.", false},
	}
	for _, c := range cases {
		if got := ReportsApology(c.text, c.lang); got != c.want {
			t.Errorf("%s %q: reports an apology %v, want %v", c.lang, c.text, got, c.want)
		}
	}
}
