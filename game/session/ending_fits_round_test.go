package session

import (
	"strings"
	"testing"
)

// An ending tells the round that was played, not the historical one
// (playtest 20, P20-12, P20-13, and playtest 19 after R15). Each case plays
// the path a playtester took and reads the ending they then read.

// P20-13: in Liberty's case a balanced first reply never went viral, so a
// curt reply to the second customer, Rick, does not end in "the public that
// cheered you at first now sees a company that chases customers away": the
// ending names what the round did to Rick.
func TestLibertyBrushingOffRickEndsWithRick(t *testing.T) {
	curt := map[string]string{
		"en": "Rick, our team works hard all day, every day. A parcel that's one day late is not the end of the world. Please keep it civil. - Rob",
		"nl": "Rick, ons team werkt elke dag keihard. Een pakket dat een dag te laat is, is niet het einde van de wereld. Houd het wel netjes. - Rob",
	}
	cheered := map[string]string{"en": "cheered", "nl": "toejuichte"}
	for lang, reply := range curt {
		// the respectful line with Jason, the warm thanks, then Rick
		s := storyAt(t, "liberty-bottleworks", lang, []move{{choice: 2}, {choice: 1}, {text: reply}})
		s.Finish()
		e := s.Ending()
		if e == nil || e.Kind != "bad" {
			t.Fatalf("%s: the curt reply to Rick ended in %v, want a bad ending", lang, s.history)
		}
		if strings.Contains(e.Text, cheered[lang]) {
			t.Errorf("%s: a round that never went viral reads %q: %q", lang, cheered[lang], e.Text)
		}
		if !strings.Contains(e.Text, "Rick") || !strings.Contains(e.Text, reply[:20]) {
			t.Errorf("%s: the ending does not name the reply to Rick: %q", lang, e.Text)
		}
		// the written choice that shows him the door says so
		s = storyAt(t, "liberty-bottleworks", lang, []move{{choice: 2}, {choice: 1}, {choice: 2}})
		s.Finish()
		if e := s.Ending(); e == nil || strings.Contains(e.Text, cheered[lang]) ||
			!strings.Contains(e.Text, map[string]string{"en": "door", "nl": "deur"}[lang]) {
			t.Errorf("%s: sending Rick away after a respectful round ends %v: %q", lang, s.history, e.Text)
		}
	}
	// the viral path that makes it a principle keeps its own ending
	for _, lang := range []string{"en", "nl"} {
		s := storyAt(t, "liberty-bottleworks", lang, []move{{choice: 1}, {choice: 1}, {choice: 2}})
		s.Finish()
		if e := s.Ending(); e == nil || e.ID != "overmoed" {
			t.Errorf("%s: the viral reply made policy ended in %v, want overmoed", lang, s.history)
		}
	}
}
