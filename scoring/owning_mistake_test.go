package scoring

import "testing"

// A webcarer who owns the brand's own misreading ("you're right, I read it
// wrong") must not be scored as correcting the customer, while the same
// words about the customer still are. The phrases about the reader ("je
// hebt … verkeerd", "je … beter … lezen") once reached across the comma
// into the writer's own confession.
func TestOwningAMisreadingIsNoBlame(t *testing.T) {
	owning := []struct{ lang, text string }{
		{"nl", "Sorry Dorien, je hebt gelijk, ik heb het verkeerd gelezen."},
		{"nl", "Je hebt helemaal gelijk Dorien, wij hebben het verkeerd begrepen. Sorry!"},
		{"nl", "Je hebt gelijk, ik had beter moeten lezen. Sorry Dorien!"},
		{"nl", "Sorry Dorien, je hebt gelijk en we hebben je niet goed gelezen."},
		{"nl", "U heeft gelijk, wij hebben het niet goed gelezen. Excuses!"},
		{"nl", "Hoi Dorien, je hebt gelijk, we lazen je tweet verkeerd. Sorry! Kun je me je klantnummer sturen via DM? Dan zoek ik het vandaag nog uit. ^Lotte"},
	}
	for _, c := range owning {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerMood: -0.6, CustomerName: "Dorien"})
		for _, bad := range []string{"blame_customer", "sarcasm"} {
			if a.Has(bad) {
				t.Errorf("%q: found %s %v; owning our own mistake is no correction of the customer", c.text, bad, ids(a))
			}
		}
		if !a.Has("apology") {
			t.Errorf("%q: the apology must count: %v", c.text, ids(a))
		}
	}
	blaming := []string{
		"Je hebt het formulier verkeerd ingevuld.",
		"Je hebt de mail niet goed gelezen.",
		"Jij had beter moeten lezen.",
		"U heeft het contactformulier niet ingevuld, daarom duurde het lang.",
	}
	for _, text := range blaming {
		a := Default().Analyze(text, Context{Language: "nl", CustomerMood: -0.6})
		if !a.Has("blame_customer") {
			t.Errorf("%q: want blame_customer, got %v", text, ids(a))
		}
	}
}

// Standing up for the team names the abuse the customer used; naming it is
// not calling the customer names. Calling the customer so still is.
func TestNamingTheAbuseIsNoInsult(t *testing.T) {
	reported := []struct{ lang, text string }{
		{"en", "Jason, I'm sorry the order is late. But my team answered politely and I won't have them called incompetent idiots. I'll call you today. – Tom"},
		{"en", "Sorry Jason. I don't accept my team being called idiots, and I'll call you today about your order."},
		{"nl", "Sorry Jason, het is te laat. Maar mijn team laat ik niet uitmaken voor idioten. Ik bel je vandaag. ^Tom"},
	}
	for _, c := range reported {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerMood: -0.8, CustomerName: "Jason"})
		if a.Has("insult") {
			t.Errorf("%q: insult found %v; the reply names the customer's words", c.text, ids(a))
		}
	}
	for _, c := range []struct{ lang, text string }{
		{"en", "You are idiots if you think that."},
		{"nl", "Jullie zijn idioten."},
	} {
		if a := Default().Analyze(c.text, Context{Language: c.lang, CustomerMood: -0.8}); !a.Has("insult") {
			t.Errorf("%q: want insult, got %v", c.text, ids(a))
		}
	}
	// Being called back is a step, not reported speech.
	for _, text := range []string{"You'll be called back within three working days.", "You're being called back today."} {
		if a := Default().Analyze(text, Context{Language: "en", CustomerMood: -0.5}); !a.Has("next_step") {
			t.Errorf("%q: want next_step, got %v", text, ids(a))
		}
	}
}

// "Ik vind het heel erg (wat je is overkomen)" is how Dutch says "I'm so
// sorry about what happened"; it counts as the apology a route asks for.
// "Ik vind het niet erg" and "erg leuk" are no apology.
func TestDutchIkVindHetErgApologises(t *testing.T) {
	for _, text := range []string{
		"Naomi, ik vind het echt heel erg wat je is overkomen.",
		"Naomi, dit had nooit mogen gebeuren en dat vinden we heel erg.",
		"Ik vind het heel erg voor je, Naomi.",
	} {
		if a := Default().Analyze(text, Context{Language: "nl", CustomerMood: -0.7, CustomerName: "Naomi"}); !a.Has("apology") {
			t.Errorf("%q: want apology, got %v", text, ids(a))
		}
	}
	for _, text := range []string{"Ik vind het niet erg dat je belt.", "Ik vind het erg leuk dat je langskwam!"} {
		if a := Default().Analyze(text, Context{Language: "nl", CustomerMood: -0.2}); a.Has("apology") {
			t.Errorf("%q: no apology here, got %v", text, ids(a))
		}
	}
}

// Typing fast, a webcarer leaves out the comma after the customer's name:
// "Dorien we zoeken het uit" names Dorien; "we" is no wrong name.
func TestNameWithoutCommaIsNoWrongName(t *testing.T) {
	for _, c := range []struct{ lang, name, text string }{
		{"nl", "Dorien", "Dorien we zoeken het uit, ik bel je vandaag."},
		{"en", "Naomi", "Naomi we are looking into it, I'll call you today."},
	} {
		if a := Default().Analyze(c.text, Context{Language: c.lang, CustomerMood: -0.5, CustomerName: c.name}); a.Has("wrong_name") {
			t.Errorf("%q to %s: wrong_name found %v", c.text, c.name, ids(a))
		}
	}
	if a := Default().Analyze("Hoi Daan, we zoeken het uit.", Context{Language: "nl", CustomerMood: -0.5, CustomerName: "Dorien"}); !a.Has("wrong_name") {
		t.Errorf("'Hoi Daan' to Dorien: want wrong_name, got %v", ids(a))
	}
}
