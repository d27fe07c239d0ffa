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
