package session

import (
	"strings"
	"testing"
)

// An ending that quotes the last reply for what it did wrong quotes the
// sentence that did it. Zitcomfort's "Opgelost, maar onzichtbaar" said
// "in je publieke slot zat een sneer of een verwijt naar haar: 'Marieke,
// je nieuwe bank komt vanmiddag en de beschadigde nemen we meteen mee.'",
// the reply's good opening, and left out the reproach that followed it.
func TestEndingQuotesTheSentenceThatDidWrong(t *testing.T) {
	closings := map[string]struct{ reply, fault, opening string }{
		"nl": {"Marieke, je nieuwe bank komt vanmiddag en de beschadigde nemen we meteen mee. Volgende keer kun je beter meteen bellen in plaats van mailen, dan gaat het sneller. - Joyce",
			"Volgende keer kun je beter meteen bellen", "je nieuwe bank komt vanmiddag"},
		"en": {"Marieke, your new sofa arrives this afternoon and we'll take the damaged one away. Next time you'd better call us straight away instead of emailing, that's quicker. - Joyce",
			"Next time you'd better call us", "your new sofa arrives this afternoon"},
	}
	for lang, c := range closings {
		s := storyAt(t, "facebook-verwijderen", lang, []move{{choice: 2}, {choice: 1}, {text: c.reply}})
		s.Finish()
		e := s.Ending()
		if e == nil || !strings.Contains(e.Text, "'") {
			t.Fatalf("%s: the round (%v) ends in %+v, want an ending that quotes the closing", lang, s.history, e)
		}
		if !strings.Contains(e.Text, c.fault) || strings.Contains(e.Text, c.opening) {
			t.Errorf("%s: the ending quotes the wrong sentence; want %q, not %q:\n%s", lang, c.fault, c.opening, e.Text)
		}
	}
}
