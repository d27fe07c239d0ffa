package session

import (
	"strings"
	"testing"
)

// TestOwnComplaintsDoNotAnswerTheReply: Liberty's meter said "0 of 5
// against you" beside "'Maybe next time take a breath before you type?'
// My order is late too. Will I get told off as well?" (playtest 29): the
// post was another customer's own complaint, which the meter leaves out
// of "against you", in the words of one who reacts to the COO's reply. A
// post the meter leaves out (not about the story) never quotes or answers
// an offending reply; the posts that do are the story's, and counted.
func TestOwnComplaintsDoNotAnswerTheReply(t *testing.T) {
	sneer := map[string]string{
		"nl": "Beste Jason, wat fijn dat je zulke mooie woorden voor mijn team hebt. Misschien kun je de volgende keer eerst even rustig ademhalen voordat je typt? Je bestelling komt heus wel, net als bij iedereen.",
		"en": "Dear Jason, how nice that you have such lovely words for my team. Maybe next time you could take a deep breath before you type? Your order will come, just like everyone else's.",
	}
	for lang, reply := range sneer {
		sc := builtin(t, "liberty-bottleworks", lang)
		own := 0
		for seed := uint64(1); seed <= 8; seed++ {
			s, err := New(sc, Options{Seed: seed, Mode: Practice})
			if err != nil {
				t.Fatal(err)
			}
			openNext(t, s)
			if err := s.Publish(reply); err != nil {
				t.Fatal(err)
			}
			s.AdvanceTo(s.Now() + 240)
			for _, e := range s.crowd.Events() {
				if e.Story || e.Text == "" {
					continue
				}
				own++
				if strings.HasPrefix(e.Text, "\"") || strings.Contains(e.Text, "told off") || strings.Contains(e.Text, "uitgekafferd") {
					t.Errorf("%s seed %d minute %.0f: a post the meter does not count against the brand answers the reply: %q", lang, seed, e.Minute, e.Text)
				}
			}
		}
		if own == 0 {
			t.Errorf("%s: no complaint of another customer's own in eight worlds; the test sees nothing", lang)
		}
	}
}
