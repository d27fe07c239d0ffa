package scoring

import (
	"strings"
	"testing"
)

// The debrief marks a phrase green or red by Tone: a refusal said a second
// time (worth 0, as a repeat) is red like the first, and a marker that
// scores nothing ("we kijken ernaar uit") is not marked as earned.
func TestToneMarksRepeatsLikeTheirFeatureAndMarkersNotAtAll(t *testing.T) {
	r := Default()
	for _, c := range []struct {
		reply, id, phrase string
		want              int
	}{
		{"Sorry, ik snap dat het frustrerend is, maar zo is het beleid. We kunnen hier verder niets aan doen.", "refusal", "kunnen hier verder niets aan doen", -1},
		{"Sorry, ik snap dat het frustrerend is, maar zo is het beleid. We kunnen hier verder niets aan doen.", "refusal", "zo is het beleid", -1},
		{"Fijn Anouk, we kijken ernaar uit je weer te zien! Je tafel staat vrijdag om 19:00 klaar. ^Joost", "looks_forward", "we kijken ernaar uit", 0},
		{"Fijn Anouk, we kijken ernaar uit je weer te zien! Je tafel staat vrijdag om 19:00 klaar. ^Joost", "resolved", "Je tafel staat vrijdag om 19:00 klaar", 1},
		// A repeat of sympathy that also piles it on: the pile's penalty
		// on the same words decides, not the first sympathy's credit.
		{"Dear Naomi, we are so sorry to hear this. We completely understand your frustration and we take this very seriously. - Marloes", "acknowledge_emotion", "completely understand", -1},
	} {
		lang := "nl"
		if strings.HasPrefix(c.reply, "Dear") {
			lang = "en"
		}
		a := r.Analyze(c.reply, Context{Language: lang, CustomerMood: -0.5})
		found := false
		for i, f := range a.Features {
			if f.ID != c.id || f.Text != c.phrase {
				continue
			}
			found = true
			if got := Tone(a.Features, i); got != c.want {
				t.Errorf("%q in %q (%+.1f): tone %d, want %d", c.phrase, c.reply, f.Points, got, c.want)
			}
		}
		if !found {
			t.Errorf("no %s finding %q in %q: %+v", c.id, c.phrase, c.reply, a.Features)
		}
	}
}
