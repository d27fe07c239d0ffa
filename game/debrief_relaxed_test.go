package game

import (
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/scenarios"
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

// A reply's minutes on the debrief are the whole minutes gone since the
// trainee could answer, as the SLA badge counted them while they typed: a
// reply sent with the badge at "0 / 30 min" is not "1 min" later.
func TestDebriefCountsAReplysMinutesAsTheBadgeDid(t *testing.T) {
	for lang, want := range map[string]string{"nl": "· 0 min nadat", "en": "· 0 min after"} {
		a := New(Options{Lang: lang, Input: &ScriptedInput{}, Clock: NewManualClock(), Clipboard: &MemoryClipboard{}})
		sc, _ := scenarios.BuiltinForPlay().Find("sanoma-juf", lang)
		d := &debriefScene{sc: sc, report: session.Report{Scores: session.Scores{SpeedScored: true}}}
		if got := d.replyHead(a, 0, session.Reply{Opened: 10, Minute: 10.8}); !strings.Contains(got, want) {
			t.Errorf("%s: a reply 0.8 min after the decision opened reads %q, want %q", lang, got, want)
		}
	}
}
