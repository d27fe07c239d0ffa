package session

import (
	"strings"
	"testing"
)

// TestAPutDownIsNotCalledAbuse: Liberty's backfire ending said "Je schold
// terug" after a sarcastic reply that called Jason nothing, while the
// debrief found sarcasm and no insult (playtest 17, P17-4). A reply
// without an insult ends "Je zette hem publiek weg" / "You put him down in
// public"; one that calls him names still "Je schold terug".
func TestAPutDownIsNotCalledAbuse(t *testing.T) {
	cases := map[string]map[string]string{
		"nl": {
			"sarcasm": "Jason, sorry dat je bestelling te laat is, dat is balen. Maar mijn team heeft je drie keer netjes geantwoord. Misschien eerst even hun mails goed lezen voordat je op Facebook los gaat? - Mike, COO",
			"insult":  "Jason, jij bent zelf een idioot. Mijn team heeft je drie keer netjes geantwoord. - Mike, COO",
		},
		"en": {
			"sarcasm": "Jason, I'm sorry your order is late, that's annoying. But my team answered you politely three times. Maybe read their emails properly before you go off on Facebook next time? - Mike, COO",
			"insult":  "Jason, you're the idiot here. My team answered you politely three times. - Mike, COO",
		},
	}
	abuse := map[string]string{"nl": "Je schold terug", "en": "You abused him back"}
	putDown := map[string]string{"nl": "Je zette hem publiek weg", "en": "You put him down in public"}
	for lang, replies := range cases {
		sc := builtin(t, "liberty-bottleworks", lang)
		for kind, reply := range replies {
			s, err := Run(sc, Options{Seed: 8}, typedFirst{reply})
			if err != nil {
				t.Fatal(err)
			}
			e := s.Ending()
			if e == nil || !strings.HasPrefix(e.ID, "backfire") {
				t.Fatalf("%s %s: ending %v, want a backfire", lang, kind, e)
			}
			want := putDown[lang]
			if kind == "insult" {
				want = abuse[lang]
			}
			if !strings.HasPrefix(e.Text, want) {
				t.Errorf("%s %s reply: the ending reads %.60q, want %q", lang, kind, e.Text, want)
			}
		}
	}
}
