package game

import (
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/assets/i18n"
)

// A reply's heading in the debrief is drawn whole: when, how long after
// the trainee could answer, and that it was the real reply. Cut to one
// line it read "1. om za 11:10 (scenarioklok) · 0 min nadat je kon
// reageren · h…".
func TestWindowDebriefReplyHeadingIsWhole(t *testing.T) {
	d := window(t)
	readText(t)
	p := fromTitleToRound(t, d, "Kop Karin")
	finishAndDebrief(t, d, p)
	db, ok := d.App.scene.(*debriefScene)
	if !ok {
		t.Fatalf("screen %q, want the debrief", d.App.Screen())
	}
	if len(db.report.Replies) == 0 || !db.report.Replies[0].Historical {
		t.Fatalf("the first reply is not the real one: the test no longer shows its heading")
	}
	read := readDebrief(t, d, db)
	var head string
	d.Do(func(a *App) { head = db.replyHead(a, 0, db.report.Replies[0]) })
	if !strings.Contains(read, flat(head)) {
		t.Errorf("the first reply's heading is not drawn whole: want %q", head)
	}
	if !strings.HasSuffix(head, i18n.T("nl", "debrief.historical")) {
		t.Fatalf("heading %q does not end with that it was the real reply", head)
	}
	d.Do(func(a *App) { db.scroll = 0 })
	shotTo(t, d.Step(Frame{}, 0), "debrief-reply-head")
}
