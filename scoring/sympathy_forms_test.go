package scoring

import (
	"math"
	"testing"
)

// Playtest 12 (P12-46): mocking the customer's mood ("Oh dear, someone
// woke up on the wrong side of the bed!") is a put-down, not an
// acknowledgement of their feelings, in either language.
func TestMockingTheCustomersMoodIsNoAcknowledgement(t *testing.T) {
	post := "Kut universiteit"
	for _, c := range []struct{ lang, text string }{
		{"en", "Oh dear, someone woke up on the wrong side of the bed! Want to tell us what is going on, Bram? ^Eva"},
		{"nl", "Oei, iemand met het verkeerde been uit bed gestapt! Vertel je ons wat er aan de hand is, Bram? ^Eva"},
		{"en", "Oh no, someone's a bit grumpy today! What happened, Bram?"},
		{"nl", "Oei, iemand is vandaag wel erg chagrijnig! Wat is er gebeurd, Bram?"},
		{"en", "Sounds like somebody needs a coffee first. What's up, Bram?"},
		{"nl", "Klinkt alsof iemand eerst koffie nodig heeft. Wat speelt er, Bram?"},
	} {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: post, CustomerMood: -0.7, CustomerName: "Bram"})
		if a.Has("acknowledge_emotion") || !a.Has("sarcasm") {
			t.Errorf("%q: %v; want sarcasm and no acknowledged emotion", c.text, ids(a))
		}
		if a.Deescalation > 30 {
			t.Errorf("%q: de-escalation %.1f, want the put-down's ceiling", c.text, a.Deescalation)
		}
	}
	// Sympathy with a bad day is no mockery.
	for _, c := range []struct{ lang, text string }{
		{"en", "Sorry someone on our team was short with you, Bram. What happened?"},
		{"nl", "Sorry dat iemand van ons zo kortaf tegen je was, Bram. Wat is er gebeurd?"},
		{"en", "That sounds like a rough day, Bram. What happened?"},
	} {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: post, CustomerMood: -0.7, CustomerName: "Bram"})
		if a.Has("sarcasm") {
			t.Errorf("%q: sarcasm %v; it is sympathy", c.text, ids(a))
		}
	}
}

// Playtest 12 (P12-30): Dutch stock sympathy ("we leven met je mee", "we
// waarderen je geduld") is sympathy as its English twins are ("we feel for
// you", "we appreciate your patience"): credited beside substance, and
// without substance worth as little in Dutch as in English.
func TestDutchStockSympathyCountsAsItsEnglishTwin(t *testing.T) {
	r := Default()
	nlCtx := Context{Language: "nl", CustomerPost: "Al drie dagen geen internet en niemand belt terug.", CustomerMood: -0.7, CustomerName: "Naomi"}
	enCtx := Context{Language: "en", CustomerPost: "Three days without internet and nobody calls back.", CustomerMood: -0.7, CustomerName: "Naomi"}
	for _, c := range []struct{ nl, en string }{
		{"We leven echt met je mee, Naomi. Ik bel je vandaag om 15:00.", "We really feel for you, Naomi. I'll call you today at 15:00."},
		{"Naomi, wij leven met je mee en ik stuur vandaag een monteur.", "Naomi, our sympathies, and I'm sending an engineer today."},
	} {
		nl, en := r.Analyze(c.nl, nlCtx), r.Analyze(c.en, enCtx)
		if !nl.Has("acknowledge_emotion") || !en.Has("acknowledge_emotion") {
			t.Errorf("stock sympathy not credited beside a step: nl %v, en %v", ids(nl), ids(en))
		}
	}
	hollowNL := r.Analyze("Naomi, we begrijpen je frustratie volledig en leven echt met je mee. We waarderen je geduld enorm.", nlCtx)
	hollowEN := r.Analyze("Naomi, we completely understand your frustration and truly feel for you. We really appreciate your patience.", enCtx)
	plainNL := r.Analyze("Naomi, ik stuur vandaag een monteur.", nlCtx)
	if d := math.Abs(Overall(hollowNL) - Overall(hollowEN)); d > 10 {
		t.Errorf("the same hollow reply: nl %.1f %v, en %.1f %v", Overall(hollowNL), ids(hollowNL), Overall(hollowEN), ids(hollowEN))
	}
	if Overall(hollowNL) >= Overall(plainNL) {
		t.Errorf("hollow Dutch sympathy %.1f %v ranks above a plain step %.1f", Overall(hollowNL), ids(hollowNL), Overall(plainNL))
	}
	if !hollowNL.Has("patience_template") || !hollowEN.Has("patience_template") {
		t.Errorf("thanks for patience while the problem is open: nl %v, en %v", ids(hollowNL), ids(hollowEN))
	}
}
