package scoring

import "testing"

// A customer who says they mailed or called already and is told to mail
// or call again was not read (P14-13), in both languages. To a customer
// who has not tried the channel the same request is no fault, and a vague
// promise is never shown as a plus.
func TestSendingTheCustomerBackToWhatFailedIsNotReading(t *testing.T) {
	r := Default()
	tried := map[string]string{
		"nl": "Bank kwam beschadigd binnen. Drie mails gestuurd en twee keer gebeld, geen antwoord. Wanneer lossen jullie dit op?",
		"en": "Sofa arrived damaged. Sent three emails and called twice, no answer. When are you fixing this?",
	}
	fresh := map[string]string{
		"nl": "Bank kwam beschadigd binnen. Wat moet ik nu doen?",
		"en": "Sofa arrived damaged. What do I do now?",
	}
	for _, c := range []struct{ lang, text string }{
		{"nl", "Hoi Marieke, wat vervelend om te horen! Wil je je klacht mailen naar service@zitcomfort.nl? Dan kijken onze collega's er zo snel mogelijk naar."},
		{"en", "Hi Megan, so sorry to hear that! Could you email your complaint to care@sofaworld.com? Our colleagues will look at it as soon as possible."},
		{"nl", "Beste klant, voor klachten kunt u mailen naar service@zitcomfort.nl."},
		{"en", "Dear customer, for complaints please email care@sofaworld.com."},
		{"nl", "Maandag kun je bellen met de klantenservice."},
		{"en", "You can call customer service on Monday."},
	} {
		again := r.Analyze(c.text, Context{Language: c.lang, CustomerMood: -0.7, CustomerPost: tried[c.lang]})
		first := r.Analyze(c.text, Context{Language: c.lang, CustomerMood: -0.7, CustomerPost: fresh[c.lang]})
		if !again.Has("asks_again") || first.Has("asks_again") {
			t.Errorf("%s %q: to a customer who mailed %v, to one who did not %v", c.lang, c.text, ids(again), ids(first))
		}
		for _, f := range again.Features {
			if f.ID == "vague_promise" && f.Points > 0 {
				t.Errorf("%s: a vague promise shown as a plus (%+.0f)", c.lang, f.Points)
			}
		}
	}
	for _, c := range []struct{ lang, text string }{
		{"nl", "Hoi Marieke, ik heb je mails gevonden en ze liggen nu bij mij. Ik bel je morgenochtend over de bank."},
		{"en", "Hi Megan, I've found your emails and they're with me now. I'll call you tomorrow morning about the sofa."},
	} {
		if a := r.Analyze(c.text, Context{Language: c.lang, CustomerMood: -0.7, CustomerPost: tried[c.lang]}); a.Has("asks_again") {
			t.Errorf("%s %q: picking the mails up read as sending her back: %v", c.lang, c.text, ids(a))
		}
	}
}
