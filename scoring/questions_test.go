package scoring

import (
	"strings"
	"testing"
)

// The explanation answers a lead's three questions first, in the
// trainee's language: a plain good reply passes all three, a hollow one
// only partly acknowledges and offers nothing, a wall fails the third and
// names the wall.
func TestThreeQuestions(t *testing.T) {
	r := Default()
	for _, c := range []struct {
		lang, post, reply, want, header string
	}{
		{"en", "I wrote ALREADY called, and I emailed twice.", "You already called and emailed twice, Dorien, and that's on us. I'll call you today at 3pm. ^Lotte",
			"yes yes yes", "A webcare lead's three questions:"},
		{"nl", "Ik schreef AL gebeld, en ik heb twee keer gemaild.", "Je had al gebeld en twee keer gemaild, Dorien, en dat is onze fout. Ik bel je vandaag om 15:00. ^Lotte",
			"yes yes yes", "Drie vragen van een webcarelead:"},
		{"en", "I wrote ALREADY called, and I emailed twice.", "Oh no, so sorry Dorien, how frustrating!",
			"partly no yes", "A webcare lead's three questions:"},
		{"nl", "Ik schreef AL gebeld, en ik heb twee keer gemaild.", "Wat vervelend, Dorien! Helaas kunnen we via Twitter niets voor je doen.",
			"no no no", "Drie vragen van een webcarelead:"},
	} {
		a := r.Analyze(c.reply, Context{Language: c.lang, CustomerPost: c.post, CustomerName: "Dorien", CustomerMood: -0.6})
		var got []string
		for _, q := range r.Questions(a) {
			got = append(got, q.Answer)
			if q.Answer == "no" && q.ID == "no_harm" && q.Text == "" {
				t.Errorf("%s %q: the third question fails without naming the words", c.lang, c.reply)
			}
		}
		if strings.Join(got, " ") != c.want {
			t.Errorf("%s %q: answers %v, want %s (%s)", c.lang, c.reply, got, c.want, featureList(a))
		}
		if ex := r.Explain(a, c.lang); !strings.Contains(ex, c.header) {
			t.Errorf("%s: the explanation does not start with the three questions:\n%s", c.lang, ex)
		}
	}
}

// TestACancelledApologyIsNotMissing: an apology taken back by "but" is
// explained as not counting; the list of what the reply lacks does not
// also say it has no apology.
func TestACancelledApologyIsNotMissing(t *testing.T) {
	for _, c := range []struct{ lang, reply string }{
		{"nl", "Sorry Dorien, maar regels zijn regels. Zo is het beleid."},
		{"en", "Sorry Dorien, but rules are rules. That's the policy."},
	} {
		a := Default().Analyze(c.reply, Context{Language: c.lang, CustomerName: "Dorien", CustomerMood: -0.6,
			CustomerPost: "Emailed twice, still nothing sorted."})
		cancelled := false
		for _, d := range a.Discounts {
			cancelled = cancelled || d.ID == "apology"
		}
		if !cancelled {
			t.Fatalf("%s: the apology is not among what did not count: %+v", c.lang, a.Discounts)
		}
		for _, m := range a.Missing {
			if m.ID == "apology" {
				t.Errorf("%s: %q lists 'no apology' as missing beside its cancelled apology", c.lang, c.reply)
			}
		}
	}
}
