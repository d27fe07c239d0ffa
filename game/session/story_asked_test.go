package session

import (
	"strings"
	"testing"
)

// The story tells that the customer sent what the reply asked for, and
// only that: playtest 18 read "Bram stuurt je zijn telefoonnummer" after a
// reply that asked Bram for nothing (it said it would call his adviser),
// and "Dorien stuurt haar klantnummer" after a reply that asked for her
// phone number. Each reply is typed at its decision and the next prompt is
// read for what it claims was sent.
func TestStoryTellsOnlyWhatTheReplyAskedFor(t *testing.T) {
	cases := []struct {
		scenario, lang string
		before         []move
		reply          string
		after          []move   // moves after the reply
		at             string   // the decision the moves must lead to
		claims         []string // what the prompt must not say was sent
	}{
		{"universiteit-kut", "nl", []move{{choice: 1}},
			"@brampost Balen! Ik bel je studieadviseur nu zelf en zorg dat hij je voor 14:00 terugbelt. ^Eva",
			nil, "nummer", []string{"telefoonnummer", "stuurt je", "wat je vroeg"}},
		{"universiteit-kut", "en", []move{{choice: 1}},
			"@brampost That's rotten! I'll call your study adviser myself now and make sure he phones you before 2pm. ^Eva",
			nil, "nummer", []string{"phone number", "sends you", "dms you", "what you asked"}},
		{"universiteit-kut", "nl", []move{{choice: 1}},
			"@brampost Balen, zeker met je herkansing morgen! Stuur me even een DM, dan zorg ik dat je je adviseur vandaag nog spreekt. ^Eva",
			nil, "nummer", []string{"telefoonnummer", "wat je vroeg"}},
		{"universiteit-kut", "en", []move{{choice: 1}},
			"@brampost That's rotten, with your resit tomorrow! Send me a DM and I'll make sure you speak to your adviser today. ^Eva",
			nil, "nummer", []string{"phone number", "what you asked"}},
		{"sanoma-juf", "nl", nil,
			"@dorien_deboef Sorry Dorien, je hebt gelijk, je had al gebeld en gemaild. Stuur je me je telefoonnummer via DM? Dan bel ik je vandaag nog. ^Lotte",
			nil, "dm-gesprek", []string{"klantnummer"}},
		{"sanoma-juf", "en", nil,
			"@dorien_deboef Sorry Dorien, you're right, you had already called and emailed. Could you DM me your phone number? Then I'll call you today. ^Lotte",
			nil, "dm-gesprek", []string{"customer number"}},
		{"sanoma-juf", "nl", nil,
			"@dorien_deboef Sorry Dorien, je hebt gelijk, je had al gebeld en gemaild. Stuur ons even een DM, dan regelen we het vandaag. ^Lotte",
			nil, "dm-gesprek", []string{"klantnummer", "nummer", "wat je vroeg"}},
		{"sanoma-juf", "en", nil,
			"@dorien_deboef Sorry Dorien, you're right, you had already called and emailed. Send us a DM and we'll sort it today. ^Lotte",
			nil, "dm-gesprek", []string{"customer number", "number", "what you asked"}},
		{"facebook-verwijderen", "nl", nil,
			"Marieke, wat vervelend, zes weken wachten en dan een beschadigde bank. Sorry! Stuur je me je telefoonnummer in een privébericht? Dan bel ik je vandaag. – Joyce",
			[]move{{choice: 2}}, "opgepakt", []string{"ordernummer"}},
		{"facebook-verwijderen", "en", nil,
			"Marieke, how annoying, six weeks of waiting and then a damaged sofa. Sorry! Could you send me your phone number in a private message? Then I'll call you today. – Joyce",
			[]move{{choice: 2}}, "opgepakt", []string{"order number"}},
	}
	for _, c := range cases {
		moves := append(append(append([]move(nil), c.before...), move{text: c.reply}), c.after...)
		s := storyAt(t, c.scenario, c.lang, moves)
		d := s.Decision()
		if d == nil || d.ID != c.at {
			t.Errorf("%s %s: %q led to %v, want %q", c.scenario, c.lang, c.reply, s.history, c.at)
			continue
		}
		prompt := strings.ToLower(d.Prompt)
		for _, claim := range c.claims {
			if strings.Contains(prompt, claim) {
				t.Errorf("%s %s: after %q the prompt says %q: %q", c.scenario, c.lang, c.reply, claim, d.Prompt)
			}
		}
	}
}
