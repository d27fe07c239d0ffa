package scoring

import "testing"

// Playtests 14 and 15 (P14-1): to Kevin, who only praised the pizza,
// "Ha, that came out like an advert, sorry Kevin!" owns the brand's own
// pushy reply before it, yet it cost -18 as "you apologise to a delighted
// customer" and ended Domino's in "Autopilot" in 100 of 100 worlds, in
// Dutch and English. An apology that names the brand's own slip (its
// earlier reply, a mistake with the name, the first room it gave) is
// ownership; one that answers the praise itself is still misplaced.
func TestAnApologyForTheBrandsOwnSlipIsOwnership(t *testing.T) {
	for _, c := range []struct{ lang, post, text string }{
		{"en", "Best pizza ever, thanks @dominos", "@kevinvdl Ha, that came out like an advert, sorry Kevin! My real tip: the Pepperoni Passion, extra crispy. Enjoy! ^Mark"},
		{"nl", "Beste pizza ooit, bedankt @dominos", "@kevinvdl Haha, dat klonk als een reclamefolder, sorry Kevin! Mijn echte tip: de Pepperoni Passion, extra krokant. Eet smakelijk! ^Mark"},
		{"en", "Lieke, not Lotte 😄 But the bouquet was gorgeous. Thanks!", "@lieke_m Oops, sorry Lieke, that was a silly mistake of mine! So glad your mum loved it. ^Sara"},
		{"nl", "Lieke, niet Lotte 😄 Maar de bos was prachtig. Dank!", "@lieke_m Oeps, sorry Lieke, dat was een domme fout van mij! Wat fijn dat je moeder er blij mee was. ^Sara"},
	} {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: c.post, CustomerName: "Kevin", CustomerMood: 0.8})
		if a.Has("misplaced_apology") || !a.Has("apology") {
			t.Errorf("%q: %v; the apology owns the brand's own slip", c.text, ids(a))
		}
	}
	for _, c := range []struct{ lang, text string }{
		{"en", "@kevinvdl Ha, that came out like an advert, sorry Kevin! Enjoy! ^Mark"},
		{"nl", "@kevinvdl Haha, dat klonk als een reclamefolder, sorry Kevin! Eet smakelijk! ^Mark"},
	} {
		if a := Default().Analyze(c.text, Context{Language: c.lang, CustomerName: "Kevin", CustomerMood: 0.8}); !a.Has("ownership") {
			t.Errorf("%q: no ownership %v; it names the brand's own slip", c.text, ids(a))
		}
	}
	for _, c := range []struct{ lang, text string }{
		{"en", "Sorry about that, Kevin! Could you DM us your order number? ^Mark"},
		{"nl", "Sorry daarvoor, Kevin! Stuur je ons een DM met je ordernummer? ^Mark"},
	} {
		if a := Default().Analyze(c.text, Context{Language: c.lang, CustomerName: "Kevin", CustomerMood: 0.8}); !a.Has("misplaced_apology") {
			t.Errorf("%q: want misplaced_apology to a delighted customer, got %v", c.text, ids(a))
		}
	}
}
