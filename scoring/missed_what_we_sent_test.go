package scoring

import "testing"

// Telling the customer, as a guess or a question, that they overlooked or
// missed what the brand sent ("Misschien is er een brief van ons over het
// hoofd gezien?", "Heb je onze brieven misschien gemist?", "Did you perhaps
// miss our letters?"), or sending them to look properly in their own mail
// where the brand's reminders are, is blame in friendly wrapping in both
// languages. Before, the Dutch guess scored 79/74 while its English twin
// was blame, and the question form was missed in both (playtest 28, F3;
// groups nl103/en103). What the brand's own people overlooked, and a
// pointer to a mail just sent, blame no one.
func TestSayingTheCustomerMissedWhatWeSentIsBlame(t *testing.T) {
	r := Default()
	posts := map[string]string{
		"nl": "@Polisvast zegt zomaar mijn autoverzekering op! Zonder waarschuwing! Ik rij nu onverzekerd.",
		"en": "@Polisvast just cancelled my car insurance! Without warning! I'm driving uninsured now.",
	}
	for _, c := range []struct {
		lang, reply string
		blame       bool
	}{
		{"nl", "@marco_rijdt Vervelend Marco! Misschien is er een brief van ons over het hoofd gezien? Check je post en mail even goed, en stuur me anders een DM. ^Lisa", true},
		{"nl", "@marco_rijdt Heb je onze brieven misschien gemist?", true},
		{"nl", "@marco_rijdt Kijk even goed in je mail, daar staan onze herinneringen.", true},
		{"nl", "@marco_rijdt Misschien is onze mail niet goed gelezen? Daar stond het in.", true},
		{"en", "@marco_rijdt Annoying, Marco! Maybe a letter from us was overlooked? Have a good look through your post and email, or send me a DM. ^Lisa", true},
		{"en", "@marco_rijdt Did you perhaps miss our letters?", true},
		{"en", "@marco_rijdt Have a good look in your email, our reminders are there.", true},
		{"en", "@marco_rijdt Maybe our email wasn't read properly? It was all in there.", true},
		{"nl", "@marco_rijdt Wij hebben je wijziging over het hoofd gezien, sorry. Ik heb je polis vandaag weer actief gezet. ^Lisa", false},
		{"nl", "@marco_rijdt Je polis staat weer aan. Ik heb je net een mail gestuurd met het bewijs, kijk maar in je inbox. ^Lisa", false},
		{"en", "@marco_rijdt Our back office overlooked your change, sorry. I've put your policy back on today. ^Lisa", false},
		{"en", "@marco_rijdt Your policy is back on. I've just emailed you the proof, check your inbox. ^Lisa", false},
	} {
		a := r.Analyze(c.reply, Context{Language: c.lang, CustomerPost: posts[c.lang], CustomerMood: -0.8, CustomerName: "Marco"})
		if got := a.Has("blame_customer"); got != c.blame {
			t.Errorf("%s %q: blame_customer %v, want %v (%v)", c.lang, c.reply, got, c.blame, ids(a))
		}
	}
	// The twins score alike: within the 10 points issue 12 allows.
	nl := r.Analyze("@marco_rijdt Vervelend Marco! Misschien is er een brief van ons over het hoofd gezien? Check je post en mail even goed, en stuur me anders een DM. ^Lisa",
		Context{Language: "nl", CustomerPost: posts["nl"], CustomerMood: -0.8, CustomerName: "Marco"})
	en := r.Analyze("@marco_rijdt Annoying, Marco! Maybe a letter from us was overlooked? Have a good look through your post and email, or send me a DM. ^Lisa",
		Context{Language: "en", CustomerPost: posts["en"], CustomerMood: -0.8, CustomerName: "Marco"})
	if d := Overall(nl) - Overall(en); d > 10 || d < -10 {
		t.Errorf("twins differ by %.1f points: nl %.1f, en %.1f", d, Overall(nl), Overall(en))
	}
}
