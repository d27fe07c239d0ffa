package session

import (
	"strings"
	"testing"
)

// Domino's ending after the slip retold the historical path whatever the
// trainee's replies did: after a thank-you with a sales pitch and then a
// denial ("Haha nee hoor, geen automatisch bericht, gewoon een
// enthousiaste collega"), "Ambassadeur" said "Eerst beantwoordde je
// Kevins foto alsof het een klacht was … Daarna gaf je hem met een grap
// toe"; in English, after a template and a busy-night excuse, "At first
// you answered Kevin's photo as if it were a complaint … Then you owned
// it with a laugh" (playtest 24, P24-8). The story says the first reply
// missed what Kevin wrote, and that the slip was owned only where a reply
// owned it.
func TestDominosEndingRetellsOnlyWhatTheRepliesDid(t *testing.T) {
	cases := []struct {
		lang      string
		seed      uint64
		first     string
		second    string
		owned     bool
		closing   string
		mustNot   []string
		mustAlso  string
		outcomeOf string
	}{
		{"nl", 2408, "@kevinvdl Dank je Kevin, wat leuk! Probeer volgende keer ook eens onze nieuwe Pepperoni Passion, deze week de tweede pizza halve prijs! ^Mark",
			"@kevinvdl @sanne_b Haha nee hoor, geen automatisch bericht, gewoon een enthousiaste collega :D Eet smakelijk Kevin! ^Mark", false,
			"@kevinvdl @sanne_b Dank je Kevin! En ja: volgende zaterdag trakteren wij. Stuur je even een DM? ^Mark",
			[]string{"alsof het een klacht was", "toe en", "gaf je hem"}, "nooit werd toegegeven", "weglachte"},
		{"en", 2422, "@kevinvdl Thanks for your message Kevin! We're always happy to hear from our customers. Have a great evening! ^Mark",
			"@kevinvdl Haha sorry Kevin, Saturday night rush, we're answering hundreds of messages at once! Glad you loved the pizza, enjoy! ^Mark", false,
			"@kevinvdl @sanne_b Thanks for being such a good sport, Kevin! Next Saturday is on us. Could you send us a DM? ^Mark",
			[]string{"as if it were a complaint", "you owned it"}, "never admitted", "laughed off"},
		{"nl", 2408, "@kevinvdl Dank je Kevin, wat leuk! Probeer volgende keer ook eens onze nieuwe Pepperoni Passion, deze week de tweede pizza halve prijs! ^Mark",
			"@kevinvdl Oeps, dat ging mis! Geen automatisch bericht, wel een mens die te snel las. Dank je voor het compliment, en eet smakelijk! ^Mark", true,
			"@kevinvdl @sanne_b Dank je Kevin! En ja: volgende zaterdag trakteren wij. Stuur je even een DM? ^Mark",
			[]string{"alsof het een klacht was", "nooit"}, "gaf je hem luchtig toe", ""},
		{"en", 2422, "@kevinvdl Thanks for your message Kevin! We're always happy to hear from our customers. Have a great evening! ^Mark",
			"@kevinvdl Oops, that went wrong! Not an automatic message, just a human who read too fast. Thanks for the compliment, and enjoy! ^Mark", true,
			"@kevinvdl @sanne_b Thanks for being such a good sport, Kevin! Next Saturday is on us. Could you send us a DM? ^Mark",
			[]string{"as if it were a complaint", "never"}, "you owned it", ""},
	}
	for _, c := range cases {
		sc := builtin(t, "dominos-sorry", c.lang)
		s, r := playSteps(t, "dominos-sorry", c.lang, c.seed, Practice,
			[]Step{{At: 7, Text: c.first}, {At: 17, Text: c.second}, {At: 28, Text: c.closing}})
		if r.Ending != "ambassadeur" {
			t.Fatalf("%s (owned %v): the round ended %q via %v, want the ambassador after the slip", c.lang, c.owned, r.Ending, r.Path)
		}
		text := s.Ending().Text
		for _, no := range c.mustNot {
			if strings.Contains(text, no) {
				t.Errorf("%s, after %q: the ending says %q:\n%s", c.lang, c.second, no, text)
			}
		}
		if !strings.Contains(text, c.mustAlso) {
			t.Errorf("%s, after %q: the ending does not say %q:\n%s", c.lang, c.second, c.mustAlso, text)
		}
		e, _ := sc.Ending("ambassadeur")
		if got := r.EndingOutcomeLine(sc); c.outcomeOf != "" && !strings.Contains(got, c.outcomeOf) || c.outcomeOf == "" && got != e.Outcome {
			t.Errorf("%s, after %q: the outcome line is %q", c.lang, c.second, got)
		}
	}
}

// The mixed ending after the slip said "You recovered with an honest,
// light reply" after a denial or a busy-night excuse as well: a slip
// laughed off is told as one.
func TestDominosSlipLaughedOffIsNotAnHonestRecovery(t *testing.T) {
	denial := map[string]string{
		"nl": "@kevinvdl @sanne_b Haha nee hoor, geen automatisch bericht, gewoon een enthousiaste collega :D Eet smakelijk Kevin! ^Mark",
		"en": "@kevinvdl Haha sorry Kevin, Saturday night rush, we're answering hundreds of messages at once! Glad you loved the pizza, enjoy! ^Mark",
	}
	pitch := map[string]string{
		"nl": "@kevinvdl Dank je Kevin, wat leuk! Probeer volgende keer ook eens onze nieuwe Pepperoni Passion, deze week de tweede pizza halve prijs! ^Mark",
		"en": "@kevinvdl Thanks Kevin, great! Next time try our new Pepperoni Passion too, second pizza half price this week! ^Mark",
	}
	honest := map[string]string{"en": "honest", "nl": "eerlijke"}
	for _, lang := range []string{"nl", "en"} {
		s, r := playSteps(t, "dominos-sorry", lang, 2408, Practice,
			[]Step{{At: 7, Text: pitch[lang]}, {At: 17, Text: denial[lang]}, {At: 28, Text: "@kevinvdl 👍"}})
		if r.Ending != "hersteld" {
			t.Fatalf("%s: the round ended %q via %v, want the mixed recovery", lang, r.Ending, r.Path)
		}
		if e := s.Ending(); strings.Contains(e.Text, honest[lang]) || r.EndingTitle == "" {
			t.Errorf("%s: after the denial the ending reads %q — %q", lang, r.EndingName(builtin(t, "dominos-sorry", lang)), e.Text)
		}
	}
}
