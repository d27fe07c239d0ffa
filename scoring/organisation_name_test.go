package scoring

import "testing"

// A greeting that names the paper, column or programme that wrote the post
// ("Beste Servicepolitie", "Dear Watchdog") greets the writer by its own
// name, and "Beste redactie" names nobody: neither is a name that is not
// theirs (playtest 13, P13-37). A person's name from the post is still
// not the customer's.
func TestAGreetingToTheOrganisationThatAsksIsNoWrongName(t *testing.T) {
	r := Default()
	for _, c := range []struct {
		ctx  Context
		text string
	}{
		{Context{Language: "nl", CustomerName: "Anouk", CustomerMood: -0.3, CustomerPost: "Bericht aan Brasserie Kade 12 van de Servicepolitie (Het Parool): gast Anouk schrijft dat ze vijftig minuten wachtte. Wilt u reageren?"},
			"Beste Servicepolitie, het spijt ons dat Anouk zo lang moest wachten. Met vriendelijke groet, Joost"},
		{Context{Language: "nl", CustomerName: "Radar", CustomerMood: -0.3, CustomerPost: "Bericht van de redactie van de Radar: lezers klagen over reparaties. Wilt u reageren?"},
			"Beste redactie, de klachten kloppen en het spijt ons. Met vriendelijke groet, Gert"},
		{Context{Language: "en", CustomerName: "Anouk", CustomerMood: -0.3, CustomerPost: "Message to Brasserie Kade 12 from the Watchdog team: guest Anouk writes that she waited fifty minutes. Would you like to respond?"},
			"Dear Watchdog, we're sorry Anouk had to wait so long. Kind regards, Joost"},
		{Context{Language: "en", CustomerName: "Watchdog", CustomerMood: -0.3, CustomerPost: "Message from the Watchdog team: viewers complain about repairs. Would you like to respond?"},
			"Dear editors, the complaints are fair and we're sorry. Kind regards, Gary"},
	} {
		if a := r.Analyze(c.text, c.ctx); a.Has("wrong_name") {
			t.Errorf("%q: %v; the writer's own name is no wrong name", c.text, ids(a))
		}
	}
	for _, c := range []struct {
		ctx  Context
		text string
	}{
		{Context{Language: "nl", CustomerName: "Dorien", CustomerMood: -0.3, CustomerPost: "Mijn dochter Marieke kreeg een verkeerde rekening van de Sanoma."}, "Hoi Marieke, sorry!"},
		{Context{Language: "en", CustomerName: "Dorien", CustomerMood: -0.3, CustomerPost: "My daughter Marieke got the wrong bill."}, "Hi Marieke, sorry!"},
	} {
		if a := r.Analyze(c.text, c.ctx); !a.Has("wrong_name") {
			t.Errorf("%q: %v; want wrong_name", c.text, ids(a))
		}
	}
}
