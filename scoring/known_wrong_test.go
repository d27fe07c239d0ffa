package scoring

import (
	"strings"
	"testing"
)

// A reply in English to a Dutch case keeps its "wrong language" penalty
// but is read in its own words: the step it promises still counts, and it
// scores above the same reply without the step.
func TestWrongLanguageReplyIsReadInItsOwnLanguage(t *testing.T) {
	post := "Ik heb al drie keer gebeld en nog steeds geen internet. Belachelijk."
	cases := []struct{ caseLang, step, bare string }{
		{"nl", "Sorry Dorien, we're reversing the charge and I'll call you today about the outage.", "Sorry Dorien, that is annoying to hear about the outage."},
		{"en", "Sorry Dorien, we draaien de kosten terug en ik bel je vandaag over de storing.", "Sorry Dorien, wat vervelend om te horen van de storing."},
	}
	for _, c := range cases {
		ctx := Context{Language: c.caseLang, CustomerMood: -0.7, CustomerName: "Dorien", CustomerPost: post}
		a := Default().Analyze(c.step, ctx)
		if !a.Has("wrong_language") {
			t.Errorf("%q in a %s case: no wrong_language", c.step, c.caseLang)
		}
		if !a.Has("next_step") || a.Has("no_way_forward") {
			t.Errorf("%q in a %s case: its step is not read (next_step %v, no_way_forward %v)", c.step, c.caseLang, a.Has("next_step"), a.Has("no_way_forward"))
		}
		if b := Default().Analyze(c.bare, ctx); Overall(b) >= Overall(a) {
			t.Errorf("in a %s case the reply with a step (%.0f) does not beat the bare one (%.0f)", c.caseLang, Overall(a), Overall(b))
		}
	}
}

// Separable Dutch verbs of undoing ("draaien we terug", "zetten we terug",
// "boeken we terug") are steps, as "we're reversing" is in English.
func TestDutchSeparableStepsMatchEnglish(t *testing.T) {
	pairs := [][2]string{
		{"Sorry Dorien, de kosten draaien we voor dit jaar terug.", "Sorry Dorien, we're reversing the charge for this year."},
		{"Sorry Dorien, ik boek het bedrag vandaag nog terug.", "Sorry Dorien, I'm refunding the amount today."},
		{"Sorry Dorien, we zetten je abonnement terug naar het oude tarief.", "Sorry Dorien, we're switching your plan back to the old rate."},
		{"Sorry Dorien, de kosten worden teruggedraaid.", "Sorry Dorien, the charge will be reversed."},
		{"Sorry Dorien, we schelden de boete kwijt.", "Sorry Dorien, we're waiving the fine."},
	}
	for _, p := range pairs {
		nl := Default().Analyze(p[0], Context{Language: "nl", CustomerMood: -0.6, CustomerName: "Dorien"})
		en := Default().Analyze(p[1], Context{Language: "en", CustomerMood: -0.6, CustomerName: "Dorien"})
		for _, a := range []Analysis{nl, en} {
			if !a.Has("next_step") && !a.Has("resolved") {
				t.Errorf("%q: no step", a.Text)
			}
		}
		if d := Overall(nl) - Overall(en); d > 10 || d < -10 {
			t.Errorf("%q %.0f vs %q %.0f", p[0], Overall(nl), p[1], Overall(en))
		}
	}
}

// A reply that asks for the customer's number to call them back at a set
// time promises more than a request for details: the note on what its
// waiting costs names the wait, and never says the reply only asks.
func TestRequestBesideAPromiseIsNotCalledOnlyAsking(t *testing.T) {
	for _, c := range []struct{ lang, text, wait string }{
		{"nl", "Sorry Dorien, je hebt gelijk. Stuur je je nummer via DM, dan bel ik binnen een kwartier. ^Lotte", "wacht"},
		{"en", "Sorry Dorien, you're right. DM me your number and I'll call you within 15 minutes. ^Lotte", "waits"},
	} {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerMood: -0.7, CustomerName: "Dorien"})
		if !a.Has("next_step") {
			t.Errorf("%q: the call is no step", c.text)
		}
		for _, d := range a.Discounts {
			if !strings.Contains(d.Note, c.wait) || strings.Contains(d.Note, "alleen") || strings.Contains(d.Note, "only ask") {
				t.Errorf("%q: discount of %s says %q", c.text, d.ID, d.Note)
			}
		}
	}
}

