package scoring

import "testing"

// A gap in a pattern ("niet * vergoeden", "not * refund") never joins two
// clauses the writer set against each other with a contrast word after a
// comma: "Formeel zijn we niet verplicht, maar we vergoeden je jas" pays
// for the coat, it refuses nothing. The same "maar" before a refusal still
// walls ("Sorry, maar we vergoeden geen schade"), and "maar" as a particle
// inside a clause ("laat maar weten") stops no gap. In either language.
func TestAGapDoesNotCrossAContrast(t *testing.T) {
	r := Default()
	post := map[string]string{
		"nl": "Mijn jas hing in jullie garderobe en kwam terug met een scheur van twintig centimeter. Aan de balie haalden ze hun schouders op.",
		"en": "My coat was in your cloakroom and came back with a 20cm tear. At the desk they just shrugged.",
	}
	for _, c := range []struct {
		lang, text string
		has, not   []string
	}{
		{"nl", "Formeel zijn we niet verplicht, maar we vergoeden je jas toch: het geld staat vrijdag op je rekening.", []string{"resolved"}, []string{"refusal"}},
		{"nl", "We hoeven dat eigenlijk niet te doen, maar we betalen de reparatie van je jas. Je krijgt het geld morgen terug.", nil, []string{"refusal"}},
		{"en", "Formally we're not obliged to, but we'll pay for your coat anyway: the money will be in your account on Friday.", []string{"resolved"}, []string{"refusal"}},
		{"nl", "Sorry voor de scheur, maar we vergoeden geen schade aan spullen in de garderobe.", []string{"refusal"}, nil},
		{"en", "Sorry about the tear, but we don't pay for damage to items in the cloakroom.", []string{"refusal"}, nil},
		{"nl", "Wat vervelend van je jas! Laat maar weten wat je wilt: een nieuwe of het geld terug. ^Marloes", []string{"invite_dialogue"}, nil},
	} {
		a := r.Analyze(c.text, Context{Language: c.lang, CustomerMood: -0.7, CustomerPost: post[c.lang]})
		for _, id := range c.has {
			if !a.Has(id) {
				t.Errorf("%s %q: want %s, found %v", c.lang, c.text, id, ids(a))
			}
		}
		for _, id := range c.not {
			if a.Has(id) {
				t.Errorf("%s %q: no %s wanted, found %v", c.lang, c.text, id, ids(a))
			}
		}
	}
}
