package game

import (
	"testing"
	"time"

	"github.com/webcaresim/webcaresim/game/progress"
	"github.com/webcaresim/webcaresim/game/session"
)

// After a restart the title screen shows the name of the newest round
// played in the game on this computer, so the trainee's next rounds go
// under their name in My progress without retyping it; a replay from the
// command line does not count, and a name given on the command line wins.
func TestTheTitleRemembersTheLastPlayer(t *testing.T) {
	st, err := progress.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	save := func(player, source string, started time.Time) {
		rep := session.Report{Scenario: "dominos-sorry", Language: "nl", Player: player}
		if err := st.Save(progress.New(rep, started, started.Add(time.Minute), true, source)); err != nil {
			t.Fatal(err)
		}
	}
	open := func(player string) *App {
		return New(Options{Lang: "nl", Player: player, Store: st, Input: &ScriptedInput{}, Clock: NewManualClock(), Clipboard: &MemoryClipboard{}})
	}
	if a := open(""); a.player != "" {
		t.Errorf("with no rounds stored the name field holds %q", a.player)
	}
	day := time.Date(2026, 12, 6, 9, 0, 0, 0, time.UTC)
	save("Anouk", "game", day)
	save("Bram", "game", day.Add(time.Hour))
	save("Script", "replay best", day.Add(2*time.Hour))
	a := open("")
	if a.player != "Bram" {
		t.Errorf("after a restart the title holds %q, want the newest game round's player %q", a.player, "Bram")
	}
	if ts, ok := a.scene.(*titleScene); !ok || ts.player.Text() != "Bram" {
		t.Errorf("the name field does not show the remembered name")
	}
	// a newcomer who types their own name at the title replaces it
	ts := a.scene.(*titleScene)
	ts.update(a, Frame{Text: "Ans"})
	if got := ts.player.Text(); got != "Ans" {
		t.Errorf("typing a name over the remembered one gives %q, want %q", got, "Ans")
	}
	if a := open("Chris"); a.player != "Chris" {
		t.Errorf("a name given on the command line reads %q", a.player)
	}
}
