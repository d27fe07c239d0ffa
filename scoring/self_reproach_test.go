package scoring

import (
	"math"
	"testing"
)

// "Stupid" or "dom" about the brand's own mistake owns it ("a stupid
// mistake on our part", "stom van ons"); about the customer it is an
// insult ("stupid of you", "stom van je"). English read every "stupid" and
// "dumb" as an insult (a reply that owned and fixed the mistake scored 20
// against 81 for its Dutch twin), Dutch missed "stom van je" (the retired
// blind9; groups nl7-idioom/en7-idiom).
func TestStupidAboutOurselvesOwnsAndAboutTheCustomerInsults(t *testing.T) {
	post := "Je hebt me twee keer laten betalen! / You charged me twice!"
	owns := [][2]string{
		{"Dat was een stomme fout van ons. Het dubbele bedrag staat vandaag terug. ^Mila", "That was a stupid mistake on our part. The double charge is back today. ^Mila"},
		{"Dom van ons, sorry. Ik heb het tweede bedrag teruggestort. ^Mila", "Dumb of us, sorry. I've refunded the second charge. ^Mila"},
	}
	for _, p := range owns {
		nl := Default().Analyze(p[0], Context{Language: "nl", CustomerPost: post, CustomerMood: -0.6})
		en := Default().Analyze(p[1], Context{Language: "en", CustomerPost: post, CustomerMood: -0.6})
		for _, a := range []Analysis{nl, en} {
			if a.Has("insult") || !a.Has("ownership") {
				t.Errorf("%q: want ownership and no insult, got %v", a.Text, ids(a))
			}
		}
		if d := math.Abs(Overall(nl) - Overall(en)); d > 10 {
			t.Errorf("%q %.1f against %q %.1f", p[0], Overall(nl), p[1], Overall(en))
		}
	}
	for _, c := range [][2]string{{"nl", "Stom van je dat je niet even je afschriften checkt. ^Mila"}, {"en", "Stupid of you not to check your statements. ^Mila"}} {
		if a := Default().Analyze(c[1], Context{Language: c[0], CustomerPost: post, CustomerMood: -0.6}); !a.Has("insult") {
			t.Errorf("%q: want an insult, got %v", c[1], ids(a))
		}
	}
}
