package scoring

import (
	"strings"
	"testing"
)

// A wrong @handle or a misspelt name is found in both languages, with the
// span of the slip and a note that says who the customer is, and costs the
// reply against the same reply with the right address.
func TestWrongHandleAndMisspeltName(t *testing.T) {
	r := Default()
	ctx := func(lang, post string) Context {
		return Context{Language: lang, CustomerName: "Sophie", CustomerHandle: "sophieruns", CustomerMood: -0.6,
			BrandName: "Zalando", CustomerPost: post}
	}
	postNL := "@Zalando Mijn hardloopschoenen zijn nu al twee weken onderweg. Waar blijven ze?"
	postEN := "@Zalando My running shoes have been on their way for two weeks now. Where are they?"
	cases := []struct {
		lang, text, want, span string
	}{
		{"nl", "@sophie_runs Sorry, ik heb je schoenen vandaag opnieuw verstuurd, morgen heb je ze.", "wrong_handle", "@sophie_runs"},
		{"en", "@sophie_runs Sorry, I've sent your shoes out again today, you'll have them tomorrow.", "wrong_handle", "@sophie_runs"},
		{"nl", "@sophierun Ik heb je schoenen vandaag opnieuw verstuurd.", "wrong_handle", "@sophierun"},
		{"en", "@sophierun I've sent your shoes out again today.", "wrong_handle", "@sophierun"},
		{"nl", "@sophieruns Sofie, wat vervelend! Ik heb ze vandaag opnieuw verstuurd.", "misspelt_name", "Sofie"},
		{"en", "@sophieruns Sofie, that's annoying! I've sent them out again today.", "misspelt_name", "Sofie"},
		{"nl", "@sophieruns Sorry Sohpie, ik heb ze vandaag opnieuw verstuurd.", "misspelt_name", "Sohpie"},
		{"en", "@sophieruns Sorry Sohpie, I've sent them out again today.", "misspelt_name", "Sohpie"},
	}
	for _, c := range cases {
		post := postNL
		if c.lang == "en" {
			post = postEN
		}
		a := r.Analyze(c.text, ctx(c.lang, post))
		var found *Feature
		for i := range a.Features {
			if a.Features[i].ID == c.want {
				found = &a.Features[i]
				break
			}
		}
		if found == nil {
			t.Errorf("%s %q: want %s, got %s", c.lang, c.text, c.want, featureList(a))
			continue
		}
		if found.Text != c.span {
			t.Errorf("%s %q: %s spans %q, want %q", c.lang, c.text, c.want, found.Text, c.span)
		}
		who := "@sophieruns"
		if c.want == "misspelt_name" {
			who = "Sophie"
		}
		for _, lang := range []string{"nl", "en"} {
			if e := r.Explain(a, lang); !strings.Contains(e, who) || !strings.Contains(e, c.span) {
				t.Errorf("%s %q: the %s explanation names neither %s nor %q:\n%s", c.lang, c.text, lang, who, c.span, e)
			}
		}
		right := strings.NewReplacer(c.span, map[string]string{"wrong_handle": "@sophieruns", "misspelt_name": "Sophie"}[c.want]).Replace(c.text)
		if b := r.Analyze(right, ctx(c.lang, post)); Overall(b) <= Overall(a) {
			t.Errorf("%s: %q scores %.1f, not above %q at %.1f", c.lang, right, Overall(b), c.text, Overall(a))
		}
	}
}

// The right address, a short form, someone else the case mentions, the
// brand's own handle and the writer's own name are no slip.
func TestRightAddressIsNoSlip(t *testing.T) {
	r := Default()
	post := "@Zalando Mijn schoenen zijn kwijt, en mijn zus @sophie_run heeft hetzelfde probleem."
	for _, c := range []struct{ lang, text string }{
		{"nl", "@sophieruns Hoi Sophie, ik heb je schoenen vandaag opnieuw verstuurd. ^Sofie"},
		{"en", "@sophieruns Hi Sophie, I've sent your shoes out again today. – Sofie"},
		{"nl", "@sophieruns @sophie_run Ik heb jullie allebei vandaag een nieuw paar gestuurd. Groet, Sofie"},
		{"en", "@sophieruns @sophie_run I've sent you both a new pair today. Regards, Sofie"},
		{"nl", "@sophieruns Soph, ik heb ze vandaag opnieuw verstuurd."},
		{"en", "@sophieruns Thanks Sophie! Tag @Zalandos next time and we'll see it sooner."},
	} {
		ctx := Context{Language: c.lang, CustomerName: "Sophie", CustomerHandle: "sophieruns", CustomerMood: -0.6,
			BrandName: "Zalando", CustomerPost: post}
		a := r.Analyze(c.text, ctx)
		if a.Has("wrong_handle") {
			t.Errorf("%s %q: wrong_handle found: %s", c.lang, c.text, featureList(a))
		}
		if a.Has("wrong_name") || a.Has("misspelt_name") {
			t.Errorf("%s %q: wrong or misspelt name found: %s", c.lang, c.text, featureList(a))
		}
	}
}

