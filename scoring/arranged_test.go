package scoring

import (
	"math"
	"testing"
)

// A fix already arranged, told without "ik"/"we" or "I"/"we", is done:
// "Je staat nu op de trein van 18:04", "hij vervangt de ketel morgen om
// 9:00", "het pakket wordt vanmiddag bezorgd", "your card is active
// again". The retired blind set blind9 ranked such replies above a
// request for details with a promise (13 of its misranked pairs), and the
// rubric found no fix in them. Dutch and English alike.
func TestAnArrangementToldWithoutIOrWeIsDone(t *testing.T) {
	pairs := []struct{ post, nl, en string }{
		{"Trein uitgevallen, ik sta in Utrecht en mis zo mijn aansluiting. / Train cancelled, I'm stuck in Utrecht and about to miss my connection.",
			"Je staat nu op de trein van 18:04, stoel 12, en je aansluiting wacht. ^Eva",
			"You're now on the 18:04 train, seat 12, and your connection will wait. ^Eva"},
		{"Cv-ketel kapot, al drie dagen koud. / Boiler broken, cold for three days.",
			"De monteur heeft het onderdeel binnen: hij vervangt de ketel morgen om 9:00. ^Eva",
			"The engineer has the part: he'll replace the boiler tomorrow at 9:00. ^Eva"},
		{"Mijn pakket ligt al een week in het depot. / My parcel has been sitting in the depot for a week.",
			"Het pakket wordt vanmiddag bij je bezorgd, vóór 17:00. ^Eva",
			"The parcel will be delivered to you this afternoon, before 5pm. ^Eva"},
		{"Mijn pas is geblokkeerd en ik kan niet pinnen. / My card is blocked and I can't pay.",
			"Je pas is weer actief, je kunt meteen pinnen. ^Eva",
			"Your card is active again, you can pay straight away. ^Eva"},
	}
	hollow := map[string]string{"nl": "Wat vervelend, we begrijpen je frustratie echt.", "en": "How annoying, we really understand your frustration."}
	for _, p := range pairs {
		var got [2]float64
		for k, lang := range []string{"nl", "en"} {
			text := p.nl
			if lang == "en" {
				text = p.en
			}
			ctx := Context{Language: lang, CustomerPost: p.post, CustomerMood: -0.6}
			a := Default().Analyze(text, ctx)
			got[k] = Overall(a)
			if !a.Has("resolved") {
				t.Errorf("%q: want the arrangement read as done, got %v", text, ids(a))
			}
			if h := Default().Analyze(hollow[lang], ctx); Overall(a) < Overall(h)+30 {
				t.Errorf("%q scores %.1f, want far above hollow sympathy (%.1f)", text, Overall(a), Overall(h))
			}
		}
		if math.Abs(got[0]-got[1]) > 10 {
			t.Errorf("%q: %.1f in Dutch, %.1f in English", p.nl, got[0], got[1])
		}
	}
}
