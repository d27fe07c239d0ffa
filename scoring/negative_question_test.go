package scoring

import "testing"

// Blame put as a negative question asks nothing: "couldn't you have called
// earlier?" tells the customer they should have (playtest 19, P19-1: it
// scored 80 for de-escalation and "you avoid blaming: yes"). The same
// words as a statement that clears the customer ("you couldn't have
// known") are no blame, nor is a question that really asks.
func TestANegativeQuestionIsBlame(t *testing.T) {
	r := Default()
	for _, c := range []struct {
		lang, post, reply string
		blame             bool
	}{
		{"nl", "Al twee weken wacht ik op mijn nieuwe pas.", "Had je niet eerder kunnen bellen? We helpen je graag.", true},
		{"nl", "De wasmachine lekt weer, derde keer deze maand.", "Had je de slang niet beter moeten aandraaien? Stuur ons een foto.", true},
		{"nl", "Mijn abonnement is verlengd terwijl ik had opgezegd.", "Was het niet verstandiger geweest om per mail op te zeggen?", true},
		{"nl", "Mijn vlucht is geannuleerd en niemand zegt iets.", "Waarom heb je niet op de app gekeken? Daar stond het.", true},
		{"nl", "Mijn pakket is kwijt.", "Je had het niet kunnen weten. Ik zoek het nu voor je uit.", false},
		{"nl", "Mijn pakket is kwijt.", "Had je nog geen mail van ons gekregen? Dan stuur ik hem nu opnieuw.", false},
		{"en", "Been waiting two weeks for my new card.", "Couldn't you have called us earlier? Happy to help.", true},
		{"en", "The washing machine is leaking again.", "Shouldn't you have tightened the hose? Send us a photo.", true},
		{"en", "My plan renewed although I'd cancelled.", "Wouldn't it have been wiser to cancel by email?", true},
		{"en", "My parcel is lost.", "You couldn't have known. I'm tracing it for you now.", false},
	} {
		a := r.Analyze(c.reply, Context{Language: c.lang, CustomerPost: c.post, CustomerMood: -0.6})
		if a.Has("blame_customer") != c.blame {
			t.Errorf("%s %q: blame_customer %v, want %v (%v)", c.lang, c.reply, a.Has("blame_customer"), c.blame, ids(a))
		}
	}
}
