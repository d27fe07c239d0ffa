package session

import (
	"strings"
	"testing"
)

// TestDebriefSaysWhereThePlayedRoundStands: beside "heat 10 or more in 89
// of 100 worlds" a round that stayed at heat 2.5 is said to be one of the
// calm ones, in both languages; a round like most worlds gets no remark;
// a storm most worlds did not have, and an ending most did not reach, are
// named (playtest 11, P11-15).
func TestDebriefSaysWhereThePlayedRoundStands(t *testing.T) {
	w := WorldsSummary{Worlds: 100, HeatStorm: 89, Endings: map[string]int{"netjes": 85, "rel": 15}}
	calm := Report{Ending: "netjes", Curve: []CurvePoint{{Heat: 0.4}, {Heat: 2.5}, {Heat: 1}}}
	for lang, want := range map[string][]string{"nl": {"rustig", "11 van de 100", "2,5"}, "en": {"calm", "11 of the 100", "2.5"}} {
		got := w.PlayedRound(lang, calm, "Gewoon goed geholpen")
		for _, s := range want {
			if !strings.Contains(got, s) {
				t.Errorf("%s: %q does not say %q", lang, got, s)
			}
		}
	}
	// Below the storm mark but a bad ending: no "you were lucky"
	// (playtest 17, P17-20: beside "Twitter spat", bad in 100 of 100).
	bad := Report{Ending: "rel", EndingKind: "bad", Curve: []CurvePoint{{Heat: 7.8}}}
	for lang, want := range map[string][2]string{"nl": {"slecht af", "geluk"}, "en": {"ended badly", "lucky"}} {
		if got := w.PlayedRound(lang, bad, "Twitterfittie"); !strings.Contains(got, want[0]) || strings.Contains(got, want[1]) {
			t.Errorf("%s: a calm round with a bad ending reads %q; want it to say it ended badly and not that it was luck", lang, got)
		}
	}
	stormy := Report{Ending: "netjes", Curve: []CurvePoint{{Heat: 14}}}
	if got := w.PlayedRound("en", stormy, "Fine"); got != "" {
		t.Errorf("a round like 89 of 100 worlds gets %q", got)
	}
	rare := Report{Ending: "rel", Curve: []CurvePoint{{Heat: 30}}}
	if got := w.PlayedRound("nl", rare, "Twitterfittie"); !strings.Contains(got, "Twitterfittie") || !strings.Contains(got, "15 van de 100") {
		t.Errorf("an ending 15 of 100 worlds reached: %q", got)
	}
	few := WorldsSummary{Worlds: 100, HeatStorm: 8, Endings: map[string]int{"netjes": 100}}
	if got := few.PlayedRound("en", Report{Ending: "netjes", Curve: []CurvePoint{{Heat: 12.25}}}, "Fine"); !strings.Contains(got, "only 8 of the 100") || !strings.Contains(got, "12.2") {
		t.Errorf("a storm 8 of 100 worlds had: %q", got)
	}
}
