package scoring

import "testing"

// Words of count and amount ("keer", "veel", "times", "much") are not the
// customer's case: "Voor de volgende keer: via Mijn Sanoma gaat het veel
// sneller" read back "keer … veel" of "Al twee keer gemaild … niet VEEL
// gebeld" and earned restates_case, shown green in the debrief, for the
// lesson it gave her (lead, Sanoma nl played). The case itself read back
// ("twee keer gemaild en gebeld") still counts.
func TestCountWordsAreNotTheCustomersCase(t *testing.T) {
	cases := []struct{ lang, post, lesson, restated string }{
		{"nl", "@SanomaMediaNL Ik schreef AL gebeld, niet VEEL gebeld. En ja, ik heb twee keer gemaild, dat staat er ook. Lezen is ook een vak.",
			"Hoi Dorien, sorry voor het ongemak! Voor de volgende keer: via Mijn Sanoma gaat het veel sneller dan via Twitter of de telefoon. Succes! ^Lotte",
			"Hoi Dorien, je had al gebeld en twee keer gemaild: dat hadden we moeten lezen. Ik regel het vandaag. ^Lotte"},
		{"en", "@SanomaMedia I wrote ALREADY called, not called MANY times. And yes, I emailed two times, it says so. Reading is a skill too.",
			"Hi Dorien, sorry for the inconvenience! For next time: My Sanoma is many times quicker than Twitter or the phone. Good luck! ^Lotte",
			"Hi Dorien, you had already called and emailed two times: we should have read that. I'll sort it today. ^Lotte"},
	}
	r := Default()
	for _, c := range cases {
		ctx := Context{Language: c.lang, CustomerPost: c.post, CustomerMood: -0.6}
		// Credited or cancelled, the debrief marks the span as the
		// customer's case read back; it must not be found at all.
		if a := r.Analyze(c.lesson, ctx); a.Has("restates_case") || hasDiscount(a, "restates_case") {
			t.Errorf("%s %q: restates_case found; it shares only words of count with the post", c.lang, c.lesson)
		}
		if a := r.Analyze(c.restated, ctx); !a.Has("restates_case") {
			t.Errorf("%s %q: no restates_case; it reads the customer's case back", c.lang, c.restated)
		}
	}
}
