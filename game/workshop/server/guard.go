package server

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/webcaresim/webcaresim/game/workshop/store"
)

// guard limits guesses of the trainer's password. Every attempt that
// compares a password (the login form, a Bearer header on any trainer
// route) first takes a slot from its client address and from the whole
// server; a right password gives the slot back. So parallel requests
// cannot get past the limit: the slot is taken before the comparison, not
// after a failure.
//
// An address gets guessPerAddress slots a minute. When they are used up it
// is locked out, for a minute the first time and twice as long each time
// after (up to a day): at most 10 guesses a minute, fewer the longer
// someone keeps trying. The server as a whole gets guessGlobal slots a
// minute, against guessing from many addresses; a trainer who is logged in
// keeps working during a lockout, since a session cookie is no guess.
//
// The counts live in the store, taken in one transaction per guess, so
// that several instances on one database share them: guesses spread over
// N instances meet the same limits as guesses on one.
type guard struct {
	st  store.Store
	now func() time.Time
	log *slog.Logger
	mu  sync.Mutex
	// lockouts is what the trainer is told on the dashboard: the lockouts
	// this instance saw begin.
	lockouts []lockout
}

type lockout struct {
	Addr  string
	At    time.Time
	Until time.Time
}

const (
	guessPerAddress = 10
	guessGlobal     = 100
	guessWindowLen  = time.Minute
	maxBackoff      = 24 * time.Hour
	maxLockoutsKept = 20
	// globalKey names the server-wide window; addresses are prefixed so
	// that no address can be it.
	globalKey = ""
)

func newGuard(st store.Store, now func() time.Time, log *slog.Logger) *guard {
	return &guard{st: st, now: now, log: log}
}

// windows runs fn on the address's window and the server's, in the store.
func (g *guard) windows(ctx context.Context, addr string, fn func(addr, global *store.GuessWindow, now time.Time)) error {
	now := g.now()
	return g.st.UpdateGuessWindows(ctx, []string{globalKey, "a:" + addr}, now.Add(-maxBackoff), func(ws []store.GuessWindow) {
		// Keys come sorted: "" before "a:...".
		fn(&ws[1], &ws[0], now)
	})
}

// take reserves a guess for addr. It returns ok false and when to come back
// when the address or the server is locked out. When the store cannot
// count the guess, it is refused: an attacker must not win by overloading
// the database.
func (g *guard) take(ctx context.Context, addr string) (ok bool, retry time.Time) {
	var locks []lockout
	err := g.windows(ctx, addr, func(w, global *store.GuessWindow, now time.Time) {
		locks = nil // the store may retry the transaction
		for _, x := range []*store.GuessWindow{w, global} {
			if now.Before(x.Until) {
				retry = x.Until
				return
			}
		}
		for _, x := range []*store.GuessWindow{w, global} {
			if x.Strikes > 0 && now.Sub(x.Until) > maxBackoff {
				x.Strikes = 0 // a day without a lockout forgives
			}
			if now.Sub(x.Start) >= guessWindowLen {
				x.Start, x.Used = now, 0
			}
		}
		ok = true
		w.Used++
		global.Used++
		if w.Used >= guessPerAddress {
			locks = append(locks, lock(w, addr, now))
		}
		if global.Used >= guessGlobal {
			locks = append(locks, lock(global, "", now))
		}
	})
	if err != nil {
		g.log.Error("counting a trainer password guess", "err", err)
		return false, g.now().Add(guessWindowLen)
	}
	if len(locks) > 0 {
		g.mu.Lock()
		g.lockouts = append(g.lockouts, locks...)
		if len(g.lockouts) > maxLockoutsKept {
			g.lockouts = g.lockouts[len(g.lockouts)-maxLockoutsKept:]
		}
		g.mu.Unlock()
	}
	return ok, retry
}

// lock starts a lockout of w, twice as long as its last.
func lock(w *store.GuessWindow, addr string, now time.Time) lockout {
	d := guessWindowLen << min(w.Strikes, 11)
	d = min(d, maxBackoff)
	w.Strikes++
	w.Until, w.Used, w.Start = now.Add(d), 0, now.Add(d)
	return lockout{Addr: addr, At: now, Until: w.Until}
}

// giveBack returns the slot of a right password: the trainer's own
// logins never lock them out. The backoff of the address is forgiven too.
func (g *guard) giveBack(ctx context.Context, addr string) {
	err := g.windows(ctx, addr, func(w, global *store.GuessWindow, _ time.Time) {
		if w.Used > 0 {
			w.Used--
			w.Strikes = 0
		}
		if global.Used > 0 {
			global.Used--
		}
	})
	if err != nil {
		g.log.Error("giving back a trainer password guess", "err", err)
	}
}

// recent lists the lockouts of the last day, newest first.
func (g *guard) recent() []lockout {
	g.mu.Lock()
	defer g.mu.Unlock()
	now := g.now()
	var out []lockout
	for i := len(g.lockouts) - 1; i >= 0; i-- {
		if now.Sub(g.lockouts[i].At) < 24*time.Hour {
			out = append(out, g.lockouts[i])
		}
	}
	return out
}

// lockoutNotes tells the trainer of the lockouts of the last day.
func (s *Server) lockoutNotes(lang string) []string {
	var out []string
	for _, l := range s.guard.recent() {
		until := l.Until.Local().Format("15:04")
		if l.Addr == "" {
			out = append(out, fmt.Sprintf(messages[lang]["lockout_all"], until))
		} else {
			out = append(out, fmt.Sprintf(messages[lang]["lockout_note"], l.Addr, until))
		}
	}
	return out
}
