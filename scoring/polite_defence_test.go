package scoring

import "testing"

// The owner who apologises politely and then gives the rush as the reason,
// defends the staff the guest complained of and justifies the disputed
// charge does what the waiter's "it's Friday, madam" did, in kinder words
// (playtest 19, P19-20: 82/84 and a good ending that praised "an owner who
// admits mistakes"). Each of those moves is found, in both languages, and
// such a reply ranks below a plain one that owns it.
func TestAPoliteDefenceIsNoApology(t *testing.T) {
	r := Default()
	for _, c := range []struct{ lang, post, defence, owns string }{
		{"nl", "Veertig minuten gewacht op een koude pizza, de bezorger snauwde, en de cola die niet meekwam staat wel op de bon.",
			"Beste Kim, het spijt ons dat je bestelling niet aan je verwachtingen voldeed. Donderdag was erg druk en onze bezorger deed zijn best. De cola was ingepakt, dus die is berekend.",
			"Kim, veertig minuten voor een koude pizza en een snauw: dat is niet goed, sorry. De cola en de pizza stort ik vandaag terug."},
		{"en", "Forty minutes for a cold pizza, the driver snapped at me, and the cola that never came is on the bill.",
			"Dear Kim, we're sorry your order didn't meet your expectations. Thursdays are very busy and our driver was doing his best. The cola was packed, so it was charged.",
			"Kim, forty minutes for a cold pizza and a snap at the door: that's not good, sorry. I'm refunding the cola and the pizza today."},
	} {
		ctx := Context{Language: c.lang, CustomerPost: c.post, CustomerMood: -0.7}
		d, o := r.Analyze(c.defence, ctx), r.Analyze(c.owns, ctx)
		for _, id := range []string{"non_apology", "refusal", "deny"} {
			if !d.Has(id) {
				t.Errorf("%s %q: want %s, got %v", c.lang, c.defence, id, ids(d))
			}
		}
		if Overall(d) >= Overall(o)-30 {
			t.Errorf("%s: the polite defence (%.0f) is not far below owning it (%.0f)", c.lang, Overall(d), Overall(o))
		}
	}
}
