package session

import (
	"strings"
	"testing"
)

// The case's fact is that Dorien had already called and emailed twice. A
// reply that says otherwise in other words than the listed ones ("Our
// system shows no call from you this week") was no misreading: it took
// the sneer's route, and the next decision offered "Sorry, I lost my
// temper" for a polite reply. Every such denial is a misreading, and the
// story that follows tells of no outburst.
func TestSanomaDenyingHerCallInOtherWordsIsAMisreading(t *testing.T) {
	replies := map[string][]string{
		"en": {
			"@dorien_deboef Sorry for the confusion Dorien! Our system shows no call from you this week though. Could you DM me your customer number? ^Lotte",
			"@dorien_deboef Hi Dorien, we have no record of your call or your emails. Could you DM me your customer number? ^Lotte",
			"@dorien_deboef Strange, Dorien: I can't find any emails from you. Could you DM me your customer number? ^Lotte",
		},
		"nl": {
			"@dorien_deboef Sorry voor de verwarring Dorien! In ons systeem zie ik deze week geen telefoontje van je. Stuur je me je klantnummer via DM? ^Lotte",
			"@dorien_deboef Hoi Dorien, we hebben geen registratie van je telefoontje of je mails. Stuur je me je klantnummer via DM? ^Lotte",
			"@dorien_deboef Vreemd, Dorien: ik kan geen mails van je terugvinden. Stuur je me je klantnummer via DM? ^Lotte",
		},
	}
	outburst := map[string][]string{"en": {"lost my temper", "outburst"}, "nl": {"liet me gaan", "uitval"}}
	for lang, texts := range replies {
		for _, text := range texts {
			s := storyAt(t, "sanoma-juf", lang, []move{{text: text}})
			rs := s.Replies()
			if len(rs) != 1 || !rs[0].Analysis.Has("misreading") {
				t.Errorf("%s: %q is not read as the misreading that she had not called", lang, text)
				continue
			}
			for _, w := range outburst[lang] {
				if strings.Contains(storyText(s), w) {
					t.Errorf("%s: after %q (%v) the story says %q", lang, text, s.history, w)
				}
			}
		}
	}
}
