package scoring

import "testing"

// Playtest 12 (P12-2): sympathy for a complaint the customer does not have
// ("Vervelend om te horen, Kevin! Stuur je ons een DM met je ordernummer?"
// to "Beste pizza ooit, bedankt") is as misplaced as an apology for it. It
// earned "+5 erkent de emotie" and the good route; it must cost, in both
// languages, and rank below a plain thank-you.
func TestSympathyForAComplaintThePleasedCustomerDoesNotHave(t *testing.T) {
	type reply struct{ lang, post, misread, plain string }
	for _, c := range []reply{
		{"nl", "Beste pizza ooit, bedankt 🍕📸",
			"Vervelend om te horen, Kevin! Stuur je ons een DM met je ordernummer? Dan zoeken we het uit. ^Mark",
			"Dank je, Kevin! Eet smakelijk. ^Mark"},
		{"en", "Best pizza ever, thanks 🍕📸",
			"What a shame, Kevin! Could you DM us your order number? Then we'll sort it. ^Mark",
			"Thanks, Kevin! Enjoy. ^Mark"},
		{"nl", "Wat een topper, de chauffeur bracht mijn telefoon om 3 uur 's nachts terug!",
			"Wat balen dat je je telefoon kwijt was, Kevin. Stuur ons een DM met je ritnummer.",
			"Wat mooi, Kevin! Ik geef het door aan de chauffeur."},
		{"en", "Massive thanks to the driver who brought my phone back at 3am!",
			"That's so frustrating, Kevin. Please DM us your trip number.",
			"Lovely to read, Kevin! I'll pass it on to the driver."},
	} {
		ctx := Context{Language: c.lang, CustomerPost: c.post, CustomerMood: 0.8, CustomerName: "Kevin"}
		r := Default()
		bad, good := r.Analyze(c.misread, ctx), r.Analyze(c.plain, ctx)
		if !bad.Has("misplaced_sympathy") || bad.Has("acknowledge_emotion") || bad.Has("move_private") {
			t.Errorf("%q: want misplaced_sympathy and no credit for the sympathy or the DM, got %v", c.misread, ids(bad))
		}
		if Overall(bad) >= Overall(good) || bad.Empathy >= 50 {
			t.Errorf("%q scores %.1f (empathy %.1f), not below the plain thanks %q (%.1f)", c.misread, Overall(bad), bad.Empathy, c.plain, Overall(good))
		}
	}
	// Sympathy that was read: a complaint beside the praise, words that
	// agree rather than commiserate, sympathy with a furious customer.
	for _, c := range []struct {
		lang, post, text string
		mood             float64
	}{
		{"nl", "Complimenten voor de jongen bij de kassa! Wel jammer dat de pinautomaat er weer uit lag.", "Dank je! Vervelend van die pinautomaat, donderdag komt er een nieuwe.", 0.5},
		{"en", "Great service at the till today. Shame the card machine was down again though.", "Thank you! Sorry about the card machine, a new one arrives Thursday.", 0.5},
		{"nl", "Beste pizza ooit, bedankt 🍕📸", "Haha, terecht! Eet smakelijk. ^Mark", 0.8},
		{"en", "Best pizza ever, thanks 🍕📸", "Fair enough, it is a good one! Enjoy. ^Mark", 0.8},
		{"nl", "Mijn pizza kwam koud aan, 50 minuten te laat.", "Vervelend om te horen, Kevin. Ik zet een nieuwe pizza in de oven.", -0.6},
		{"en", "My pizza arrived cold, 50 minutes late.", "Sorry to hear that, Kevin. I'm putting a new pizza in the oven now.", -0.6},
	} {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: c.post, CustomerMood: c.mood, CustomerName: "Kevin"})
		if a.Has("misplaced_sympathy") || a.Has("misplaced_apology") {
			t.Errorf("%q to %q: %v; the sympathy fits the post", c.text, c.post, ids(a))
		}
	}
	// "Sorry to hear that" to praise is one misread, paid once.
	a := Default().Analyze("Sorry to hear that, Kevin!", Context{Language: "en", CustomerPost: "Best pizza ever", CustomerMood: 0.9})
	if !a.Has("misplaced_apology") || a.Has("misplaced_sympathy") || a.Has("acknowledge_emotion") {
		t.Errorf("%q: want one misplaced_apology and no sympathy credit, got %v", a.Text, ids(a))
	}
}
