package scoring

import (
	"strings"
	"testing"
)

// A change already decided ("all our stores get a briefing this week",
// "vanaf maandag krijgen alle filialen instructie") is something done for
// the customer, in either language: the reply is not told it lacks a next
// step, and restating the customer's harm beside an apology keeps its points
// (it is what shows the apology is meant, not a second "sorry").
func TestDecidedChangeIsAStepAndRestatingIsNotDiscounted(t *testing.T) {
	r := Default()
	for _, c := range []struct{ lang, post, reply string }{
		{"en", "Your security guard accused me of using drugs while I was injecting insulin. Humiliating.",
			"We have spoken with the staff member involved and all our stores get a briefing on diabetes this week. Thank you for speaking up, Naomi. - Ellen"},
		{"nl", "Jullie beveiliger beschuldigde me van drugsgebruik terwijl ik insuline spoot. Vernederend.",
			"We hebben de betrokken medewerker gesproken en vanaf maandag krijgen alle filialen uitleg over diabetes. Dank dat je het meldt, Naomi. ^Ellen"},
	} {
		a := r.Analyze(c.reply, Context{Language: c.lang, CustomerName: "Naomi", CustomerPost: c.post, CustomerMood: -0.7})
		for _, m := range a.Missing {
			if m.ID == "next_step" {
				t.Errorf("%s: a decided change is told it lacks a next step: %s", c.lang, featureList(a))
			}
		}
		if a.Has("no_way_forward") {
			t.Errorf("%s: a decided change counts as no way forward", c.lang)
		}
	}
	a := r.Analyze("Naomi, we are so sorry. Our staff took you for a drug user while you were injecting insulin. That was wrong. Our store manager will call you today.",
		Context{Language: "en", CustomerPost: "Your staff took me for a drug user while I was injecting insulin.", CustomerMood: -0.7})
	for _, d := range a.Discounts {
		if d.ID == "restates_case" {
			t.Errorf("restating the harm beside an apology is discounted: %+v", d)
		}
	}
	if !a.Has("restates_case") {
		t.Errorf("the restated harm is not found: %s", featureList(a))
	}
}

// An explanation names nothing that has no span and costs no points.
func TestExplainShowsNoEmptyZeroItems(t *testing.T) {
	r := Default()
	a := r.Analyze("sorry vervelend frustratie DM bel vandaag boos balen excuses", Context{Language: "nl", CustomerMood: -0.6})
	for _, line := range strings.Split(r.Explain(a, "en"), "\n") {
		if strings.Contains(line, `""`) || strings.HasSuffix(strings.TrimSpace(line), "loses 0") {
			t.Errorf("empty item in the explanation: %q", line)
		}
	}
}

// A signature of several words is a person's only when every word could
// be a name: a team, a department or the brand signs for no one, however
// many words it takes.
func TestMultiWordSignatures(t *testing.T) {
	r := Default()
	for _, c := range []struct {
		lang, reply, brand string
		person             bool
	}{
		{"nl", "Ik heb het pakket opnieuw verstuurd, het is er morgen. Groet, Albert Heijn", "Albert Heijn", false},
		{"en", "I've rebooked the engineer for tomorrow morning. – Sky Help Team", "Sky", false},
		{"nl", "Ik heb je abonnement vandaag aangepast.\nTeam Klantenservice", "", false},
		{"en", "I've rebooked the engineer for tomorrow morning. ^Anna", "Sky", true},
		{"en", "I've rebooked the engineer for tomorrow morning. – Esther", "Sky", true},
		{"nl", "Ik heb het pakket opnieuw verstuurd, het is er morgen. Groet, Mark", "Albert Heijn", true},
	} {
		a := r.Analyze(c.reply, Context{Language: c.lang, BrandName: c.brand, CustomerMood: -0.5})
		if a.Has("signature") != c.person || a.Has("company_signature") == c.person {
			t.Errorf("%q: signed by a person %v, want %v (%s)", c.reply, a.Has("signature"), c.person, featureList(a))
		}
	}
}

// A misreading pattern an author writes is refused when part of it can
// mean nothing: a bare "|" or a gap at either end.
func TestCheckPatternRefusesEmptyParts(t *testing.T) {
	for _, p := range []string{"|", "nog niet | gebeld", "* gebeld", "nog niet gebeld *"} {
		if CheckPattern(p, "nl") == nil {
			t.Errorf("%q accepted", p)
		}
	}
	for _, p := range []string{"nog niet * gebeld", "heb|hebt nog niet gebeld", "niet gebeld >"} {
		if err := CheckPattern(p, "nl"); err != nil {
			t.Errorf("%q refused: %v", p, err)
		}
	}
}

// A hyphen inside a word is no sign-off dash: "name-calling" does not sign
// with "calling", in either language.
func TestHyphenInsideAWordIsNoSignature(t *testing.T) {
	r := Default()
	for _, c := range []struct{ lang, text string }{
		{"en", "Thanks for the name-calling free chat. Speak soon, Tom"},
		{"en", "Please send us your e-mail address so we can look into it."},
		{"nl", "Stuur je e-mailadres even via DM, dan zoeken we het uit."},
		{"nl", "Dat was geen kant-en-klaar antwoord, groet Lotte"},
	} {
		for _, m := range r.Analyze(c.text, Context{Language: c.lang}).Features {
			if m.ID == "signature" && strings.HasPrefix(m.Text, "-") {
				t.Errorf("%s %q: signature found in %q", c.lang, c.text, m.Text)
			}
		}
	}
}

// Saying the brand should have told the customer something owns the
// failure; only reminding the customer of what they were already told
// corrects them. And an apology made conditional on how the reply came
// across is a non-apology in English as it is in Dutch ("sorry als het zo
// overkwam").
func TestToldYouOwnsOrCorrectsByWhoFailed(t *testing.T) {
	r := Default()
	ctx := Context{Language: "en", CustomerName: "Jason", CustomerMood: -0.6}
	for _, reply := range []string{
		"Jason, I'm sorry. We should have told you about the delay.",
		"Sorry Jason, we never told you the parcel was split. That's on us; the second box arrives tomorrow.",
		"Jason, I should have told you sooner that your order was held. It ships today.",
	} {
		if a := r.Analyze(reply, ctx); a.Has("blame_customer") {
			t.Errorf("owning a failure to tell is read as blame: %q: %s", reply, featureList(a))
		}
	}
	for _, reply := range []string{
		"Jason, as I told you in my DM, the refund is on its way.",
		"Like we told you yesterday, the order ships on Friday.",
	} {
		if a := r.Analyze(reply, ctx); !a.Has("blame_customer") {
			t.Errorf("reminding the customer of what they were told is not seen: %q: %s", reply, featureList(a))
		}
	}
	for _, c := range []struct{ lang, reply string }{
		{"en", "Jason, I'm sorry if my reply came across the wrong way. Your order ships today."},
		{"en", "Apologies if that sounded rude, Jason. Your order ships today."},
		{"nl", "Jason, sorry als mijn antwoord verkeerd overkwam. Je bestelling gaat vandaag de deur uit."},
	} {
		if a := r.Analyze(c.reply, Context{Language: c.lang, CustomerName: "Jason", CustomerMood: -0.6}); !a.Has("non_apology") {
			t.Errorf("%s: a conditional apology counts as an apology: %q: %s", c.lang, c.reply, featureList(a))
		}
	}
}
