package scoring

import "testing"

// A customer who asks the brand something, whatever their mood, is left
// where they were by warm words that answer nothing: "Mag ik met mijn
// scootmobiel naar binnen?" answered with "Wat fijn dat je ons park wilt
// bezoeken! Tot snel!" has no way forward, as a complaint without a step
// has, while the plain "Ja, met de scootmobiel kun je overal in het park
// komen" has one. A question without a question word asks the brand too
// when it asks what the customer (or "er", "there") may, can or must do:
// "Kan ik…", "Is er…", "Can I…", "Is there…". The released blind19's
// writers ranked the plain answer above such warmth in every group (11 of
// its 92 misranked pairs were questions left open or answers
// under-credited). A rhetorical question ("Kan het nog mooier?", "Is
// this not the best service ever?") asks nothing, and a delighted
// customer thanked for praise needs no step.
func TestAQuestionLeftOpenHasNoWayForward(t *testing.T) {
	r := Default()
	cases := []struct{ lang, post, warm, answer string }{
		{"nl", "@GVB Mag ik met mijn rolstoel in de tram naar het Centraal? En is er dan een oprijplaat?",
			"Wat leuk dat je met ons meereist! We wensen je alvast een fijne rit. 🚋",
			"Ja, alle trams naar Centraal hebben een lage instap, dus een oprijplaat is niet nodig. ^Bram"},
		{"nl", "@Rijksmuseum Kunnen we met een kinderwagen door het hele museum?",
			"Wat gezellig dat jullie met de kleine komen! Een fijne dag alvast!",
			"Ja, met de kinderwagen kun je overal komen; er zijn liften naar elke verdieping. ^Bram"},
		{"en", "@Metrolink Can I take my wheelchair on the tram to Piccadilly? And is there a ramp?",
			"How lovely that you're travelling with us! Have a great trip. 🚋",
			"Yes, every tram to Piccadilly has level boarding, so you won't need a ramp. ^Bram"},
		{"en", "@britishmuseum Can we take a buggy round the whole museum?",
			"How lovely that you're bringing the little one! Have a wonderful day!",
			"Yes, you can take the buggy everywhere; there are lifts to every floor. ^Bram"},
	}
	for _, c := range cases {
		ctx := Context{Language: c.lang, CustomerPost: c.post, CustomerMood: 0.1, CustomerName: "Sam"}
		w, a := r.Analyze(c.warm, ctx), r.Analyze(c.answer, ctx)
		if !w.Has("no_way_forward") {
			t.Errorf("%s %q to a question: %v; warmth that answers nothing has no way forward", c.lang, c.warm, ids(w))
		}
		if a.Has("no_way_forward") || Overall(a) <= Overall(w) {
			t.Errorf("%s %q (%.1f) should rank above %q (%.1f): %v", c.lang, c.answer, Overall(a), c.warm, Overall(w), ids(a))
		}
	}
	rhetorical := []struct{ lang, post, reply string }{
		{"nl", "Binnen een uur mijn nieuwe pas in huis. Kan het nog mooier? 😍", "Wat leuk om te lezen, dank je wel! 😊 ^Bram"},
		{"en", "New card through my door within the hour. Is this not the best service ever? 😍", "Lovely to read, thank you! 😊 ^Bram"},
	}
	for _, c := range rhetorical {
		ctx := Context{Language: c.lang, CustomerPost: c.post, CustomerMood: 0.8, CustomerName: "Sam"}
		if a := r.Analyze(c.reply, ctx); a.Has("no_way_forward") {
			t.Errorf("%s %q to praise: %v; a rhetorical question asks for no step", c.lang, c.reply, ids(a))
		}
	}
}
