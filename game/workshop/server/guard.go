package server

import (
	"fmt"
	"net"
	"net/http"
	"sync"
	"time"
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
type guard struct {
	mu     sync.Mutex
	now    func() time.Time
	addrs  map[string]*guessWindow
	global guessWindow
	// lockouts is what the trainer is told on the dashboard.
	lockouts []lockout
}

type guessWindow struct {
	start   time.Time // of the current minute
	used    int
	until   time.Time // locked out until
	strikes int       // lockouts so far: the backoff doubles with each
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
	maxAddrsKept    = 100000
)

func newGuard(now func() time.Time) *guard {
	return &guard{now: now, addrs: map[string]*guessWindow{}}
}

// clientAddr is the address a guess is counted against: the IP, and for
// IPv6 its /64 (one machine usually has a whole /64).
func clientAddr(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	ip := net.ParseIP(host)
	if ip == nil {
		return host
	}
	if ip.To4() == nil {
		return ip.Mask(net.CIDRMask(64, 128)).String() + "/64"
	}
	return ip.String()
}

// take reserves a guess for addr. It returns ok false and when to come back
// when the address or the server is locked out.
func (g *guard) take(addr string) (ok bool, retry time.Time) {
	g.mu.Lock()
	defer g.mu.Unlock()
	now := g.now()
	w := g.addrs[addr]
	if w == nil {
		if len(g.addrs) >= maxAddrsKept {
			g.sweep(now)
		}
		w = &guessWindow{}
		g.addrs[addr] = w
	}
	for _, x := range []*guessWindow{w, &g.global} {
		if now.Before(x.until) {
			return false, x.until
		}
	}
	for _, x := range []*guessWindow{w, &g.global} {
		if x.strikes > 0 && now.Sub(x.until) > maxBackoff {
			x.strikes = 0 // a day without a lockout forgives
		}
		if now.Sub(x.start) >= guessWindowLen {
			x.start, x.used = now, 0
		}
	}
	w.used++
	g.global.used++
	if w.used >= guessPerAddress {
		g.lock(w, addr, now)
	}
	if g.global.used >= guessGlobal {
		g.lock(&g.global, "", now)
	}
	return true, time.Time{}
}

func (g *guard) lock(w *guessWindow, addr string, now time.Time) {
	d := guessWindowLen << min(w.strikes, 11)
	d = min(d, maxBackoff)
	w.strikes++
	w.until, w.used, w.start = now.Add(d), 0, now.Add(d)
	g.lockouts = append(g.lockouts, lockout{Addr: addr, At: now, Until: w.until})
	if len(g.lockouts) > maxLockoutsKept {
		g.lockouts = g.lockouts[len(g.lockouts)-maxLockoutsKept:]
	}
}

// giveBack returns the slot of a right password: the trainer's own
// logins never lock them out. The backoff of the address is forgiven too.
func (g *guard) giveBack(addr string) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if w := g.addrs[addr]; w != nil && w.used > 0 {
		w.used--
		w.strikes = 0
	}
	if g.global.used > 0 {
		g.global.used--
	}
}

// sweep forgets addresses that are neither locked out nor counting.
func (g *guard) sweep(now time.Time) {
	for a, w := range g.addrs {
		if now.After(w.until) && now.Sub(w.start) >= guessWindowLen && (w.strikes == 0 || now.Sub(w.until) > maxBackoff) {
			delete(g.addrs, a)
		}
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

func init() {
	for lang, m := range map[string]map[string]string{
		"nl": {
			"locked_out":   "Te vaak een verkeerd wachtwoord vanaf dit adres of op deze server. Probeer het over %d minuten opnieuw.",
			"lockout_note": "Te veel verkeerde wachtwoorden: %s is geblokkeerd tot %s.",
			"lockout_all":  "Te veel verkeerde wachtwoorden van verschillende adressen: inloggen was voor iedereen geblokkeerd tot %s.",
		},
		"en": {
			"locked_out":   "Too many wrong passwords from this address or on this server. Try again in %d minutes.",
			"lockout_note": "Too many wrong passwords: %s is locked out until %s.",
			"lockout_all":  "Too many wrong passwords from different addresses: logging in was locked for everyone until %s.",
		},
	} {
		for k, v := range m {
			messages[lang][k] = v
		}
	}
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
