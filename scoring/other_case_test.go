package scoring

import (
	"strings"
	"testing"
)

// Playtest 16, P16-19: a reply to one customer pasted to another with only
// the name changed kept the first customer's facts ("six weeks", "a damaged
// sofa", "three emails" to a customer who waited eight weeks for a dining
// table and sent two) and was credited "You name the customer's case in
// their own words" (97/96). The facts are another customer's case: no
// restating credit, a finding that says what this customer wrote, in both
// languages. The same reply with this customer's facts is untouched, and a
// reply's own spans of time or news ("within 5 working days", "40 new
// films") contradict nothing.
func TestAReplyWithAnotherCustomersFactsIsNoRestatement(t *testing.T) {
	cases := []struct {
		lang, post, pasted, own, note string
	}{
		{"en", "Waited eight weeks for a dining table, two emails and still no answer. What is going on?",
			"Gerrit, six weeks of waiting, a damaged sofa and three emails without an answer: that's not OK, sorry. I'll call you today before 4 pm about a new sofa. - Joyce",
			"Gerrit, eight weeks of waiting for your dining table and two emails without an answer: that's not OK, sorry. I'll call you today before 4 pm. - Joyce",
			"eight weeks"},
		{"nl", "Acht weken gewacht op een eettafel en op twee mails nog steeds geen antwoord. Wat is er aan de hand?",
			"Gerrit, zes weken wachten, een beschadigde bank en drie mails zonder antwoord: dat is niet oké, sorry. Ik bel je vandaag voor 16:00 over een nieuwe bank. - Joyce",
			"Gerrit, acht weken wachten op je eettafel en twee mails zonder antwoord: dat is niet oké, sorry. Ik bel je vandaag voor 16:00. - Joyce",
			"acht weken"},
	}
	for _, c := range cases {
		ctx := Context{Language: c.lang, CustomerName: "Gerrit", CustomerPost: c.post, CustomerMood: -0.6}
		pasted, own := Default().Analyze(c.pasted, ctx), Default().Analyze(c.own, ctx)
		if !pasted.Has("other_customers_case") || pasted.Has("restates_case") {
			t.Errorf("%s pasted: want other_customers_case and no restates_case, got %v", c.lang, ids(pasted))
		}
		if own.Has("other_customers_case") || !own.Has("restates_case") {
			t.Errorf("%s own facts: want restates_case only, got %v", c.lang, ids(own))
		}
		if Overall(pasted) >= Overall(own)-20 {
			t.Errorf("%s: pasted %.0f, own facts %.0f: the pasted reply should score far lower", c.lang, Overall(pasted), Overall(own))
		}
		for _, lang := range []string{"nl", "en"} {
			if ex := Default().Explain(pasted, lang); !strings.Contains(strings.ToLower(ex), c.note) {
				t.Errorf("%s pasted, explained in %s: want the customer's own count %s in\n%s", c.lang, lang, c.note, ex)
			}
		}
	}
	own := []struct{ lang, post, text string }{
		{"en", "Three days trying to reach my tutor about my resit, three emails. Nobody answers.",
			"Three days and three emails without an answer is too long, sorry. Tutors answer within five working days; I'll chase yours today."},
		{"nl", "Weer 2 euro per maand duurder en nog steeds dezelfde 4 films die ik al 10x heb gezien.",
			"Snap ik: meer betalen voor dezelfde films is zuur. Deze maand komen er 40 nieuwe films bij, en ik zet je vandaag over naar Basis."},
	}
	for _, c := range own {
		if a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: c.post, CustomerMood: -0.5}); a.Has("other_customers_case") {
			t.Errorf("%s %q: its own spans and news are no other case, got %v", c.lang, c.text, ids(a))
		}
	}
}
