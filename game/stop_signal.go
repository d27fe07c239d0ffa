//go:build !js

package game

import (
	"os"
	"os/signal"
	"syscall"
	"time"
)

// A desktop session that ends (logout, shutdown) sends the game SIGTERM,
// and Ctrl+C in the terminal it was started from sends SIGINT; both used
// to end the program at once, and the round being played was lost, where
// Esc and closing the window store it as unfinished. The game now asks
// its loop to store the round and end.

// stopGrace is how long the game loop has to store the round and send it
// to a workshop (Run waits up to 10 s for that) before the program ends
// anyway: a shutdown does not wait long.
const stopGrace = 12 * time.Second

// watchStopSignals handles SIGTERM, SIGINT and SIGHUP for a until done is
// closed. A second signal ends the program at once.
func watchStopSignals(a *App, done <-chan struct{}) {
	sigs := make(chan os.Signal, 2)
	signal.Notify(sigs, syscall.SIGTERM, syscall.SIGINT, syscall.SIGHUP)
	go func() {
		defer signal.Stop(sigs)
		select {
		case <-done:
			return
		case <-sigs:
		}
		a.askStop()
		select {
		case <-done:
		case <-sigs:
			os.Exit(1)
		case <-time.After(stopGrace):
			os.Exit(1)
		}
	}()
}

// askStop asks the game loop to store the round and end, waking it if it
// sleeps until input.
func (a *App) askStop() {
	a.stopAsked.Store(true)
	if a.opts.Driven {
		return // a driver runs every frame itself
	}
	a.kickUntil(func() bool { return false }, time.Second)
}
