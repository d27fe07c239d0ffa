package scoring

import "testing"

// A question that asks for a recommendation or a choice ("Wat raden jullie
// aan?", "Welke moet ik nemen?", "What do you recommend?") is answered by
// naming the pick: "Probeer de Quattro Formaggi", "Go for the Margherita",
// "Onze bakkers zweren bij de Pepperoni Passion". Such a reply was charged
// with no_way_forward ("you offer no step, no answer") and, at a negative
// mood, its imperative was read as leaving the problem to the customer
// (playtest 28, F1; groups nl102/en102). Warmth that names nothing still
// leaves the question open.
func TestARecommendationNamedAnswersTheQuestion(t *testing.T) {
	r := Default()
	for _, c := range []struct {
		lang, post string
		answers    []string
		open       string
	}{
		{"nl", "@DominosNL Haha, wat snel! Volgende keer wil ik iets anders proberen. Wat raden jullie aan?",
			[]string{"@kevinvdl Probeer de Quattro Formaggi, die is nieuw deze maand. ^Mark",
				"@kevinvdl Onze bakkers zweren bij de Pepperoni Passion. Laat je weten wat je ervan vindt? ^Mark",
				"@kevinvdl Ga voor de Margherita, daar ga je nooit mis mee. ^Mark"},
			"@kevinvdl Wat leuk dat je weer bestelt! Eet smakelijk. ^Mark"},
		{"en", "@DominosUK Haha, that was quick! Next time I want to try something different. What do you recommend?",
			[]string{"@kevinvdl Try the Quattro Formaggi, it's new this month. ^Mark",
				"@kevinvdl Our bakers swear by the Pepperoni Passion. Let us know what you think? ^Mark",
				"@kevinvdl Go for the Margherita, you can't go wrong with it. ^Mark"},
			"@kevinvdl Lovely that you're ordering again! Enjoy your meal. ^Mark"},
		{"nl", "@GazelleNL Ik twijfel tussen de Esprit en de Chamonix voor 8 km per dag. Welke moet ik nemen?",
			[]string{"@jip Neem de Esprit, die is op 8 km per dag licht genoeg. ^Joost"},
			"@jip Goede vraag! Allebei mooie fietsen. ^Joost"},
		{"en", "@GazelleUK I'm torn between the Esprit and the Chamonix for 8 km a day. Which one should I get?",
			[]string{"@jip Get the Esprit, it's light enough for 8 km a day. ^Joost"},
			"@jip Great question! Both are lovely bikes. ^Joost"},
	} {
		for _, mood := range []float64{0.6, -0.5} {
			ctx := Context{Language: c.lang, CustomerPost: c.post, CustomerMood: mood}
			for _, reply := range c.answers {
				a := r.Analyze(reply, ctx)
				if !a.Has("answers_question") || a.Has("no_way_forward") || a.Has("leaves_it_to_customer") {
					t.Errorf("%s mood %.1f %q: want an answer, no no_way_forward or leaves_it_to_customer (%v)", c.lang, mood, reply, ids(a))
				}
				if o := r.Analyze(c.open, ctx); Overall(o) >= Overall(a) && mood > 0 {
					t.Errorf("%s %q (%.1f) should rank above the warm non-answer %q (%.1f)", c.lang, reply, Overall(a), c.open, Overall(o))
				}
			}
			if a := r.Analyze(c.open, ctx); a.Has("answers_question") {
				t.Errorf("%s mood %.1f %q names no pick, yet answers the question (%v)", c.lang, mood, c.open, ids(a))
			}
		}
	}
}
