package game

import (
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/game/session"
)

// A relaxed round's debrief shows no speed per reply: its header says speed
// does not count, and "snelheid 100" under every reply said otherwise. A
// round on the running clock shows it.
func TestRelaxedDebriefShowsNoSpeedPerReply(t *testing.T) {
	for lang, word := range map[string]string{"nl": "snelheid", "en": "speed"} {
		a := New(Options{Lang: lang, Input: &ScriptedInput{}, Clock: NewManualClock(), Clipboard: &MemoryClipboard{}})
		rep := session.Reply{Speed: 100}
		rep.Analysis.Empathy, rep.Analysis.Deescalation = 80, 70
		relaxed := &debriefScene{report: session.Report{Scores: session.Scores{SpeedScored: false}}}
		if got := relaxed.replyScores(a, rep); strings.Contains(got, word) || !strings.Contains(got, "80") {
			t.Errorf("%s relaxed: %q, want empathy and de-escalation without %s", lang, got, word)
		}
		timed := &debriefScene{report: session.Report{Scores: session.Scores{SpeedScored: true}}}
		if got := timed.replyScores(a, rep); !strings.Contains(got, word+" 100") {
			t.Errorf("%s on the clock: %q, want %s 100", lang, got, word)
		}
	}
}
