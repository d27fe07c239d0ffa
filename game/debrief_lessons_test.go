package game

import (
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/game/session"
)

// Every decision's lesson in the window's debrief says what the real brand
// did there, as the browser player's does: its reply, its silence, or that
// it never came there. A round down the good path of Sanoma's case meets
// decisions the real Sanoma never reached (it took the bad path); their
// lessons showed the trainee's reply and a model with nothing of the real
// case beside them.
func TestEveryLessonSaysWhatTheRealBrandDid(t *testing.T) {
	for _, lang := range []string{"nl", "en"} {
		a := New(Options{Lang: lang, Input: &ScriptedInput{}, Clock: NewManualClock(), Clipboard: &MemoryClipboard{}})
		sc, ok := a.set.Find("sanoma-juf", lang)
		if !ok {
			t.Fatal("sanoma-juf missing")
		}
		s, err := session.Run(sc, session.Options{Seed: 1}, session.Best{})
		if err != nil {
			t.Fatal(err)
		}
		elsewhere := 0
		for _, l := range s.Report().Lessons {
			line := historicalLine(a, l)
			if strings.TrimSpace(line) == "" {
				t.Errorf("%s %s: no line about the real brand", lang, l.Decision)
			}
			if l.Historical == "" && !l.HistoricalSilent {
				elsewhere++
				if line != a.t("debrief.lesson.historical_elsewhere") {
					t.Errorf("%s %s: %q, want that the real brand never came here", lang, l.Decision, line)
				}
			}
		}
		if elsewhere == 0 {
			t.Errorf("%s: the good path met no decision the real brand missed; the test reads nothing", lang)
		}
	}
}
