package session

import (
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
)

// At HEMA's first question (written choices beside a reply field) a Space
// is writing, as a letter is: it picks no choice (P22-27: it pressed the
// framed written choice 1, and Enter published it). A choice's number picks
// it, until a reply is begun.
func TestASpaceAtADecisionIsWritingAndOnlyANumberPicks(t *testing.T) {
	sc, ok := scenarios.BuiltinForPlay().Find("hema-insuline", "nl")
	if !ok {
		t.Fatal("hema-insuline missing")
	}
	s, err := New(sc, Options{Seed: 2224})
	if err != nil {
		t.Fatal(err)
	}
	for s.Decision() == nil && s.Ending() == nil {
		s.AdvanceTo(s.NextStop())
	}
	d := s.Decision()
	if d == nil || !d.AllowFreeText || len(d.Choices) < 2 {
		t.Fatal("HEMA's first question has no written choices beside a reply field")
	}
	for _, c := range []struct {
		text, draft string
		want        Typed
	}{
		// writing that goes into the reply takes back a picked choice (Unpick)
		{" ", "", Typed{Choice: -1, Reply: true, Text: " ", Unpick: true}},
		{"N", "", Typed{Choice: -1, Reply: true, Text: "N", Unpick: true}},
		{"2", "", Typed{Choice: 1, Held: "2"}},
		{"2", "Naomi, ", Typed{Choice: -1, Reply: true, Text: "2", Unpick: true}},
		{"9", "", Typed{Choice: -1, Reply: true, Text: "9", Unpick: true}}, // no ninth choice: a digit in the reply
		{"", "", Typed{Choice: -1}},
		{"\n", "", Typed{Choice: -1}}, // Enter as the browser's text input passes it: a key, not writing
		{"\t", "", Typed{Choice: -1}},
	} {
		if got := s.TypeAtDecision(c.text, c.draft, ""); got != c.want {
			t.Errorf("%q typed with the draft %q: %+v, want %+v", c.text, c.draft, got, c.want)
		}
	}
}

// A reply that begins with a number is a reply: the number is held while
// it picks its choice, and the first character of writing after it puts it
// back in front (P24-9: "2 words and no context, Bram" was published as
// "words and no context, Bram", and "2 pizza's voor Kevin" left " pizza's
// voor Kevin" with choice 2 picked). A number alone, then Enter, is still a
// pick; so are "1" then "2", which pick choice 2.
func TestANumberThatBeginsAReplyIsKeptAndOnlyANumberAlonePicks(t *testing.T) {
	s := openFirstDecision(t, "universiteit-kut", "en", 2409)
	n := len(s.Decision().Choices)
	if n < 3 || n > 4 {
		t.Fatalf("the first decision has %d written choices, the cases below assume 3 or 4", n)
	}
	for _, c := range []struct {
		keys   []string // one key each; "⌫" is Backspace
		field  string   // what stands in the reply field after them
		picked int      // the written choice picked (1-based), 0 for none
	}{
		{[]string{"2"}, "", 2},
		{[]string{"2", " "}, "", 2},
		{split("2 words and no context, Bram :)"), "2 words and no context, Bram :)", 0},
		{split("2 pizza's voor Kevin"), "2 pizza's voor Kevin", 0},
		{split("3 dagen wachten is te lang"), "3 dagen wachten is te lang", 0},
		{split("2e keer"), "2e keer", 0},
		{split("12 uur"), "12 uur", 0},
		{split("50 minutes is too long"), "50 minutes is too long", 0},
		{split("20 min"), "20 min", 0},
		{[]string{"1", "2"}, "", 2},
		{[]string{"1", "Hello"}, "1Hello", 0}, // a frame holding several keys reads as one key after another
		{[]string{"2 words"}, "2 words", 0},   // the same in a single frame
		{[]string{"12"}, "", 2},               // as "1" then "2"
		{[]string{"2", "⌫", "Hi"}, "Hi", 0},   // the number erased, its pick with it
		{[]string{"1", "2", "⌫"}, "", 1},      // back to the number still held
		{[]string{" ", "2"}, " 2", 0},         // a reply begun with a Space: digits are text
		{[]string{"W", "2"}, "W2", 0},         // and after a letter
		{[]string{"2", "\n"}, "", 2},          // Enter is a key: it publishes the pick, the face's job
		{[]string{"2", "  ", "x"}, "2  x", 0}, // every Space kept
		{[]string{"2", "@brampost"}, "2@brampost", 0},
	} {
		field, held, picked := "", "", 0
		for _, k := range c.keys {
			if field != "" {
				field += k // the field has the focus: keys are text there
				continue
			}
			var typed Typed
			if k == "⌫" {
				typed = s.EraseHeld(held)
			} else {
				typed = s.TypeAtDecision(k, field, held)
			}
			held = typed.Held
			if typed.Choice >= 0 {
				picked = typed.Choice + 1
			}
			if typed.Unpick {
				picked = 0
			}
			if typed.Reply {
				field += typed.Text
			}
		}
		if field != c.field || picked != c.picked {
			t.Errorf("%q typed at an empty field: the field %q with choice %d picked, want %q with %d",
				c.keys, field, picked, c.field, c.picked)
		}
	}
}

// openFirstDecision plays a case up to its first decision.
func openFirstDecision(t *testing.T, id, lang string, seed uint64) *Session {
	t.Helper()
	sc, ok := scenarios.BuiltinForPlay().Find(id, lang)
	if !ok {
		t.Fatalf("%s missing", id)
	}
	s, err := New(sc, Options{Seed: seed})
	if err != nil {
		t.Fatal(err)
	}
	for s.Decision() == nil && s.Ending() == nil {
		s.AdvanceTo(s.NextStop())
	}
	if s.Decision() == nil || !s.Decision().AllowFreeText {
		t.Fatalf("%s has no first decision with a reply field", id)
	}
	return s
}

// split types text one key at a time.
func split(text string) []string {
	var keys []string
	for _, r := range text {
		keys = append(keys, string(r))
	}
	return keys
}
