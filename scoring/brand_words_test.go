package scoring

import (
	"strings"
	"testing"
)

// The brand's own offer and the agent's signature are no restatement of
// the customer's case, even where the customer named the agent and the
// offer shares a word with the post (P14-14): a discount code earns no
// "case in their own words". A reply that does name the customer's words
// keeps the credit.
func TestTheBrandsOwnWordsAreNoRestatement(t *testing.T) {
	r := Default()
	for _, c := range []struct {
		lang, post, text string
		restates         bool
	}{
		{"nl", "Een week gewacht op de nieuwe bank, maar hij staat er. Dank je, Joyce!",
			"Wat fijn, Marieke! Geniet ervan. En zoek je nog bijpassende kussens: deze week 20% korting met code BANK20 ;) - Joyce", false},
		{"en", "A week of waiting for the new sofa, but it's here. Thanks, Joyce!",
			"So glad, Megan! Enjoy it. And if you're after matching cushions: 20% off this week with code SOFA20 ;) - Joyce", false},
		{"nl", "Een week gewacht op de nieuwe bank, maar hij staat er. Dank je, Joyce!",
			"Wat fijn, Marieke! Een week wachten op je nieuwe bank was te lang, sorry nog. Veel zitplezier! - Joyce", true},
		{"en", "A week of waiting for the new sofa, but it's here. Thanks, Joyce!",
			"So glad, Megan! A week of waiting for your new sofa was too long, sorry again. Enjoy it! - Joyce", true},
	} {
		a := r.Analyze(c.text, Context{Language: c.lang, CustomerMood: 0.6, CustomerName: "Marieke", CustomerPost: c.post})
		if a.Has("restates_case") != c.restates {
			t.Errorf("%s %q: restatement credited %v, want %v: %v", c.lang, c.text, a.Has("restates_case"), c.restates, ids(a))
		}
	}
}

// The reason an advert's "Bestel vandaag nog!" is no step names the
// offer, not a time "of the customer or of what happened" (P15-7), in
// both languages.
func TestAnAdvertsTimeIsExplainedAsNoStepOfYours(t *testing.T) {
	r := Default()
	for _, c := range []struct{ lang, text, want string }{
		{"nl", "Sorry Daan! Bestel vandaag nog via de app.", "aanbieding"},
		{"en", "Sorry Daan! Order today via the app.", "offer"},
	} {
		a := r.Analyze(c.text, Context{Language: c.lang, CustomerMood: -0.6})
		if !a.Has("time_not_a_step") {
			t.Fatalf("%s %q: the advert's time is read as a step: %v", c.lang, c.text, ids(a))
		}
		if ex := r.Explain(a, c.lang); !strings.Contains(ex, c.want) {
			t.Errorf("%s: the reason does not name the %s:\n%s", c.lang, c.want, ex)
		}
	}
}

// A company signs as no one even when the brand is not given: "Kind
// regards, Sanoma Media" earned +8 as a personal signature from `score`
// without --brand (playtest 20, P20-24); a person signing with a role
// still does.
func TestACompanyNameSignsAsNoOneWithoutTheBrand(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		person     bool
	}{
		{"en", "Sorry for the double charge, I've refunded it today. Kind regards, Sanoma Media", false},
		{"en", "Sorry for the double charge, I've refunded it today. Kind regards, Acme Media Group", false},
		{"nl", "Sorry voor de dubbele afschrijving, ik heb het vandaag teruggestort. Met vriendelijke groet, Polisvast Verzekeringen", false},
		{"nl", "Sorry voor de dubbele afschrijving, ik heb het vandaag teruggestort. Groet, Lotte", true},
		{"en", "Sorry for the double charge, I've refunded it today. Kind regards, Lotte", true},
	} {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: "Twice charged", CustomerMood: -0.5})
		if a.Has("signature") != c.person || a.Has("company_signature") == c.person {
			t.Errorf("%q: signature %v, company signature %v; want a person's: %v", c.text, a.Has("signature"), a.Has("company_signature"), c.person)
		}
	}
}
