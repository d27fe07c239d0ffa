package scoring

import "testing"

// The legal step the customer complains of, named to call it off or to
// grant it was wrong, is their case, in both languages: no legal threat,
// and such a reply ranks above a template (the released blind14 and blind7:
// "De deurwaarder is teruggeroepen" and "the request goes to your
// solicitor today" were charged as threats). Held over the customer in a
// sentence with a condition, or a legal step the post never named, it is
// still a threat.
func TestTheLegalStepTheCustomerNamesIsNoThreat(t *testing.T) {
	r := Default()
	posts := map[string]string{
		"nl": "@WoonGoed Er stond vanochtend een deurwaarder aan de deur voor €120 huurachterstand, terwijl ik netjes mijn betalingsregeling betaal. Mijn buren zagen alles.",
		"en": "@HomeGood A bailiff turned up at my door this morning over £120 rent arrears, while I've been paying my payment plan. My neighbours saw everything.",
	}
	template := map[string]string{
		"nl": "@samira Bedankt voor je bericht. Voor vragen over betalingsregelingen kun je contact opnemen met onze afdeling incasso.",
		"en": "@samira Thanks for your message. For questions about payment plans, please contact our income team.",
	}
	for _, c := range []struct {
		lang, text string
		threat     bool
	}{
		{"nl", "@samira Het spijt me. Ik heb de deurwaarder vanochtend teruggeroepen en de kosten zijn voor ons. ^Nadia", false},
		{"nl", "@samira Een deurwaarder terwijl je een regeling betaalt, dat hoort niet. Ik zet de vordering vandaag stil. ^Nadia", false},
		{"en", "@samira I'm sorry. I called the bailiff off this morning and the costs are ours. ^Nadia", false},
		{"en", "@samira A bailiff while you're paying a plan isn't right. I'm putting the claim on hold today. ^Nadia", false},
		{"nl", "@samira Als de achterstand niet deze week betaald is, komt de deurwaarder opnieuw langs.", true},
		{"nl", "@samira Betaal je niet deze week, dan komt de deurwaarder opnieuw langs.", true},
		{"nl", "@samira Ik heb de deurwaarder teruggeroepen, maar onze advocaat neemt contact met je op.", true},
		{"en", "@samira If the arrears aren't paid this week, the bailiff will visit again.", true},
		{"en", "@samira I've called the bailiff off, but our lawyer will be in touch with you.", true},
	} {
		ctx := Context{Language: c.lang, CustomerMood: -0.8, CustomerPost: posts[c.lang]}
		a := r.Analyze(c.text, ctx)
		if a.Has("legal_threat") != c.threat {
			t.Errorf("%s %q: legal threat %v, want %v: %v", c.lang, c.text, a.Has("legal_threat"), c.threat, ids(a))
		}
		if b := r.Analyze(template[c.lang], ctx); !c.threat && Overall(a) <= Overall(b) {
			t.Errorf("%s %q: %.1f, not above the template's %.1f: %v", c.lang, c.text, Overall(a), Overall(b), ids(a))
		}
	}
}
