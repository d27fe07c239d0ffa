package scoring

import "testing"

// TestJoySharedWithoutThanks: a pleased customer answered with their
// moment called a good one, in words of their post and without a word of
// thanks, is answered warmly: it shares their joy and ranks above a bare
// thanks, in Dutch and in English alike (playtest 18, P18-22; playtest 19,
// P19-6: such a reply scored 43/50, below "Bedankt!").
func TestJoySharedWithoutThanks(t *testing.T) {
	r := Default()
	cases := []struct{ lang, post, warm, bare string }{
		{"nl", "@BakkerijZoet Onze zoon werd acht en jullie voetbaltaart was een hit bij alle kinderen! 🎂",
			"@marloes_b Acht jaar en een voetbaltaart die een hit was, dat is een geslaagd feest! ^Eva", "@marloes_b Bedankt! ^Eva"},
		{"en", "@SweetBakes Our son turned eight and your football cake was a hit with all the kids! 🎂",
			"@marloes_b Eight years old and a football cake that was a hit, that's a great party! ^Eva", "@marloes_b Thanks! ^Eva"},
		{"nl", "@CampingDeDuinen Wat een weekend bij jullie, de kinderen willen volgend jaar weer!",
			"@rob_kampeert Kinderen die volgend jaar weer willen, dat was een mooi weekend! ^Iris", "@rob_kampeert Dank je! ^Iris"},
		{"en", "@DunesCamping What a weekend with you, the kids want to come back next year!",
			"@rob_kampeert Kids who want to come back next year, that was a lovely weekend! ^Iris", "@rob_kampeert Thank you! ^Iris"},
	}
	for _, c := range cases {
		ctx := Context{Language: c.lang, CustomerPost: c.post, CustomerMood: 0.8}
		warm, bare := r.Analyze(c.warm, ctx), r.Analyze(c.bare, ctx)
		if !warm.Has("share_joy") {
			t.Errorf("%s: the joy it shares is not found: %s", c.warm, featureList(warm))
		}
		if Overall(warm) <= Overall(bare) {
			t.Errorf("%s (%.0f) does not rank above %s (%.0f)", c.warm, Overall(warm), c.bare, Overall(bare))
		}
	}
}
