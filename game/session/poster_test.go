package session

import (
	"strings"
	"testing"
)

// Bram answered the university's first reply with what was wrong, and then
// heard nothing: the debrief called that silence one "to a pleased
// customer … a missed chance, not a harm", beside the bad ending "Ignored",
// and the ending said nobody had responded to Bram while the first reply
// stood right above it (playtest P29-2). A good first reply lifts the
// crowd's mood; it does not make Bram pleased.
func TestSilenceAfterAFirstReplyToAnUpsetStudent(t *testing.T) {
	first := map[string]string{
		"nl": "1 vraag Bram: wat zit je dwars? Als het over je rooster of je studie gaat, zoek ik het vandaag voor je uit. Stuur me gerust een DM. ^Eva",
		"en": "Quick question Bram: what's bothering you? If it's about your timetable or your studies, I'll look into it for you today. Feel free to DM me. ^Eva",
	}
	for _, lang := range []string{"nl", "en"} {
		sc := builtin(t, "universiteit-kut", lang)
		s := replay(t, sc, []move{{text: first[lang]}})
		if d := s.Decision(); d == nil || d.ID != "uitleg" {
			t.Fatalf("%s: want Bram's explanation open, have %v", lang, d)
		}
		s.AdvanceTo(s.Deadline())
		openNext(t, s)
		if e := s.Ending(); e == nil || e.ID != "genegeerd" {
			t.Fatalf("%s: silence at Bram's explanation ends at %v, want genegeerd", lang, e)
		}
		ms := s.Silences()
		if len(ms) != 1 || ms[0].Pleased {
			t.Errorf("%s: the silence towards Bram counts as towards a pleased customer: %+v", lang, ms)
		}
		for _, f := range s.Report().Facts {
			if f.What == "silence" && f.Pleased {
				t.Errorf("%s: the debrief's silence line says the customer was pleased: %s", lang, f.Detail)
			}
		}
		text := strings.ToLower(s.Ending().Text + " " + s.Ending().Outcome)
		for _, w := range []string{"niemand reageerde", "nobody responded", "niemand oppakte", "nobody picked up"} {
			if strings.Contains(text, w) {
				t.Errorf("%s: the ending says %q after the trainee's first reply: %s", lang, w, text)
			}
		}
	}
}

// At HEMA's last decision the diabetes blog offers help under the apology:
// a reply in the other language is warned of as one to the blog, not to
// Naomi, who did not post at that decision (playtest P29-4).
func TestTheLanguageWarningNamesWhoAsked(t *testing.T) {
	sc := builtin(t, "hema-insuline", "en")
	var s *Session
	for _, path := range [][]move{{{choice: 1}, {choice: 1}, {choice: 1}}, {{choice: 1}, {choice: 1}}, {{choice: 1}, {choice: 1}, {choice: 1}, {choice: 1}}} {
		if s = replay(t, sc, path); s.Decision() != nil && s.Decision().ID == "nazorg" {
			break
		}
	}
	if s.Decision() == nil || s.Decision().ID != "nazorg" {
		t.Fatalf("the written choices do not reach the blog's offer; at %v", s.Decision())
	}
	s.AdvanceTo(s.OpenedAt() + 1)
	w := s.LanguageWarning("en", "Dank jullie wel, we gaan heel graag met jullie in gesprek over hoe onze winkels hiermee omgaan. Groet, Marloes")
	if !strings.Contains(w, "Living with Diabetes") || strings.Contains(w, "Naomi") {
		t.Errorf("the warning at the blog's offer: %q; want it to name Living with Diabetes", w)
	}
}
