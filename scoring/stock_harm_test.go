package scoring

import (
	"strings"
	"testing"
)

// A stock reply is one template however many stock phrases it strings
// together ("sorry for any inconvenience", "thank you for your patience",
// a team as signature): it costs as its first stock phrase does, the
// others are shown at 0 with the reason, in either language. Charged once,
// it ranks above a reply that puts the missing parcel on the customer, as
// webcare leads rank them; a concrete step stays far above both.
func TestAStockReplyIsChargedOnce(t *testing.T) {
	r := Default()
	for _, c := range []struct{ lang, post, stock, cold, step, note string }{
		{"nl", "Mijn pakket zou maandag komen, het is vrijdag en de tracking staat stil. Ik heb het nodig voor de verjaardag van mijn zoon.",
			"Excuses voor het eventuele ongemak en bedankt voor je geduld terwijl we dit uitzoeken. Met vriendelijke groet, Team ParcelGo",
			"Heb je al bij de buren gekeken? Pakketten worden vaak naast de deur afgegeven.",
			"Sorry, vier dagen te laat voor een verjaardag is balen. Ik heb een nieuw pakket klaargezet; dat komt morgen voor 12 uur. ^Noor",
			"telt niet nog eens: je standaardtekst kost al punten"},
		{"en", "My parcel was due Monday, it's Friday and tracking hasn't moved. I need it for my son's birthday.",
			"We apologise for any inconvenience caused and thank you for your patience while we look into this. Kind regards, The ParcelGo Team",
			"Have you checked with your neighbours? Parcels are often left next door.",
			"Sorry, four days late for a birthday is rotten. I've sent a new parcel today; it arrives tomorrow before noon. ^Noor",
			"not charged again: your stock text already costs points"},
	} {
		ctx := Context{Language: c.lang, CustomerMood: -0.6, CustomerPost: c.post}
		stock, cold, step := r.Analyze(c.stock, ctx), r.Analyze(c.cold, ctx), r.Analyze(c.step, ctx)
		charged := 0
		for _, id := range []string{"non_apology", "canned", "patience_template", "company_signature"} {
			if !stock.Has(id) {
				t.Errorf("%s: the stock reply should show %s: %v", c.lang, id, ids(stock))
			}
			for _, f := range stock.Features {
				if f.ID == id && f.Points != 0 {
					charged++
					break
				}
			}
		}
		if charged != 1 {
			t.Errorf("%s: %d stock findings cost points, want 1: %v", c.lang, charged, ids(stock))
		}
		if o := Overall(stock); o <= Overall(cold) || o >= Overall(step) {
			t.Errorf("%s: stock %.1f, cold %.1f %v, step %.1f: want cold < stock < step", c.lang, o, Overall(cold), ids(cold), Overall(step))
		}
		if ex := r.Explain(stock, c.lang); !strings.Contains(ex, c.note) {
			t.Errorf("%s: the explanation does not say why the other stock phrases cost nothing:\n%s", c.lang, ex)
		}
	}
}
