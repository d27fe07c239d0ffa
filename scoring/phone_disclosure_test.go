package scoring

import "testing"

// The customer's phone number posted in public is a data leak, like their
// payment arrears (playtest 17, P17-10: "Your adviser will call you on
// 06-12345678" scored all green, the number credited as restating). The
// brand's own number ("call us on 0800…", "bel ons op…") is no leak.
func TestTheCustomersPhoneNumberInPublicIsALeak(t *testing.T) {
	post := "Twee uur in de wacht. / Two hours on hold."
	leaks := [][2]string{
		{"en", "Sorted! Your adviser will call you on 06-12345678 within a few minutes. ^Eva"},
		{"en", "The nurse will ring you back within 10 minutes on 07700 900123. ^Eva"},
		{"nl", "Geregeld! Je adviseur belt je binnen een paar minuten op 06-12345678. ^Eva"},
		{"nl", "De verpleegkundige belt u over 10 minuten terug op 020-5551234. ^Eva"},
	}
	for _, c := range leaks {
		if a := Default().Analyze(c[1], Context{Language: c[0], CustomerPost: post, CustomerMood: -0.6}); !a.Has("private_disclosure") {
			t.Errorf("%q: want private_disclosure, got %v", c[1], ids(a))
		}
	}
	// Nor is a time after asking for the number in private (HEMA's repair
	// reply scored 40/40 as a leak).
	for _, c := range [][2]string{{"en", "You can call us on 0800 123 4567 any time. ^Eva"}, {"nl", "Je kunt ons bellen op 0800-1234567. ^Eva"},
		{"en", "If you DM me your number, I'll call you tonight before 21:00. ^Eva"},
		{"en", "DM me your number and I'll ring you on Monday at 09:30. ^Eva"},
		{"nl", "Als je me je nummer stuurt via DM, bel ik je vanavond voor 21:00. ^Eva"},
		{"nl", "Stuur je nummer via DM, dan bel ik je op maandag om 09:30. ^Eva"}} {
		if a := Default().Analyze(c[1], Context{Language: c[0], CustomerPost: post, CustomerMood: -0.6}); a.Has("private_disclosure") {
			t.Errorf("%q: no number of the customer's is read out in public, got %v", c[1], ids(a))
		}
	}
}
