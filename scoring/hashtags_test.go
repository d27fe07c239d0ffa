package scoring

import "testing"

// A reply of a few hashtags alone is no message (six or more words
// without function words were a list already): "#PowerCut #Sorry #WereOnIt"
// earned an apology and a step (69 in Dutch, 36 in English in the retired
// blind9) and ranked above a vague but real sentence. A hashtag inside a
// sentence is a word of it.
func TestHashtagsAloneAreNoMessage(t *testing.T) {
	post := "Drie uur in de rij en mijn bandje werkt niet. / Three hours in the queue and my wristband doesn't work."
	for _, c := range [][2]string{
		{"nl", "#sorry #bandje #ingang #geniet"},
		{"nl", "#excuses #opgelost #feest ^Joep"},
		{"en", "#sorry #wristband #entrance #enjoy"},
		{"en", "#apologies #sorted #party ^Joe"},
	} {
		ctx := Context{Language: c[0], CustomerPost: post, CustomerMood: -0.6}
		tags := Default().Analyze(c[1], ctx)
		if !tags.Has("not_a_message") {
			t.Errorf("%q: want not_a_message, got %v", c[1], ids(tags))
		}
	}
	sentence := "Sorry for the wait! Walk to entrance C, Mira has a new #wristband for you now. ^Joe"
	if a := Default().Analyze(sentence, Context{Language: "en", CustomerPost: post, CustomerMood: -0.6}); a.Has("not_a_message") {
		t.Errorf("%q: a hashtag inside a sentence is a word of it, got %v", sentence, ids(a))
	}
}
