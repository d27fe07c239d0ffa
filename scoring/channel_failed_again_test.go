package scoring

import "testing"

// Sending the customer back to the channel that failed them, in the words
// a newcomer uses, is asks_again in both languages, and the sympathy and
// the help of that sentence do not count (playtest 23, P23-23: "Please
// send an email to service@… and our colleagues will help you out" to
// "Sent three emails, no answer" scored 86/75; groups nl56/en56). The
// agent's own mail or call ("I'll send you an email with the fix today",
// "ik bel je morgen nog een keer") asks nothing of the customer.
func TestSentBackToTheChannelThatFailed(t *testing.T) {
	r := Default()
	for _, c := range []struct{ lang, post, reply string }{
		{"en", "Sent three emails about my sofa, no answer.", "Hi Marieke, sorry to hear that! Please send an email to service@zitcomfort.nl and our colleagues will help you out. Joyce"},
		{"nl", "Drie mails gestuurd over mijn bank, geen antwoord.", "Hoi Marieke, vervelend om te horen! Stuur even een mail naar service@zitcomfort.nl, dan helpen onze collega's je verder. Joyce"},
		{"en", "Called four times, 40 minutes on hold every time.", "Oh no, Aisha! Do give our customer service another call on 0345 123 4567, they'll be happy to help."},
		{"nl", "Vier keer gebeld, steeds 40 minuten in de wacht.", "Balen, Ayla! Bel gerust nog een keer naar 088-1234567, dan helpen onze collega's je graag."},
		{"nl", "Twee keer jullie contactformulier ingevuld, nul reactie.", "Vervelend! Vul ons contactformulier nog even in, dan nemen we contact met je op."},
		{"en", "Filled in your contact form twice, zero response.", "Sorry to hear that! Please fill in the contact form once more and we'll get back to you."},
	} {
		a := r.Analyze(c.reply, Context{Language: c.lang, CustomerPost: c.post, CustomerMood: -0.7})
		if !a.Has("asks_again") {
			t.Errorf("%s %q: %v; want asks_again", c.lang, c.reply, ids(a))
			continue
		}
		if a.Empathy > 50 || a.Deescalation > 50 {
			t.Errorf("%s %q: %.0f/%.0f; sending her back to what failed earns no sympathy", c.lang, c.reply, a.Empathy, a.Deescalation)
		}
	}
	for _, c := range []struct{ lang, post, reply string }{
		{"en", "Sent three emails, no answer.", "Sorry! I've found your three emails and I'll send you an email with the fix today."},
		{"nl", "Drie mails gestuurd, geen antwoord.", "Sorry! Ik heb je drie mails gevonden en stuur je vandaag nog een mail met de oplossing."},
		{"en", "Called four times, 40 minutes on hold every time.", "Sorry Aisha! I'll call you again tomorrow at 10 once the engineer has been."},
		{"nl", "Vier keer gebeld, steeds 40 minuten in de wacht.", "Sorry Ayla! Ik bel je morgen om 10 uur nog een keer, als de monteur er geweest is."},
		{"en", "Called four times, 40 minutes on hold every time.", "Sorry Aisha! I'll give the engineers a call myself and ring you back before 3pm."},
	} {
		a := r.Analyze(c.reply, Context{Language: c.lang, CustomerPost: c.post, CustomerMood: -0.7})
		if a.Has("asks_again") {
			t.Errorf("%s %q: %v; the agent's own mail or call asks nothing of the customer", c.lang, c.reply, ids(a))
		}
	}
}
