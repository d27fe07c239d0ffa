package scoring

import "testing"

// Playtests 14 and 15 (P14-15, P14-19, P15-2): "volgende keer", "voortaan",
// "next time", "in future" and "Tip:" were read as blaming the customer
// whatever followed. The brand's own promise for next time and a friendly
// tip about the app blame no one; advice on what the customer should do
// better still does, whether it follows "next time" or "Tip:".
func TestNextTimeAndTipsBlameOnlyWhatTheCustomerDoes(t *testing.T) {
	noBlame := []struct{ lang, text string }{
		{"nl", "Dank je Jason, dat waardeert Megan enorm. Volgende keer bellen we je zelf zodra een levering vertraagt, dat beloof ik. - Mike"},
		{"nl", "Sorry Inge. Ik stuur vandaag een 40 en voortaan controleer ik je bestelling zelf. ^Bas"},
		{"nl", "Sorry Lotte, dat had niet mogen gebeuren. Volgende keer doen we het beter. ^Kim"},
		{"nl", "Fijn dat het weer loopt, Marco! Tip: in de app zie je je polis altijd direct. Goede rit! ^Lisa"},
		{"nl", "Hoi Wouter, een tip: de ingang zit achter het tankstation bij de rotonde. ^Eva"},
		{"en", "Thanks Anouk, that is kind of you. Next time your main course comes hot and on time, I will see to it myself. - Joost"},
		{"en", "Thanks Anouk! Next time we will do better, promised. - Joost"},
		{"en", "Sorry Hannah, three times is too many. In future we'll take more care when we pack. ^Ben"},
		{"en", "Glad it's running again, Marco! Tip: the app always shows your policy straight away. ^Lisa"},
		{"en", "Hi Will, top tip: the entrance is behind the petrol station at the roundabout. ^Eva"},
		// the brand's own lesson inside a sentence, or its promise after
		// "for next time" (lead, Sanoma played)
		{"nl", "Sorry Dorien, dat was slordig; dat nemen we mee voor de volgende keer. Ik bel je vandaag. ^Lotte"},
		{"nl", "Voor de volgende keer: we bellen je zelf zodra het later wordt. Sorry! ^Kim"},
		{"en", "Sorry Dorien, that was sloppy of us; we take it with us for next time. I'll call you today. ^Lotte"},
		{"en", "For next time: we'll call you ourselves as soon as it's late. Sorry! ^Kim"},
	}
	for _, c := range noBlame {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerMood: 0.5})
		if a.Has("blame_customer") {
			t.Errorf("%q: blame_customer %v; it promises the brand's own conduct or gives a friendly tip", c.text, ids(a))
		}
	}
	blame := []struct{ lang, text string }{
		{"nl", "Vervelend Lotte. Volgende keer even de app checken voordat je vertrekt. ^Kim"},
		{"nl", "Volgende keer gewoon wat eerder bij de halte staan, dan mis je hem niet."},
		{"nl", "Hoi Inge, in het vervolg graag even je maat dubbelchecken. ^Bas"},
		{"nl", "Graag gedaan. Tip: geef je meterstanden voortaan zelf op tijd door. ^Noor"},
		{"nl", "Tip: zorg dat je bel het doet, dan gaat het niet mis. ^Ruud"},
		{"nl", "Tip: betaal voortaan op tijd. ^Lisa"},
		{"en", "That's annoying, Priya. Next time, check the app before you leave home. ^Dan"},
		{"en", "Next time just get to the stop a bit earlier."},
		{"en", "Thanks Anouk. Next time, maybe mention it to the staff on the night. - Joost"},
		{"en", "Glad it's sorted. Tip: pay on time from now on and this won't happen again. ^Lisa"},
		{"en", "Tip: make sure your doorbell works. ^Ruud"},
		{"en", "Tip: the directions are clearly in your booking confirmation. ^Eva"},
		// "For next time:" opening advice, to a customer who had already
		// called and emailed (lead, Sanoma nl played: Dutch was not caught)
		{"nl", "Hoi Dorien! Voor de volgende keer: via Mijn Sanoma gaat het veel sneller dan via Twitter of de telefoon. ^Lotte"},
		{"nl", "Sorry voor de boeken! Voor de volgende keer: bezorgers hebben weinig tijd, dus een kort briefje werkt beter."},
		{"en", "Hi Dorien! For next time: My Sanoma is much quicker than Twitter or the phone. ^Lotte"},
		{"en", "Sorry about the books! For next time: drivers are on a tight schedule, so short notes work better."},
	}
	for _, c := range blame {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerMood: -0.4})
		if !a.Has("blame_customer") {
			t.Errorf("%q: want blame_customer (advice on what the customer should do better), got %v", c.text, ids(a))
		}
	}
}
