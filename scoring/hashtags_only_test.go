package scoring

import "testing"

// A reply of hashtags only says less than a list of loose words, in either
// language: the list at least names the case to the customer in words,
// the row of tags says nothing to anyone. Tags beside sentences are no
// such reply.
func TestARowOfHashtagsSaysLessThanAListOfWords(t *testing.T) {
	r := Default()
	for _, c := range []struct{ lang, post, list, tags string }{
		{"nl", "@Verhuis jullie mannen hebben mijn kast laten vallen, poot eraf. Het formulier werkt niet.",
			"@jeroen Schade. Kast. Excuses. Claim. Taxateur. ^Sandra", "@jeroen #verhuizen #zorgvuldig #schade #Snel 📦"},
		{"en", "@Gym charged my membership twice and now my rent has bounced. Emailed twice, nothing.",
			"@holly Refund. Sorry. Twice. Rent. Cover. ^Dan", "#fitness #membership #sorry #PureGym 💪"},
	} {
		ctx := Context{Language: c.lang, CustomerMood: -0.6, CustomerPost: c.post}
		list, tags := r.Analyze(c.list, ctx), r.Analyze(c.tags, ctx)
		if !tags.Has("hashtags_only") || list.Has("hashtags_only") || Overall(tags) >= Overall(list) {
			t.Errorf("%s: tags %.1f %v, list %.1f %v", c.lang, Overall(tags), ids(tags), Overall(list), ids(list))
		}
	}
	for _, c := range []struct{ lang, text string }{
		{"nl", "@jeroen Dat had niet mogen gebeuren. De reparatie is voor onze rekening. #verhuizen #schade #sorry"},
		{"en", "@holly The second payment was our mistake and it's been refunded today. #sorry #refund #gym"},
	} {
		if a := r.Analyze(c.text, Context{Language: c.lang, CustomerMood: -0.6}); a.Has("hashtags_only") {
			t.Errorf("%s %q has sentences: %v", c.lang, c.text, ids(a))
		}
	}
}
