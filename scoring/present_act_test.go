package scoring

import "testing"

// Playtest 21, P21-1 and P21-7: an act in the present tense or a decision
// with its time after it ("Ik bel hem nu", "calling him now", "De poster
// gaat eraf, vandaag nog") was no step in Dutch (no_way_forward: "ik bel
// hem nu" read as a bare time) or in English ("I'm calling him now"),
// while "I'll call him now" and "The poster comes down, today" were. The
// act counts in both languages; a time on its own still does not.
func TestAnActNowOrADecisionIsAStep(t *testing.T) {
	adviser := map[string]string{
		"nl": "Ik moet mijn studieadviseur bellen maar hij neemt niet op. De deadline voor mijn herkansing is morgen.",
		"en": "I have to call my study adviser, but he doesn't pick up. The deadline for my resit is tomorrow.",
	}
	poster := map[string]string{
		"nl": "Die nieuwe poster met alleen gespierde modellen, ik voel me er niet welkom door.",
		"en": "That new poster with nothing but muscled models makes me feel unwelcome.",
	}
	for _, c := range []struct{ lang, post, text string }{
		{"nl", adviser["nl"], "@brampost Ik bel hem nu. ^Eva"},
		{"nl", adviser["nl"], "@brampost Ben ermee bezig: ik bel hem nu. ^Eva"},
		{"en", adviser["en"], "@brampost On it, calling him now. ^Eva"},
		{"en", adviser["en"], "@brampost I'm calling him now. ^Eva"},
		{"nl", poster["nl"], "@sophieruns De poster gaat eraf, vandaag nog. ^Tom"},
		{"en", poster["en"], "@sophieruns The poster comes down, today. ^Tom"},
	} {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: c.post, CustomerMood: -0.6})
		if a.Has("no_way_forward") || !a.Has("next_step") && !a.Has("resolved") {
			t.Errorf("%s %q: the act is no step (%v)", c.lang, c.text, ids(a))
		}
	}
	for _, c := range []struct{ lang, text string }{
		{"nl", "Sorry, vandaag."},
		{"en", "Sorry, today."},
	} {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: adviser[c.lang], CustomerMood: -0.6})
		if a.Has("next_step") {
			t.Errorf("%s %q: a bare time counts as a step (%v)", c.lang, c.text, ids(a))
		}
	}
}