// Citing the brand's own fitter or norm against the customer ("volgens
// onze monteur wel binnen de norm") contradicts them in public, in either
// language, and the question "avoids correcting?" says no.
func TestCitingTheNormAgainstTheCustomerIsDenial(t *testing.T) {
	for _, c := range []struct{ lang, text, plain string }{
		{"nl", "Sorry Peter dat het zo lang duurde. Het werkblad ligt volgens onze monteur wel binnen de norm, maar we komen graag kijken.", "Sorry Peter dat het zo lang duurde. We komen graag kijken naar het werkblad."},
		{"en", "Sorry Peter it took so long. According to our fitter the worktop is within tolerance, but we're happy to come and look.", "Sorry Peter it took so long. We're happy to come and look at the worktop."},
		{"en", "Sorry Peter it took so long. The worktop meets the standard, but we're happy to come and look.", "Sorry Peter it took so long. We're happy to come and look at the worktop."},
	} {
		ctx := Context{Language: c.lang, CustomerMood: -0.6, CustomerName: "Peter"}
		a := Default().Analyze(c.text, ctx)
		if !a.Has("deny") {
			t.Errorf("%q: no deny", c.text)
		}
		for _, q := range Default().Questions(a) {
			if q.ID == "no_harm" && q.Answer != "no" {
				t.Errorf("%q: 'avoids correcting?' says %q", c.text, q.Answer)
			}
		}
		if p := Default().Analyze(c.plain, ctx); Overall(p) <= Overall(a) || !p.Has("next_step") {
			t.Errorf("%q (%.0f) does not beat %q (%.0f), or has no step", c.plain, Overall(p), c.text, Overall(a))
		}
	}
}

// Marks that press an apology, thanks or joy ("sorry!!!", "gefeliciteerd!!!")
// raise no voice; the same marks after a statement to the customer do.
func TestWarmExclamationsAreNoShouting(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		shout      bool
	}{
		{"nl", "sorry!!! dat had niet mogen gebeuren, ik regel het vandaag", false},
		{"en", "sorry!!! that shouldn't have happened, I'll sort it today", false},
		{"nl", "Dat staat gewoon in de voorwaarden!!!", true},
		{"en", "It's all in the terms and conditions!!!", true},
	} {
		if a := Default().Analyze(c.text, Context{Language: c.lang, CustomerMood: -0.5}); a.Has("shouting") != c.shout {
			t.Errorf("%q: shouting %v, want %v", c.text, a.Has("shouting"), c.shout)
		}
	}
}

// A dash that carries the sentence on ("– really sorry, Tom") is no
// signature; a dash before a name is, particles and teams included.
func TestDashBeforeASentenceIsNoSignature(t *testing.T) {
	for _, c := range []struct {
		lang, text, want string
	}{
		{"en", "I'll sort it today – really sorry, Tom", ""},
		{"nl", "Ik regel het vandaag — echt sorry, Tom", ""},
		{"en", "I'll sort it today – Tom", "signature"},
		{"nl", "Ik regel het vandaag – Jan de Vries", "signature"},
		{"nl", "Ik regel het vandaag – team Sanoma", "company_signature"},
	} {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerMood: -0.5, BrandName: "Sanoma"})
		got := ""
		for _, id := range []string{"signature", "company_signature"} {
			if a.Has(id) {
				got = id
			}
		}
		if got != c.want {
			t.Errorf("%q: %q, want %q", c.text, got, c.want)
		}
	}
}

// Treating the complaint as a joke ("ik dacht dat je een grapje maakte")
// does not take the customer seriously: it belittles them, in both
// languages, beyond the small risk of a joke.
func TestTakingTheComplaintForAJokeBelittles(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"nl", "Oh, ik dacht dat je een grapje maakte. Wat is er precies aan de hand?"},
		{"en", "Oh, I thought you were joking. What's going on exactly?"},
		{"nl", "Is dit een grap? Wat is er precies aan de hand?"},
		{"en", "Is this a joke? What's going on exactly?"},
	} {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerMood: -0.6})
		if !a.Has("sarcasm") {
			t.Errorf("%q: not read as belittling: %v", c.text, a.Features)
		}
		for _, q := range Default().Questions(a) {
			if q.ID == "no_harm" && q.Answer != "no" {
				t.Errorf("%q: 'avoids brushing off?' says %q", c.text, q.Answer)
			}
		}
	}
}
