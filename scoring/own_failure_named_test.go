package scoring

import "testing"

// The brand naming its own failure in words that look like harm is no
// harm, in both languages: what should have happened and did not ("had
// moeten … en dat is niet gebeurd", "we promised … and it didn't
// happen"), a change of the customer's that was not passed on ("is niet
// meegenomen"), a payment dispute raised for the customer, and the name
// a member of staff called the customer, repeated to condemn it (the
// released blind11, phenomenon C; groups nl14/en14-eigen-fout/own-fault).
// Fails before: these were read as a denial, an evasion or an insult and
// ranked below a vague line. The same words said of the customer's
// account, or aimed at the customer, still count.
func TestNamingTheBrandsOwnFailureIsNoHarm(t *testing.T) {
	harm := []string{"deny", "evasion", "insult"}
	for _, c := range []struct {
		lang, post, vague string
		owns              []string
		harms             []string
	}{
		{"nl", "De bezorger heeft mijn pakket niet afgegeven terwijl ik thuis was, en toen ik hem aansprak noemde hij me een zeikerd. Dit pik ik niet.",
			"Vervelend om te horen, we gaan het bekijken.",
			[]string{
				"Het pakket had gisteren bij je moeten zijn, en dat is niet gebeurd. Het komt vandaag voor 12:00 alsnog, en de bezorger wordt er vandaag op aangesproken. ^Lisa",
				"Dat de bezorger je een zeikerd noemde, is onacceptabel, en het spijt me. Zijn leidinggevende spreekt hem er vandaag op aan. ^Lisa",
				"Je had doorgegeven dat je thuis zou zijn, maar die opmerking is bij de bezorging niet meegenomen. Ik heb het pakket vandaag voor 12:00 opnieuw ingepland. ^Lisa",
			},
			[]string{"Dat is niet gebeurd, de bezorger heeft wel aangebeld.", "Je bent echt een zeikerd."}},
		{"en", "The driver didn't hand over my parcel although I was in, and when I asked him about it he called me a moaner. Not acceptable.",
			"Sorry to hear that, we'll look into it.",
			[]string{
				"The parcel should have been with you yesterday, and that didn't happen. It's coming today before 12, and the driver's manager is speaking to him today. ^Lisa",
				"The driver calling you a moaner was unacceptable, and I'm sorry. His manager is speaking to him today. ^Lisa",
				"I've raised a dispute with the shop for the missing parcel and refunded you today, so you're not out of pocket. ^Lisa",
			},
			[]string{"That didn't happen, the driver did ring the bell.", "You really are a moaner."}},
	} {
		r := Default()
		ctx := Context{Language: c.lang, CustomerPost: c.post, CustomerMood: -0.7}
		vague := Overall(r.Analyze(c.vague, ctx))
		for _, text := range c.owns {
			a := r.Analyze(text, ctx)
			for _, id := range harm {
				if a.Has(id) {
					t.Errorf("%s %q: names its own failure, yet %s (%v)", c.lang, text, id, ids(a))
				}
			}
			if Overall(a) <= vague {
				t.Errorf("%s %q (%.1f) ranks at or below the vague line %q (%.1f)", c.lang, text, Overall(a), c.vague, vague)
			}
		}
		for _, text := range c.harms {
			a := r.Analyze(text, ctx)
			found := false
			for _, id := range harm {
				found = found || a.Has(id)
			}
			if !found {
				t.Errorf("%s %q: aimed at the customer, yet no deny or insult (%v)", c.lang, text, ids(a))
			}
		}
	}
}
