//go:build !js

package game

import (
	"os"
	"syscall"
	"testing"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/webcaresim/webcaresim/game/progress"
)

// TestWindowStoppedBySignalMidRound sends the game SIGTERM during a round,
// as a logout or shutdown does, in a child process (the round's end stops
// the game loop the other tests share), and checks the round is stored as
// unfinished with the reply already published, as Esc stores it.
func TestWindowStoppedBySignalMidRound(t *testing.T) {
	if os.Getenv("WCS_SIGNAL_CHILD") == "1" {
		d := window(t)
		done := make(chan struct{})
		defer close(done)
		watchStopSignals(d.App, done)
		p := fromTitleToRound(t, d, "Afmelder")
		untilDecision(t, d, p)
		d.Tick(Key(ebiten.KeyEnter), 0)
		d.Tick(Key(ebiten.KeyEnter), 0)
		if err := syscall.Kill(os.Getpid(), syscall.SIGTERM); err != nil {
			t.Fatal(err)
		}
		for i := 0; i < 500; i++ {
			if as, _, _ := testStore.List(progress.Filter{Player: "Afmelder"}); len(as) > 0 {
				return
			}
			d.In.Push(Frame{})
			time.Sleep(20 * time.Millisecond)
		}
		t.Fatal("SIGTERM stored nothing")
	}
	window(t)
	as := attemptsOfChild(t, "TestWindowStoppedBySignalMidRound", "WCS_SIGNAL_CHILD", "Afmelder")
	if len(as) != 1 || as[0].Status != progress.Abandoned || len(as[0].Report.Replies) != 1 {
		t.Fatalf("after SIGTERM mid-round: %+v; want one unfinished attempt with its reply", as)
	}
}
