package scoring

import "testing"

// Play of stop 28: "You're right, it's ridiculous to pay for next-day and
// wait four days" and "je bent vast boos, het is ook gek dat je moet
// betalen voor…" were read as insults (14/20): the phrase about the reader
// ("you're … ridiculous", "je bent … gek") ran on over a second clause
// whose subject is the situation. A judgement of the situation said while
// siding with the customer is no insult of the customer; the same word
// said of the customer stays one.
func TestAJudgementOfTheSituationIsNoInsult(t *testing.T) {
	post := map[string]string{
		"nl": "Jas kwam met een scheur binnen en nu moet ik €4,95 betalen om hem terug te sturen?? Serieus?",
		"en": "Coat arrived with a tear and now I have to pay £4.95 to send it back?? Seriously?",
	}
	for _, c := range []struct{ lang, text string }{
		{"en", "You're absolutely right, it's ridiculous that you'd pay to return a torn coat. I've emailed you a free label."},
		{"en", "You're right that it's ridiculous to pay for returning a torn coat. I've emailed you a free label."},
		{"en", "You're right to be annoyed, that's absurd. I've emailed you a free label."},
		{"nl", "Je bent vast boos, het is ook gek dat je moet betalen voor een kapotte jas. Ik heb je een gratis label gemaild."},
		{"nl", "Je bent terecht boos en dat is ook vervelend. Ik heb je een gratis label gemaild."},
	} {
		if a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: post[c.lang], CustomerMood: -0.7}); a.Has("insult") {
			t.Errorf("%s %q: a judgement of the situation read as an insult: %v", c.lang, c.text, ids(a))
		}
	}
	for _, c := range []struct{ lang, text string }{
		{"en", "You're ridiculous, Eva."},
		{"en", "You're being ridiculous about a tiny tear."},
		{"nl", "Je bent echt gek als je denkt dat dat gratis is."},
		{"nl", "Je bent wel erg lastig over een klein scheurtje."},
	} {
		if a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: post[c.lang], CustomerMood: -0.7}); !a.Has("insult") {
			t.Errorf("%s %q: said of the customer it is an insult: %v", c.lang, c.text, ids(a))
		}
	}
}
