package scoring

import (
	"slices"
	"testing"
)

// TestHarmWordsReportNoFix: a sentence that reads the customer's private
// matter out in public is the leak, not a fix reported done (playtest 20,
// P20-14: "we hebben je echt drie herinneringen gestuurd" earned +39 as
// "het is geregeld" and was marked green). A fix told in other words of
// the same reply still counts.
func TestHarmWordsReportNoFix(t *testing.T) {
	r := Default()
	cases := []struct {
		lang, post, reply string
		fix               bool
	}{
		{"nl", "@VeiligVerzekerd Zomaar mijn reisverzekering stopgezet, ik vertrek zaterdag!",
			"@ilse_r Hoi Ilse, we hebben je vorige maand al twee aanmaningen over je premie gestuurd. Kijk even in je mail. ^Tom", false},
		{"en", "@SafeCover cancelled my travel insurance out of the blue, I leave on Saturday!",
			"@ilse_r Hi Ilse, we did send you two reminders about the missed premiums last month. Check your inbox. ^Tom", false},
		{"nl", "@VeiligVerzekerd Zomaar mijn reisverzekering stopgezet, ik vertrek zaterdag!",
			"@ilse_r Hoi Ilse, we hebben je vorige maand al twee aanmaningen gestuurd. Ik heb je polis vandaag weer geactiveerd. ^Tom", true},
		{"en", "@SafeCover cancelled my travel insurance out of the blue, I leave on Saturday!",
			"@ilse_r Hi Ilse, we did send you two reminders last month. I've reactivated your policy today. ^Tom", true},
	}
	for _, c := range cases {
		a := r.Analyze(c.reply, Context{Language: c.lang, CustomerPost: c.post, CustomerName: "Ilse", CustomerMood: -0.7})
		if !a.Has("private_disclosure") {
			t.Fatalf("%s: the leak is not found: %v", c.reply, a.Features)
		}
		var fixes []string
		for _, f := range a.Features {
			if f.ID == "resolved" && f.Points > 0 {
				fixes = append(fixes, f.Text)
			}
		}
		leaky := slices.ContainsFunc(fixes, func(s string) bool { return containsFold(s, "aanmaningen") || containsFold(s, "reminders") })
		if leaky {
			t.Errorf("%s: the words of the leak earn a fix done: %q", c.reply, fixes)
		}
		if c.fix != (len(fixes) > 0) {
			t.Errorf("%s: fix done found %v, want %v (%q)", c.reply, len(fixes) > 0, c.fix, fixes)
		}
		for _, q := range r.Questions(a) {
			if q.ID == "acts" && q.Answer == "yes" && (containsFold(q.Text, "aanmaningen") || containsFold(q.Text, "reminders")) {
				t.Errorf("%s: the leak answers 'do you act?': %q", c.reply, q.Text)
			}
		}
	}
}
