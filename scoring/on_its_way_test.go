package scoring

import (
	"math"
	"testing"
)

// A thing of the case found and already on its way, told with a verb of
// going in the present ("staat nog in X en gaat morgen mee met de bus",
// "is still at X and goes on the 8:00 van"), is a fix arranged (resolved)
// in both languages, and the Dutch and English forms score alike (groups
// nl104/en104). Fails before: Dutch "gaat … mee" read "mee" as the stock
// verb of "we nemen het mee" and gave only a step; English "come with
// Thursday's delivery" was no fix at all (a day in the possessive was no
// day), and the Dutch and English halves differed by up to 31 points.
func TestAThingOnItsWayIsAFixArranged(t *testing.T) {
	r := Default()
	for _, c := range []struct{ nlPost, nl, enPost, en string }{
		{"Mijn fiets zou gisteren klaar zijn in jullie winkel in Zeist maar er stond niks.",
			"Je fiets staat nog in onze werkplaats in Utrecht en gaat morgen om 8:00 mee met de bus naar Zeist.",
			"My bike was supposed to be ready at your Kingston shop yesterday but there was nothing there.",
			"Your bike is still at our workshop in Croydon and goes on the 8:00 van to Kingston tomorrow."},
		{"Mijn laptop is al drie weken in reparatie en volgens de status is hij sinds maandag klaar.",
			"Je laptop staat nog in ons reparatiecentrum in Tilburg en gaat vrijdag met de koerier mee terug naar jou.",
			"My laptop has been in for repair for three weeks and the status says it's been ready since Monday.",
			"Your laptop is still at our repair centre in Newark and goes back to you with the courier on Friday."},
		{"Mijn nieuwe bril zou vorige week binnen zijn.",
			"Je bril ligt nog in ons lab in Duitsland en komt donderdag mee met de zending naar onze winkel.",
			"My new glasses were supposed to be in last week.",
			"Your glasses are still at our lab in Germany and come with Thursday's delivery to our store."},
	} {
		nl := r.Analyze(c.nl, Context{Language: "nl", CustomerPost: c.nlPost, CustomerMood: -0.6})
		en := r.Analyze(c.en, Context{Language: "en", CustomerPost: c.enPost, CustomerMood: -0.6})
		for _, a := range []Analysis{nl, en} {
			if !a.Has("resolved") {
				t.Errorf("%q: want resolved (a fix arranged), got %v", a.Text, ids(a))
			}
		}
		if d := math.Abs(Overall(nl) - Overall(en)); d > 10 {
			t.Errorf("%q %.1f and %q %.1f differ by %.1f", c.nl, Overall(nl), c.en, Overall(en), d)
		}
	}
	// "We nemen het mee" stays no act: "mee" is taken along only after a
	// verb of going.
	a := r.Analyze("We nemen je opmerking morgen mee in het overleg.", Context{Language: "nl",
		CustomerPost: "Jullie app crasht steeds bij het betalen.", CustomerMood: -0.6})
	if a.Has("resolved") {
		t.Errorf("%q: a remark taken into account is no fix, got %v", a.Text, ids(a))
	}
}
