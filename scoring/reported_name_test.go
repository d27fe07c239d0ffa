package scoring

import "testing"

// Playtest 18 (P18-19): "Jason, calling my team idiots won't get your order
// to you any faster" was scored as the brand insulting the customer (3.2,
// "You abused him back"). A term of abuse that a verb of calling reports,
// with the customer or no one as its subject, is the customer's word; with
// the brand as subject ("ik noem je een sukkel", "I'll call you an idiot")
// it is still an insult. Dutch also puts the name before the verb.
func TestAReportedTermOfAbuseIsTheCustomersWord(t *testing.T) {
	ctx := func(lang string) Context {
		return Context{Language: lang, CustomerName: "Rik", CustomerMood: -0.8,
			CustomerPost: "Stelletje idioten bij jullie, mijn bestelling is weer te laat."}
	}
	for _, c := range []struct{ lang, text string }{
		{"nl", "Rik, mijn collega's sukkels noemen brengt je pakket niet sneller. Het ligt bij de vervoerder; ik bel je morgen om 10:00."},
		{"nl", "Als je ons idioten noemt, snap ik dat je er klaar mee bent. Ik bel je vandaag om 16:00."},
		{"nl", "Rik, ons voor idioten uitmaken lost niets op, maar ik bel je vandaag om 16:00."},
		{"nl", "Ik heb gelezen dat jullie ons prutsers noemen. Ik bel je vandaag om 16:00."},
		{"en", "Rik, calling my colleagues idiots won't get your parcel there faster. I'll call you tomorrow at 10am."},
		{"en", "Call us morons all you like, I'll still call you today at 4pm."},
		{"en", "I think calling my whole team a bunch of idiots is unfair. I'll call you today at 4pm."},
	} {
		a := Default().Analyze(c.text, ctx(c.lang))
		if a.Has("insult") || !a.Has("reports_name_calling") {
			t.Errorf("%q: %v; it reports the customer's word, it insults no one", c.text, ids(a))
		}
	}
	for _, c := range []struct{ lang, text string }{
		{"nl", "Rik, ik noem je gewoon een sukkel."},
		{"nl", "Dan noem ik je een idioot, Rik."},
		{"nl", "Omdat ik je een idioot noem? Ik bel je morgen."},
		{"en", "Rik, I'll call you an idiot if I want."},
		{"en", "I'm calling you a moron, Rik."},
		{"en", "You idiot, I'll call you tomorrow."},
	} {
		if a := Default().Analyze(c.text, ctx(c.lang)); !a.Has("insult") {
			t.Errorf("%q: want insult, got %v", c.text, ids(a))
		}
	}
}
