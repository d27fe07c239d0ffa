package game

import (
	"strings"
	"testing"
	"time"

	"github.com/webcaresim/webcaresim/game/progress"
	"github.com/webcaresim/webcaresim/game/session"
)

// A round the trainee left after one reply, reopened from My progress,
// says at the top that it was left and when, draws its grade in grey, and
// says of the decision left unanswered that the round stopped there, not
// "an action, no reply" (playtest 18, P18-7: it showed a green 7.9 and
// nothing else). A finished round says none of it.
func TestALeftRoundReopensAsLeft(t *testing.T) {
	for _, lang := range []string{"nl", "en"} {
		a := New(Options{Lang: lang, Input: &ScriptedInput{}, Clock: NewManualClock(), Clipboard: &MemoryClipboard{}})
		sc, ok := a.set.Find("dominos-sorry", lang)
		if !ok {
			t.Fatal("dominos-sorry is not there")
		}
		s, err := session.Run(sc, session.Options{Seed: 4, Mode: session.Practice}, session.Choices{2, 1, 1})
		if err != nil {
			t.Fatal(err)
		}
		full := s.Report()
		if len(full.Replies) < 2 || len(full.Lessons) < 2 {
			t.Fatalf("%s: the round has %d replies and %d decisions; the test needs two of each", lang, len(full.Replies), len(full.Lessons))
		}
		now := time.Date(2026, 12, 6, 12, 0, 0, 0, time.UTC)
		finished := newStoredDebrief(a, progress.New(full, now, now.Add(10*time.Minute), true, "game"), nil)
		if finished.interrupted != "" || finished.unfinished {
			t.Errorf("%s: a finished round reads %q (unfinished %v)", lang, finished.interrupted, finished.unfinished)
		}

		left := full
		left.Replies = full.Replies[:1]
		left.Ending = ""
		d := newStoredDebrief(a, progress.New(left, now, now.Add(5*time.Minute), false, "game"), nil)
		if want := map[string]string{"nl": "Voortijdig gestopt", "en": "Left early"}[lang]; !strings.Contains(d.interrupted, want) {
			t.Errorf("%s: a left round's debrief reads %q, want it to say %q", lang, d.interrupted, want)
		}
		if !d.unfinished {
			t.Errorf("%s: a left round's grade is drawn as a mark", lang)
		}
		second := d.yoursAt(a, full.Lessons[1].Decision)
		if second != a.t("debrief.lesson.not_played") {
			t.Errorf("%s: the decision left unanswered reads %q, want %q", lang, second, a.t("debrief.lesson.not_played"))
		}
	}
}
