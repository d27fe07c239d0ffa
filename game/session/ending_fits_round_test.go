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
	// the ending quotes the sentence that put Rick in his place
	civil := map[string]string{"en": "'Please keep it civil.'", "nl": "'Houd het wel netjes.'"}
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
		if !strings.Contains(e.Text, "Rick") || !strings.Contains(e.Text, civil[lang]) {
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

// P20-12: after a public apology, a public fix and her public thanks, a
// sales pitch as the last reply is what the ending names, not "in public
// it stayed at a few words".
func TestZitcomfortPitchUnderHerThanksIsNamed(t *testing.T) {
	wrong := map[string]string{"nl": "bleef het bij", "en": "stayed at"}
	want := map[string][]string{"nl": {"bedankje", "verkooppraatje"}, "en": {"thanks", "sales pitch"}}
	for _, lang := range []string{"nl", "en"} {
		// her complaint stays up: the apology with a step, Gerrit helped, the fix, the pitch
		s := storyAt(t, "facebook-verwijderen", lang, []move{{choice: 2}, {choice: 1}, {choice: 1}, {choice: 2}})
		s.Finish()
		e := s.Ending()
		if e == nil || e.ID != "kaal" {
			t.Fatalf("%s: the pitch ended in %v, want the bare close", lang, s.history)
		}
		if strings.Contains(e.Text, wrong[lang]) {
			t.Errorf("%s: after three full public replies the ending says %q: %q", lang, wrong[lang], e.Text)
		}
		for _, w := range want[lang] {
			if !strings.Contains(e.Text, w) {
				t.Errorf("%s: the ending does not say %q: %q", lang, w, e.Text)
			}
		}
	}
}

// Playtest 19, after R15: once Marieke's complaint was removed, the prompts
// and the ending no longer send the replies "under her complaint" or say
// the fix stood under it.
func TestZitcomfortRemovedComplaintIsNotWrittenUnder(t *testing.T) {
	removal := map[string]string{
		"nl": "Hoi Marieke, wat vervelend van je bank! We hebben je reactie hier weggehaald omdat dit onze actiepost is, maar we helpen je graag verder. Stuur je ordernummer via een privebericht? - Joyce",
		"en": "Hi Marieke, sorry about your sofa! We've removed your comment here because this is our promotion post, but we're happy to help. Could you send your order number by private message? - Joyce",
	}
	repair := map[string]string{
		"nl": "Gerrit, terechte vraag, en nee: dat had ik niet moeten doen. Marieke, sorry dat ik je reactie weghaalde; ik bel je vandaag. – Joyce",
		"en": "Gerrit, fair question, and no: I shouldn't have done that. Marieke, I'm sorry I deleted your complaint, that was wrong. I'll call you today. – Joyce",
	}
	under := map[string][]string{
		"nl": {"onder haar klacht", "onder haar eigen klacht", "onder de klacht"},
		"en": {"under her complaint", "under her own complaint", "under the complaint"},
	}
	stated := func(lang, where, text string) {
		t.Helper()
		for _, u := range under[lang] {
			if strings.Contains(text, u) {
				t.Errorf("%s: after the removal %s says %q: %q", lang, where, u, text)
			}
		}
	}
	for _, lang := range []string{"nl", "en"} {
		s := storyAt(t, "facebook-verwijderen", lang, []move{{text: removal[lang]}, {text: repair[lang]}})
		d := s.Decision()
		if d == nil || d.ID != "opgepakt" || !containsID(s.history, "gezien") {
			t.Fatalf("%s: removal and repair went %v, want gezien then opgepakt", lang, s.history)
		}
		stated(lang, "the prompt", d.Prompt)
		if err := s.Choose(0); err != nil { // the fix in public
			t.Fatal(err)
		}
		openNext(t, s)
		if d = s.Decision(); d == nil || d.ID != "bezorging" {
			t.Fatalf("%s: the fix went %v, want bezorging", lang, s.history)
		}
		stated(lang, "the prompt", d.Prompt)
		if err := s.Choose(0); err != nil { // a warm close
			t.Fatal(err)
		}
		s.Finish()
		e := s.Ending()
		if e == nil || (e.ID != "opgelost" && e.ID != "opgelost-rondgegaan") {
			t.Fatalf("%s: the warm close ended in %v", lang, s.history)
		}
		stated(lang, "the ending", e.Text)
		// in a world where the complaint went round first, the crowd turns
		// the same round to the mixed ending: it reads the same way
		turned, ok := s.Scenario().Ending("opgelost-rondgegaan")
		if !ok {
			t.Fatalf("%s: no ending opgelost-rondgegaan", lang)
		}
		stated(lang, "the turned ending", s.endingAsRead(turned).Text)
	}
}

func containsID(ids []string, id string) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}

// Liberty: a discount for Rick the day after Jason apologised does not end
// "Jason got everything, his abuse stayed up": it was Rick's abuse that
// went unanswered.
func TestLibertyTeamLetDownAtRickNamesRick(t *testing.T) {
	wrong := map[string]string{"en": "Jason got everything", "nl": "Jason kreeg alles"}
	for _, lang := range []string{"en", "nl"} {
		s := storyAt(t, "liberty-bottleworks", lang, []move{{choice: 2}, {choice: 1}, {choice: 3}})
		s.Finish()
		e := s.Ending()
		if e == nil || e.ID != "team-verloren" {
			t.Fatalf("%s: the discount for Rick ended in %v, want team-verloren", lang, s.history)
		}
		if strings.Contains(e.Text, wrong[lang]) || !strings.Contains(e.Text, "Rick") {
			t.Errorf("%s: the ending at Rick's post tells Jason's: %q", lang, e.Text)
		}
	}
}
