package scoring

import "testing"

// Playtest 16, P16-16: "Only if you can deadlift 100 kg though 😉" to the
// customer who had complained about a body-shaming poster scored all green
// (67/61): a condition on the customer's own ability, with a wink, is a jab
// at them, laugh or no laugh, in both languages. A wink beside a wish, or a
// rule without one, is not.
func TestAJabWithAWinkIsSarcasm(t *testing.T) {
	cases := []struct {
		lang, post, text string
		jab              bool
	}{
		{"en", "Poster's gone, thanks @forgegym. Didn't expect that.",
			"@sophieruns Thanks Sophie! Next up: you on the poster? Only if you can deadlift 100 kg though 😉 ^Tom", true},
		{"nl", "Poster is weg, dank je @ijzersterkgym. Had ik niet verwacht.",
			"@sophiefit Dank je Sophie! Volgende keer jij op de poster? Dan wel eerst 100 kilo deadliften 😉 ^Tom", true},
		{"en", "Poster's gone, thanks @forgegym. Didn't expect that.",
			"@sophieruns You're welcome on the poster, as long as you bring your own dumbbells 😜 ^Tom", true},
		{"nl", "Poster is weg, dank je @ijzersterkgym. Had ik niet verwacht.",
			"@sophiefit Je mag op de poster, mits je je eigen halters meeneemt 😜 ^Tom", true},
		{"en", "Poster's gone, thanks @forgegym. Didn't expect that.",
			"@sophieruns Thanks Sophie! Enjoy your next session 😉 ^Tom", false},
		{"nl", "Poster is weg, dank je @ijzersterkgym. Had ik niet verwacht.",
			"@sophiefit Dank je Sophie! Veel plezier bij je volgende training 😉 ^Tom", false},
		{"en", "Can I still swap the shoes I bought last week?",
			"Sure, Sam: only if you have the receipt, but that's all we need. ^Tom", false},
	}
	for _, c := range cases {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: c.post, CustomerMood: 0.5})
		if a.Has("sarcasm") != c.jab {
			t.Errorf("%s %q: sarcasm %v, want %v (%v)", c.lang, c.text, a.Has("sarcasm"), c.jab, ids(a))
		}
	}
}
