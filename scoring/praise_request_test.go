package scoring

import "testing"

// Praise answered with a request for the brand or a pitch (leave a
// review, refer a friend, a loyalty card) is an advert in place of an
// answer: the retired blind10 ranks it below a template in both
// languages, and far below passing the praise on. Fails before: the
// thanks in front of the request kept it above the template.
func TestPraiseAnsweredWithARequestRanksBelowATemplate(t *testing.T) {
	for _, c := range []struct{ lang, post, personal, template, request string }{
		{"nl", "De monteur van vanochtend was zo vriendelijk en legde alles rustig uit aan mijn moeder. Top service!",
			"Wat fijn om te lezen! Ik stuur je bericht vandaag door naar de monteur. ^Iris",
			"Bedankt voor uw reactie. Wij streven ernaar iedere klant goed van dienst te zijn.",
			"Fijn om te horen! Wil je een review voor ons achterlaten op Google? Dat helpt ons echt 🙏"},
		{"nl", "De monteur van vanochtend was zo vriendelijk en legde alles rustig uit aan mijn moeder. Top service!",
			"Wat fijn om te lezen! Ik stuur je bericht vandaag door naar de monteur. ^Iris",
			"Bedankt voor uw reactie. Wij streven ernaar iedere klant goed van dienst te zijn.",
			"Leuk! Meld een vriend aan en jullie krijgen allebei een maand gratis."},
		{"en", "The engineer this morning was so kind and explained everything patiently to my mum. Top service!",
			"Lovely to read! I'm passing your post on to the engineer today. ^Iris",
			"Thank you for your message. We aim to give every customer a good service.",
			"Great to hear! Would you leave us a review on Google? It really helps 🙏"},
		{"en", "The engineer this morning was so kind and explained everything patiently to my mum. Top service!",
			"Lovely to read! I'm passing your post on to the engineer today. ^Iris",
			"Thank you for your message. We aim to give every customer a good service.",
			"Love it! Refer a friend and you both get a month free."},
	} {
		r := Default()
		ctx := Context{Language: c.lang, CustomerPost: c.post, CustomerMood: 0.8}
		p, tp, q := Overall(r.Analyze(c.personal, ctx)), Overall(r.Analyze(c.template, ctx)), r.Analyze(c.request, ctx)
		if !(p > tp && tp > Overall(q)) {
			t.Errorf("%s: want personal %.1f > template %.1f > request %.1f %v", c.lang, p, tp, Overall(q), ids(q))
		}
	}
}

// A hope that the problem gets solved is a wish, not a step: nobody does
// anything (blind10, groups nl9/en9). In Dutch "we hopen dat het snel
// opgelost is" read "opgelost" as a step, in English "hope it's sorted
// soon" read "sorted" as a fix done, so a pile of sympathy with a hope
// scored as high as a fix. The brand's own plan stays a step.
func TestAHopeIsNoStep(t *testing.T) {
	for _, c := range []struct{ lang, post, hope, plan string }{
		{"nl", "Al drie dagen geen warm water in ons huis, met een baby van twee maanden.",
			"Wat ontzettend vervelend, we begrijpen je zorgen. We hopen dat het snel opgelost is!",
			"Wat vervelend. Ik stuur vandaag een monteur, hij is er voor 16:00."},
		{"nl", "Al drie dagen geen warm water in ons huis, met een baby van twee maanden.",
			"Wat ontzettend vervelend, we begrijpen je zorgen. We hopen dat het morgen weer werkt!",
			"Wat vervelend. Ik stuur vandaag een monteur, hij is er voor 16:00."},
		{"en", "Three days without hot water in our house, with a two-month-old baby.",
			"How awful, we understand your worry. We hope it's sorted soon!",
			"How awful. I'm sending an engineer today, he'll be there before 4pm."},
		{"en", "Three days without hot water in our house, with a two-month-old baby.",
			"How awful, we understand your worry. Fingers crossed it's working again tomorrow!",
			"How awful. I'm sending an engineer today, he'll be there before 4pm."},
	} {
		r := Default()
		ctx := Context{Language: c.lang, CustomerPost: c.post, CustomerMood: -0.7}
		h, p := r.Analyze(c.hope, ctx), r.Analyze(c.plan, ctx)
		if h.Has("next_step") || h.Has("resolved") || !h.Has("no_way_forward") {
			t.Errorf("%q: a hope read as a step: %v", c.hope, ids(h))
		}
		if Overall(h) >= Overall(p)-20 {
			t.Errorf("%q (%.1f) scores near the plan %q (%.1f)", c.hope, Overall(h), c.plan, Overall(p))
		}
	}
}
