package scoring

import "testing"

// Answering a cancelled customer in public with "we don't cancel anything
// just like that, check your mail and bank statements and you'll see" is
// a correction: it says the fault is his and hints at why (playtest 22,
// P22-25: the Dutch "wij zeggen niet zomaar iets op … Check je mail en je
// bankafschriften even, dan zie je het vast" scored 81/78 in the round,
// the denial credited +28 as the customer's own words, and the English
// twin 51/62).
func TestPointedAtHisOwnRecordsIsACorrection(t *testing.T) {
	post := "Jullie hebben zomaar mijn verzekering opgezegd zonder iets te laten weten! / You just cancelled my insurance without telling me anything!"
	corrections := [][2]string{
		{"nl", "@marco_rijdt Hoi Marco, wij zeggen niet zomaar iets op, dat kan ik je verzekeren. Check je mail en je bankafschriften even, dan zie je het vast. Kom je er niet uit, stuur me dan een DM. ^Lisa"},
		{"en", "@marco_rijdt Hi Marco, we don't just cancel anything, I can assure you. Check your email and bank statements, then you'll probably see. If you can't work it out, send me a DM. ^Lisa"},
		{"nl", "@marco_rijdt Marco, kijk even in je mailbox en op je bankafschrift, dan snap je waarom. Stuur me gerust een DM. ^Lisa"},
		{"en", "@marco_rijdt Marco, take a look in your inbox and at your bank statement and it'll make sense. Feel free to DM me. ^Lisa"},
		{"nl", "@marco_rijdt Marco, we sluiten echt niet zomaar een polis af. Stuur me een DM, dan kijken we samen. ^Lisa"},
		{"en", "@marco_rijdt Marco, we would never cancel a policy for no reason. Send me a DM and we'll look together. ^Lisa"},
	}
	for _, c := range corrections {
		a := Default().Analyze(c[1], Context{Language: c[0], CustomerPost: post, CustomerMood: -0.7})
		if !a.Has("blame_customer") || Overall(a) > 50 {
			t.Errorf("%q: want a correction, got %v (%.0f/%.0f)", c[1], ids(a), a.Empathy, a.Deescalation)
		}
	}
	for _, c := range [][2]string{
		{"nl", "@marco_rijdt Sorry Marco, dat had niet zo mogen gaan. Je polis loopt gewoon door; check je mail, dan zie je de bevestiging. ^Lisa"},
		{"en", "@marco_rijdt Sorry Marco, that shouldn't have happened. Your policy is back on; check your email, you'll see the confirmation. ^Lisa"},
		{"nl", "@marco_rijdt Marco, we laten je niet zomaar zitten: ik bel je vandaag voor 17:00. ^Lisa"},
		{"en", "@marco_rijdt Marco, we won't just leave you like this: I'll call you today before 5pm. ^Lisa"},
	} {
		if a := Default().Analyze(c[1], Context{Language: c[0], CustomerPost: post, CustomerMood: -0.7}); a.Has("blame_customer") {
			t.Errorf("%q: no correction, got %v", c[1], ids(a))
		}
	}
}
