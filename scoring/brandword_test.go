package scoring

import "testing"

// TestBrandNameRestatesNothing: the brand naming itself ("Kind regards,
// The Hollin Water Team") repeats words of a post that names the brand,
// but restates nothing of the customer's harm, in either language; the
// customer's own words written in lower case still do.
func TestBrandNameRestatesNothing(t *testing.T) {
	r := Default()
	for _, c := range []struct {
		lang, post, reply string
		want              bool
	}{
		{"en", "Hollin Water, the tap water is brown again and I have a baby to feed.", "We understand your concern. Kind regards, The Hollin Water Team", false},
		{"nl", "Hollin Water, het kraanwater is weer bruin en ik heb een baby te voeden.", "Wij begrijpen uw zorg. Met vriendelijke groet, Het Hollin Water Team", false},
		{"en", "Hollin Water, the tap water is brown again and I have a baby to feed.", "Brown tap water with a baby to feed is the last thing you need. ^Abi", true},
		{"nl", "Hollin Water, het kraanwater is weer bruin en ik heb een baby te voeden.", "Bruin kraanwater terwijl je een baby moet voeden, dat kan niet. ^Abi", true},
	} {
		a := r.Analyze(c.reply, Context{Language: c.lang, CustomerPost: c.post, BrandName: "Hollin Water", CustomerMood: -0.6})
		if got := a.Has("restates_case"); got != c.want {
			t.Errorf("%s %q: restates_case %v, want %v\n      %s", c.lang, c.reply, got, c.want, featureList(a))
		}
	}
}