// The explanation of a misspelt name says it has no points of its own, not
// that it repeats, and a tip with a greeting names the customer in either
// language of the explanation.
func TestMisspeltNameExplained(t *testing.T) {
	r := Default()
	for _, lang := range []string{"nl", "en"} {
		a := r.Analyze("@sophieruns Sorry Sofie! Dat lossen we op.", Context{Language: "nl", CustomerName: "Sophie",
			CustomerHandle: "sophieruns", CustomerMood: -0.6, CustomerPost: "@FitLab Twee keer afgeschreven!"})
		e := r.Explain(a, lang)
		if !strings.Contains(e, "Sofie") || strings.Contains(e, "herhaling") || strings.Contains(e, "a repeat") {
			t.Errorf("%s: the misspelt name is not explained as a finding of no points:\n%s", lang, e)
		}
		if strings.Contains(e, "{customer}") || !strings.Contains(e, "Sophie\"") {
			t.Errorf("%s: a tip does not greet Sophie:\n%s", lang, e)
		}
	}
}

// A handle with a dot in it, as Facebook and Instagram write them
// ("@naomi.d"), is the customer's whole handle, also at a sentence's end;
// before, the mention stopped at the dot, and the right handle was read as
// a wrong one ("@naomi", 15 empathy off). A slip in it is still found.
func TestAHandleWithADotIsRead(t *testing.T) {
	r := Default()
	for _, c := range []struct {
		lang, text string
		wrong      bool
	}{
		{"en", "@naomi.d I'm so sorry, Naomi. We'll call you today.", false},
		{"nl", "@naomi.d Het spijt ons echt, Naomi. We bellen je vandaag.", false},
		{"en", "We're so sorry, Naomi. We'll call you today, @naomi.d.", false},
		{"nl", "Het spijt ons echt. We bellen je vandaag, @naomi.d.", false},
		{"en", "@naomi.dd I'm so sorry, Naomi. We'll call you today.", true},
		{"nl", "@naomi_d Het spijt ons echt, Naomi. We bellen je vandaag.", true},
	} {
		ctx := Context{Language: c.lang, CustomerName: "Naomi", CustomerHandle: "naomi.d", CustomerMood: -0.7}
		if got := r.Analyze(c.text, ctx).Has("wrong_handle"); got != c.wrong {
			t.Errorf("%s %q: wrong handle %v, want %v", c.lang, c.text, got, c.wrong)
		}
	}
}

// A name that is not the customer's, said right after a sentence's opening
// word ("Sorry Marieke," to Dorien, "Thanks Tom!" to Sophie), shows the
// reply was written for someone else, as a greeting with it does; the
// customer's own name there, the brand's and a name the post itself
// mentions are no slip. Both languages.
func TestAWrongNameAfterSorryOrThanks(t *testing.T) {
	r := Default()
	post := "@Zalando Mijn schoenen zijn kwijt. Mijn buurman Tom had hetzelfde."
	for _, c := range []struct {
		lang, text string
		wrong      bool
	}{
		{"nl", "@sophieruns Sorry Marieke, je hebt gelijk. Ik heb ze vandaag opnieuw verstuurd.", true},
		{"en", "@sophieruns Sorry Marieke, you're right. I've sent them out again today.", true},
		{"nl", "Zo Bram, opgelost hoor. Je schoenen komen morgen.", true},
		{"en", "Thanks Bram! Your shoes arrive tomorrow.", true},
		{"nl", "Sorry Sophie, je hebt gelijk. Ik heb ze vandaag opnieuw verstuurd.", false},
		{"en", "Sorry Zalando fans, we're on it. Your shoes arrive tomorrow.", false},
		{"nl", "Dank Tom ook, dat hij het meldde. Je schoenen komen morgen.", false},
		{"en", "Sorry, you're right. I've sent them out again today.", false},
	} {
		ctx := Context{Language: c.lang, CustomerName: "Sophie", CustomerHandle: "sophieruns", CustomerMood: -0.6,
			BrandName: "Zalando", CustomerPost: post}
		if got := r.Analyze(c.text, ctx).Has("wrong_name"); got != c.wrong {
			t.Errorf("%s %q: wrong name %v, want %v", c.lang, c.text, got, c.wrong)
		}
	}
}
