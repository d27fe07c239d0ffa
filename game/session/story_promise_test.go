package session

import (
	"regexp"
	"testing"
)

// The next question follows what the reply did, not what a typical reply
// on that route did. A reply that promises a call for tomorrow has not
// made one two hours later, and a reply that only asked for the
// customer's details fixed nothing: the story may tell what came of the
// round since (she sent them, the debit is refunded), but it never
// credits the trainee's reply with an act it only promised.

// storyRead is what the trainee reads once the next decision is open: its
// prompt and the customer's latest post.
func storyRead(s *Session) string {
	text := lastCustomerPost(s)
	if d := s.Decision(); d != nil {
		text = d.Prompt + "\n" + text
	}
	return text
}

func TestHemaAPromisedCallForTomorrowHasNotHappenedYet(t *testing.T) {
	promises := map[string][]string{
		"nl": {
			"Naomi, wat vreselijk dat je dit is overkomen. Sorry. Onze directeur klantenservice belt je morgen om excuses te maken en te horen wat er gebeurde. ^Marloes",
			"Naomi, wat je overkwam is verschrikkelijk en het spijt ons echt. Ik bel je maandag om te horen hoe het met je gaat. – Marloes",
		},
		"en": {
			"Naomi, how awful that this happened to you. Sorry. Our head of customer service will call you tomorrow to apologise and hear what happened. ^Marloes",
			"Naomi, what happened to you is terrible and we are truly sorry. I'll call you on Monday to hear how you are. – Marloes",
		},
	}
	calledAlready := map[string]*regexp.Regexp{
		"nl": regexp.MustCompile(`(?i)\b(heeft (haar|me|mij) gebeld|hebt naomi gebeld|heb je naomi gebeld|haar gebeld)\b`),
		"en": regexp.MustCompile(`(?i)\b(called (her|me)|you called naomi|rang (her|me))\b`),
	}
	for lang, replies := range promises {
		for _, reply := range replies {
			s := storyAt(t, "hema-insuline", lang, []move{{text: reply}})
			d := s.Decision()
			if d == nil || d.ID != "gesprek" {
				t.Fatalf("%s: %q led to %v, want the decision after a personal apology", lang, reply, s.history)
			}
			if read := storyRead(s); calledAlready[lang].MatchString(read) {
				t.Errorf("%s: after %q (a call for later) the trainee reads that the call was made:\n%s", lang, reply, read)
			}
		}
	}
}

func TestSanomaAReplyThatAskedForDetailsIsNotToldItFixedTheDebit(t *testing.T) {
	asked := map[string]string{
		"nl": "@dorien_deboef Je hebt gelijk, je schreef 'al gebeld'. Sorry, ik las het verkeerd! Stuur je me je klantnummer via DM? ^Lotte",
		"en": "@dorien_deboef You're right, you wrote 'already called'. Sorry, I misread it! Could you DM me your customer number? ^Lotte",
	}
	creditsTheFix := map[string]*regexp.Regexp{
		"nl": regexp.MustCompile(`(?i)\bje hebt het (opgelost|teruggeboekt|geregeld)\b`),
		"en": regexp.MustCompile(`(?i)\byou('ve| have) (fixed|refunded|sorted)\b`),
	}
	for lang, reply := range asked {
		s := storyAt(t, "sanoma-juf", lang, []move{{text: reply}})
		d := s.Decision()
		if d == nil || (d.ID != "dm-gesprek" && d.ID != "telefoon") {
			t.Fatalf("%s: %q led to %v, want the DM conversation", lang, reply, s.history)
		}
		if read := storyRead(s); creditsTheFix[lang].MatchString(read) {
			t.Errorf("%s: after %q, which fixed nothing yet, the trainee reads:\n%s", lang, reply, read)
		}
	}
}
