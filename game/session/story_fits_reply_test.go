package session

import (
	"strings"
	"testing"
)

// The story tells what the trainee did, not what the typical round did
// (playtest 18). Each case plays the path the playtest took, typed as the
// newcomer typed it, and reads what the trainee then reads.

// P18-4: a trainee who thanked Kevin and then let his question go
// unanswered is not told that his compliment went unanswered and that
// thanking him takes one tweet.
func TestDominosSilenceAfterThanksSaysWhatWentUnanswered(t *testing.T) {
	thanks := map[string]string{
		"nl": "@kevinvdl Dankje Kevin!! Fijn dat t gesmaakt heeft, eet smakelijk 🍕 ^mark",
		"en": "@kevinvdl Thanks Kevin!! Glad you enjoyed it, enjoy your meal 🍕 ^mark",
	}
	unansweredCompliment := map[string]string{"nl": "compliment bleef onbeantwoord", "en": "compliment went unanswered"}
	question := map[string]string{"nl": "vraag", "en": "question"}
	housemate := map[string]string{"nl": "huisgenoot", "en": "housemate"}
	for lang, reply := range thanks {
		s := storyAt(t, "dominos-sorry", lang, []move{{text: reply}, {silence: true}})
		e := s.Ending()
		if e == nil || e.ID != "gemiste-kans" {
			t.Fatalf("%s: thanks then silence led to %v, want the unanswered ending", lang, s.history)
		}
		if strings.Contains(e.Text, unansweredCompliment[lang]) || !strings.Contains(e.Text, question[lang]) {
			t.Errorf("%s: after thanking Kevin and leaving his question, the ending reads %q", lang, e.Text)
		}

		s = storyAt(t, "dominos-sorry", lang, []move{{text: reply}, {choice: 1}, {silence: true}})
		if e := s.Ending(); e == nil || e.ID != "gemiste-kans" ||
			strings.Contains(e.Text, unansweredCompliment[lang]) || !strings.Contains(e.Text, housemate[lang]) {
			t.Errorf("%s: after two answers and silence on the housemate's tweet: %v, %v", lang, s.history, e)
		}

		// Never answering at all still hears that the compliment went unanswered.
		s = storyAt(t, "dominos-sorry", lang, []move{{silence: true}})
		if e := s.Ending(); e == nil || !strings.Contains(e.Text, unansweredCompliment[lang]) {
			t.Errorf("%s: a round that never answered: %v", lang, e)
		}
	}
}
