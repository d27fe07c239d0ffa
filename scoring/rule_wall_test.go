package scoring

import "testing"

// A wall stated as a plain rule ("Retourneren kan alleen binnen 14
// dagen", "Refunds are only possible within 30 days") speaks of everyone,
// not of this customer: its time is no step and its passive no fix, and
// with a restriction it is a wall that cancels the sympathy beside it
// (issue 12, walls; closing note 13).
func TestAWallStatedAsAPlainRuleIsNoStep(t *testing.T) {
	r := Default()
	nl := Context{Language: "nl", CustomerPost: "Ik wil mijn jas terugbrengen, 20 dagen na aankoop, de naden zijn gescheurd!", CustomerMood: -0.6, CustomerName: "Lisa"}
	en := Context{Language: "en", CustomerPost: "I want to return my coat, 20 days after purchase, the seams have split!", CustomerMood: -0.6, CustomerName: "Lisa"}
	for _, c := range []struct {
		ctx        Context
		wall, step string
	}{
		{nl, "Retourneren kan alleen binnen 14 dagen.", "Ik haal je jas morgen op en je krijgt je geld terug."},
		{en, "Refunds are only possible within 30 days.", "I'll collect your coat tomorrow and refund you."},
		{nl, "Wat vervelend, Lisa. Terugbetalen gebeurt alleen binnen 14 dagen na aankoop.", "Wat vervelend, Lisa. Ik haal je jas morgen op."},
		{en, "How annoying, Lisa. Returns are only accepted within 14 days of purchase.", "How annoying, Lisa. I'll collect your coat tomorrow."},
		{nl, "Certificaten worden binnen 6-8 weken verstuurd.", "Ik stuur je certificaat vandaag."},
		{en, "Certificates are sent within 6-8 weeks.", "I'm sending your certificate today."},
	} {
		wall, step := r.Analyze(c.wall, c.ctx), r.Analyze(c.step, c.ctx)
		for _, id := range []string{"next_step", "resolved", "concrete_time"} {
			if wall.Has(id) {
				t.Errorf("%q earns %s: %v", c.wall, id, ids(wall))
			}
		}
		if wall.Has("acknowledge_emotion") {
			t.Errorf("%q: the sympathy before the wall still counts: %v", c.wall, ids(wall))
		}
		if Overall(wall) >= Overall(step) {
			t.Errorf("%q (%.1f) ranks with %q (%.1f)", c.wall, Overall(wall), c.step, Overall(step))
		}
	}
	// About this customer, a time or news of the case is no rule.
	for _, c := range []struct {
		ctx  Context
		text string
	}{
		{nl, "Morgen kan ik je jas ophalen, Lisa."},
		{nl, "Morgen is de koerier bij je, Lisa."},
		{en, "Refunds usually take 3 days, and I've started yours today."},
		{en, "Crews are on site now and we expect it fixed by 4pm."},
		{nl, "Monteurs zijn nu bezig en ik bel je om 16:00."},
	} {
		a := r.Analyze(c.text, c.ctx)
		// "I've started yours today" is a step taken: a step or a fix
		// under way (resolved, which holds a step's points).
		if !(a.Has("next_step") || a.Has("resolved")) || a.Has("refusal") {
			t.Errorf("%q: %v; want its step and no wall", c.text, ids(a))
		}
	}
}

// A plain sentence that leans on prepositions is a message, not a list of
// words ("Sorry Lisa, refunds are only possible within 30 days of
// purchase" was judged a keyword list).
func TestAPlainSentenceWithPrepositionsIsAMessage(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "Sorry Lisa, refunds are only possible within 30 days of purchase."},
		{"nl", "Sorry Lisa, terugbetalen kan alleen binnen dertig dagen sinds aankoop."},
	} {
		if a := Default().Analyze(c.text, Context{Language: c.lang, CustomerMood: -0.6, CustomerName: "Lisa"}); a.Has("not_a_message") {
			t.Errorf("%q: %v; it is a sentence", c.text, ids(a))
		}
	}
}
