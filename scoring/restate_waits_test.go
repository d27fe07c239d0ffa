package scoring

import "testing"

// Playtest 12 (P12-9): restating the customer's harm is done when it is
// said; it does not wait on the number a DM request asks for. "Injecting
// insulin in a fitting room and our guard called the police" beside
// "Could you DM us your phone number?" counted half.
func TestRestatedHarmDoesNotWaitOnADMRequest(t *testing.T) {
	r := Default()
	for _, c := range []struct{ lang, post, reply string }{
		{"en", "I was injecting insulin in your fitting room and your guard treated me like a criminal and called the police.",
			"Naomi, you were injecting insulin in a fitting room and our guard treated you like a criminal and called the police. Could you DM us your phone number? Our store manager will call you today."},
		{"nl", "Ik spoot insuline in jullie paskamer en jullie beveiliger behandelde me als een crimineel en belde de politie.",
			"Naomi, je spoot insuline in een paskamer en onze beveiliger behandelde je als een crimineel en belde de politie. Stuur je je telefoonnummer via DM? Onze filiaalmanager belt je vandaag."},
	} {
		a := r.Analyze(c.reply, Context{Language: c.lang, CustomerPost: c.post, CustomerMood: -0.9, CustomerName: "Naomi"})
		if !a.Has("restates_case") || !a.Has("details_request") {
			t.Fatalf("%q: %v; want the harm restated and a request", c.reply, ids(a))
		}
		if hasDiscount(a, "restates_case") {
			t.Errorf("%q: the restated harm waits on the request: %+v", c.reply, a.Discounts)
		}
	}
}
