package scoring

import (
	"strings"
	"testing"
)

// An analysis of a Dutch reply, shown in English, explains each finding
// with the words an English reply with the same finding gets, and keeps
// the Dutch reply's spans and points.
func TestAnAnalysisInTheOtherLanguage(t *testing.T) {
	r := Default()
	nl := r.Analyze("Sorry Dorien, je hebt gelijk, ik las het verkeerd. Ik bel je vandaag nog. ^Lotte", Context{Language: "nl", CustomerName: "Dorien"})
	en := r.Analyze("Sorry Dorien, you're right, I misread it. I'll call you today. ^Lotte", Context{Language: "en", CustomerName: "Dorien"})
	english := map[string]string{}
	for _, f := range en.Features {
		english[f.ID] = f.Label
	}
	shown := r.InLanguage(nl, "en", "Dorien")
	same := 0
	for i, f := range shown.Features {
		if f.Start != nl.Features[i].Start || f.Points != nl.Features[i].Points || f.Text != nl.Features[i].Text {
			t.Errorf("feature %s moved or changed its points: %+v, was %+v", f.ID, f, nl.Features[i])
		}
		if want, ok := english[f.ID]; ok {
			same++
			if f.Label != want {
				t.Errorf("%s is explained as %q in English, want %q", f.ID, f.Label, want)
			}
			if f.Label == nl.Features[i].Label {
				t.Errorf("%s keeps its Dutch label %q", f.ID, f.Label)
			}
		}
	}
	if same < 3 {
		t.Fatalf("only %d findings in common between the Dutch and the English reply; pick replies that share more", same)
	}
	for _, m := range shown.Missing {
		if strings.Contains(m.Tip, "{customer}") {
			t.Errorf("the tip %q does not greet Dorien", m.Tip)
		}
	}
	if nl.Features[0].Label == shown.Features[0].Label {
		t.Error("the original analysis was changed, or nothing was translated")
	}
}
