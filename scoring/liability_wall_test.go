package scoring

import "testing"

// Liability disclaimed ("we accept no liability", "kan niet aansprakelijk
// worden gesteld") and a rule told as how things are arranged in a
// document ("zo is het in de voorwaarden geregeld", "that's how it's set
// out in the terms") are a wall, in either language: no fix done
// ("geregeld"), and no sympathy that survives it. The customer told they
// are not liable, and a fix that is arranged, are no wall.
func TestALiabilityDisclaimerIsAWall(t *testing.T) {
	r := Default()
	ctx := func(lang string) Context {
		post := map[string]string{"nl": "Mijn telefoon is uit mijn kluisje in jullie sportschool gestolen. Wat gaan jullie doen?",
			"en": "My phone was stolen from my locker at your gym. What are you going to do?"}[lang]
		return Context{Language: lang, CustomerMood: -0.6, CustomerPost: post}
	}
	for _, c := range []struct{ lang, text string }{
		{"nl", "Wij aanvaarden geen aansprakelijkheid voor waardevolle spullen in kluisjes."},
		{"nl", "De sportschool kan niet aansprakelijk worden gesteld voor diefstal uit kluisjes."},
		{"nl", "Vervelend, Tom. Zo is het in de algemene voorwaarden geregeld."},
		{"en", "We accept no liability for valuables left in lockers."},
		{"en", "The gym cannot be held liable for theft from lockers."},
		{"en", "Sorry Tom. That's how it's set out in the general terms."},
	} {
		a := r.Analyze(c.text, ctx(c.lang))
		if !a.Has("refusal") || a.Has("resolved") || Overall(a) >= 35 {
			t.Errorf("%s %q: %.1f %v, want a wall and no fix", c.lang, c.text, Overall(a), ids(a))
		}
	}
	for _, c := range []struct{ lang, text string }{
		{"nl", "Je bent niet aansprakelijk voor de schade, Tom: wij vergoeden je telefoon, het geld staat vrijdag op je rekening. ^Eva"},
		{"nl", "De vervanging is geregeld, Tom: je nieuwe telefoon ligt morgen bij de balie. ^Eva"},
		{"en", "You're not liable for any of it, Tom: we're paying for your phone, the money will be in your account on Friday. ^Eva"},
		{"en", "The replacement is arranged, Tom: your new phone will be at the desk tomorrow. ^Eva"},
	} {
		if a := r.Analyze(c.text, ctx(c.lang)); a.Has("refusal") || Overall(a) < 60 {
			t.Errorf("%s %q: %.1f %v, want no wall", c.lang, c.text, Overall(a), ids(a))
		}
	}
}
