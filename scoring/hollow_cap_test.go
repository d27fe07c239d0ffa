package scoring

import "testing"

// Stock sympathy with nothing of the case and no way forward does not end
// above the empathy baseline, however it is greeted, thanked and signed
// (playtest 13, P13-11: "we are so sorry to hear this… thank you for
// sharing your story" to a humiliated customer scored 52, its Dutch twin
// 59). It stays a reply that lacks something, not one that harms.
func TestStockSympathyWithNoWayForwardStaysAtTheBaseline(t *testing.T) {
	r := Default()
	nl := Context{Language: "nl", CustomerPost: "Een medewerker greep me in de paskamer bij mijn arm terwijl ik insuline spoot, noemde me een junk en droeg me over aan de politie. Ik ben nog nooit zo vernederd.", CustomerMood: -0.8, CustomerName: "Naomi"}
	en := Context{Language: "en", CustomerPost: "An employee grabbed my arm in the fitting room while I was injecting insulin, called me a junkie and handed me to the police. I've never been so humiliated.", CustomerMood: -0.8, CustomerName: "Naomi"}
	for _, c := range []struct {
		ctx  Context
		text string
	}{
		{nl, "Beste Naomi, wat ontzettend vervelend om te horen. We begrijpen je frustratie volledig en nemen dit heel serieus. Bedankt dat je je verhaal met ons deelt. - Marloes"},
		{nl, "Hoi Naomi! Wat naar, echt. Dank voor je bericht en veel sterkte. ^Marloes"},
		{en, "Dear Naomi, we are so sorry to hear this. We completely understand your frustration and we take this very seriously. Thank you for sharing your story with us. - Marloes"},
		{en, "Hi Naomi, that sounds awful, we're so sorry. Thanks for reaching out. ^Marloes"},
	} {
		a := r.Analyze(c.text, c.ctx)
		if a.Empathy > r.baseEmpathy {
			t.Errorf("%q: empathy %.0f, above the baseline %.0f (%v)", c.text, a.Empathy, r.baseEmpathy, ids(a))
		}
		for _, q := range r.Questions(a) {
			if q.ID == "no_harm" && q.Answer != "yes" && !a.Has("canned") { // a template is a brush-off
				t.Errorf("%q: 'avoids harm?' answers %q: it lacks a way forward, it harms no one", c.text, q.Answer)
			}
		}
	}
	// With the case named, the same warmth is worth its points.
	if a := r.Analyze("Beste Naomi, dat je bij je arm werd gegrepen terwijl je insuline spoot en een junk werd genoemd, is vreselijk. Het spijt me. - Marloes", nl); a.Empathy <= r.baseEmpathy {
		t.Errorf("the restated harm: empathy %.0f (%v)", a.Empathy, ids(a))
	}
}
