package session

import (
	"strings"
	"testing"
)

// TestFacebookInvisibleEndingNamesWhyItWasChosen: the kitchen sofa case's
// "Solved, but invisible" said "your public close was a few words or a
// sales pitch" after a 280-character public fix the story had sent there
// for another reason (playtest 22, P22-12). The ending is reached by a
// close that attacks the customer or posts her details too, however
// long; its story names that reason and quotes the reply's dig.
func TestFacebookInvisibleEndingNamesWhyItWasChosen(t *testing.T) {
	closes := map[string]map[string]string{
		"en": {
			"dig": "Marieke, the new sofa goes out on this afternoon's run, we take the damaged one back and refund the delivery costs. Then again, three emails in one week is a bit much, maybe read our delivery terms next time. - Joyce",
		},
		"nl": {
			"dig": "Marieke, de nieuwe bank gaat vanmiddag met de rit mee, we nemen de beschadigde terug en je krijgt de bezorgkosten terug. Al is drie mails in één week wel wat veel, lees volgende keer eerst even onze leveringsvoorwaarden. - Joyce",
		},
	}
	fewWords := map[string]string{"en": "a few words or a sales pitch", "nl": "een paar woorden of een verkooppraatje"}
	pitch := map[string]string{"en": "sales pitch", "nl": "verkooppraatje"}
	dig := map[string]string{"en": "'Then again, three emails in one week is a bit much", "nl": "'Al is drie mails in één week wel wat veel"}
	for lang, byKind := range closes {
		sc := builtin(t, "facebook-verwijderen", lang)
		for kind, reply := range byKind {
			for seed := uint64(1); seed <= 2; seed++ {
				s, err := Run(sc, Options{Seed: seed, Mode: Practice}, TypedAt{Decision: "opgepakt", Reply: reply})
				if err != nil {
					t.Fatalf("%s %s seed %d: %v", lang, kind, seed, err)
				}
				e := s.Ending()
				if e == nil || e.ID != "kaal" {
					t.Fatalf("%s %s seed %d: path %v; the test needs the close to end on 'kaal'", lang, kind, seed, s.history)
				}
				if strings.Contains(e.Text, fewWords[lang]) {
					t.Errorf("%s %s seed %d: the ending says %q after the close %q", lang, kind, seed, e.Text, reply)
				}
				if strings.Contains(e.Text, pitch[lang]) {
					t.Errorf("%s %s seed %d: the ending speaks of a sales pitch after %q: %q", lang, kind, seed, reply, e.Text)
				}
				// the sentence with the dig, not the fix before it
				if !strings.Contains(e.Text, dig[lang]) {
					t.Errorf("%s seed %d: the ending does not quote the close that had a dig: %q", lang, seed, e.Text)
				}
			}
		}
	}
}
