package session

import (
	"strings"
	"testing"
)

// P23-20: "I'll make sure your resit deadline gets extended, you can count
// on it!" is a promise webcare cannot keep (the exam board decides). Bram
// answered it with "The deadline is TOMORROW. So that's no use to me", as
// if nothing had been promised; he now answers the promise.
func TestUniversityStudentAnswersTheDeadlinePromise(t *testing.T) {
	first := map[string]string{
		"en": "@brampost Oof, that sounds like a rough day, Bram. What's going on? Tell me and I'll see what I can do right away. ^Eva",
		"nl": "@brampost Oei, dat klinkt als een rotdag, Bram. Wat is er aan de hand? Vertel, dan kijk ik meteen wat ik kan doen. ^Eva",
	}
	promise := map[string]string{
		"en": "@brampost I'll make sure your resit deadline gets extended, you can count on it! ^Eva",
		"nl": "@brampost Ik zorg dat je deadline voor de herkansing verlengd wordt, daar kun je op rekenen! ^Eva",
	}
	vague := map[string]string{
		"en": "@brampost I'll pass it on to the right people. ^Eva",
		"nl": "@brampost Ik geef het door aan de juiste mensen. ^Eva",
	}
	answers := map[string]string{"en": "promise", "nl": "belofte"}
	for _, lang := range []string{"en", "nl"} {
		s := storyAt(t, "universiteit-kut", lang, []move{{text: first[lang]}, {text: promise[lang]}})
		d := s.Decision()
		if d == nil || d.ID != "kastje-muur" {
			t.Fatalf("%s: the promise led to %v, want Bram saying it does not help", lang, s.history)
		}
		post := lastCustomerPost(s)
		if !strings.Contains(post, answers[lang]) || !strings.Contains(d.Prompt, answers[lang]) {
			t.Errorf("%s: after %q Bram says %q and the prompt %q", lang, promise[lang], post, d.Prompt)
		}
		s = storyAt(t, "universiteit-kut", lang, []move{{text: first[lang]}, {text: vague[lang]}})
		if d := s.Decision(); d == nil || d.ID != "kastje-muur" || strings.Contains(lastCustomerPost(s), answers[lang]) {
			t.Errorf("%s: a reply that promised nothing led to %v, Bram says %q", lang, s.history, lastCustomerPost(s))
		}
	}
}
