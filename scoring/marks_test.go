package scoring

import (
	"testing"
	"unicode/utf8"
)

// TestMarksKeepHarmRed: the stretches a debrief highlights never show the
// words of a finding that costs points as good, even inside a longer
// finding that earns them, and a repeat worth 0 is marked as its feature
// is (playtest 20, P20-14: the trainer's dashboard marked the privacy leak
// green and "Bel ons", a second referral, green too).
func TestMarksKeepHarmRed(t *testing.T) {
	feats := []Feature{
		{ID: "resolved", Start: 10, End: 40, Points: 30, Label: "fix"},
		{ID: "private_disclosure", Start: 20, End: 30, Points: -25, Label: "leak"},
		{ID: "deflect", Start: 45, End: 50, Points: -10, Label: "referral"},
		{ID: "deflect", Start: 55, End: 60, Points: 0, Label: "referral"},
	}
	got := Marks(70, feats)
	want := []Mark{{10, 20, 1, "fix"}, {20, 30, -1, "leak"}, {30, 40, 1, "fix"}, {45, 50, -1, "referral"}, {55, 60, -1, "referral"}}
	if len(got) != len(want) {
		t.Fatalf("marks %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("mark %d: %v, want %v", i, got[i], want[i])
		}
	}
	// The playtest reply itself: its leak is red wherever it is marked.
	r := Default()
	reply := "@marco_rijdt Vervelend Marco, maar we hebben je echt drie herinneringen gestuurd over je premie. Kijk even in je mail, daar staat alles. Bel ons gerust als je vragen hebt! ^Lisa"
	a := r.Analyze(reply, Context{Language: "nl", CustomerName: "Marco", CustomerMood: -0.8,
		CustomerPost: "@Polisvast zegt zomaar mijn autoverzekering op! Ik kan morgen niet naar mijn werk. Oplichters."})
	leak := []rune(reply)
	for _, m := range Marks(utf8.RuneCountInString(reply), a.Features) {
		if s := string(leak[m.Start:m.End]); m.Tone > 0 && (containsFold(s, "herinneringen") || containsFold(s, "Bel ons")) {
			t.Errorf("%q is marked as good", s)
		}
	}
}
