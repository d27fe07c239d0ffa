package scoring

import "testing"

// A bare pointer to the website in place of an answer is a deflection in
// English as in Dutch, whatever its determiner: "It's on the website",
// "See website", "Have a look at our website", "Check the website" as
// "Dat staat op de site", "Zie website", "Kijk op de website". It scores
// below the plain answer to the question.
func TestABarePointerToTheWebsiteIsADeflection(t *testing.T) {
	r := Default()
	posts := map[string]string{
		"nl": "@Zwembad Is het zwembad open op tweede kerstdag? Wil met de kinderen gaan.",
		"en": "@Pool Is the pool open on Boxing Day? Want to take the kids.",
	}
	answers := map[string]string{"nl": "@lies Ja, van 10:00 tot 16:00.", "en": "@liz Yes, 10am to 4pm."}
	for _, c := range []struct{ lang, text string }{
		{"nl", "@lies Dat staat op de site."},
		{"nl", "@lies Alles over openingstijden vind je op de website."},
		{"nl", "@lies Zie website."},
		{"en", "@liz It's on the website."},
		{"en", "@liz See website."},
		{"en", "@liz Have a look at our website."},
		{"en", "@liz Check the website."},
	} {
		ctx := Context{Language: c.lang, CustomerMood: -0.2, CustomerPost: posts[c.lang]}
		a, ans := r.Analyze(c.text, ctx), r.Analyze(answers[c.lang], ctx)
		if !a.Has("deflect") || Overall(a) >= Overall(ans) {
			t.Errorf("%s %q: deflect %v, %.1f against the answer's %.1f: %v", c.lang, c.text, a.Has("deflect"), Overall(a), Overall(ans), ids(a))
		}
	}
}
