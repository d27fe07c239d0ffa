package game

import (
	"context"
	"fmt"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/server/client"
)

// JoinWorkshop returns an Options.Report hook that reports every round to
// the workshop with code on a server (webcaresim serve). It joins with the
// player's name when the first round starts (and again when the name
// changes), on a goroutine of its own: the game loop never waits for the
// network. A join that fails is told on stderr and the round plays on
// unreported.
func JoinWorkshop(serverURL, code string) func(*session.Session) RoundReporter {
	w := &workshop{server: serverURL, code: code, clients: map[string]*client.Client{}}
	return w.round
}

// PageWorkshop returns an Options.Report hook for the workshop the browser
// page joined (client.FromPage) with the trainee's name and language; ok
// is false outside a workshop page (and always on the desktop).
func PageWorkshop() (report func(*session.Session) RoundReporter, name, lang string, ok bool) {
	c, name, lang, ok := client.FromPage()
	if !ok {
		return nil, "", "", false
	}
	return func(s *session.Session) RoundReporter {
		r := newLazyReporter()
		r.start(func() (*client.Reporter, error) { return c.Round(s), nil })
		return r
	}, name, lang, true
}

type workshop struct {
	server, code string

	mu      sync.Mutex
	clients map[string]*client.Client // by player name
}

func (w *workshop) round(s *session.Session) RoundReporter {
	name := strings.TrimSpace(s.Options().Player)
	lang := s.Scenario().Language
	if name == "" {
		name = tr(lang, "workshop.anonymous")
	}
	r := newLazyReporter()
	r.start(func() (*client.Reporter, error) {
		w.mu.Lock()
		c := w.clients[name]
		w.mu.Unlock()
		if c == nil {
			ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
			defer cancel()
			var err error
			c, _, err = client.Join(ctx, w.server, w.code, name, lang)
			if err != nil {
				return nil, fmt.Errorf("joining workshop %s on %s: %w", w.code, w.server, err)
			}
			w.mu.Lock()
			w.clients[name] = c
			w.mu.Unlock()
		}
		return c.Round(s), nil
	})
	return r
}

// lazyReporter is a round's reporter while the workshop is being joined:
// progress before that is picked up by the first Update after it.
type lazyReporter struct {
	ready chan struct{} // closed once rep or err is set
	rep   atomic.Pointer[client.Reporter]
	err   error
}

func newLazyReporter() *lazyReporter { return &lazyReporter{ready: make(chan struct{})} }

func (l *lazyReporter) start(open func() (*client.Reporter, error)) {
	go func() {
		defer close(l.ready)
		rep, err := open()
		if err != nil {
			l.err = err
			fmt.Fprintln(os.Stderr, "webcaresim:", err)
			return
		}
		l.rep.Store(rep)
	}()
}

// Update implements RoundReporter.
func (l *lazyReporter) Update() {
	if r := l.rep.Load(); r != nil {
		r.Update()
	}
}

// Paused implements RoundReporter: the trainer's pause as the server last
// told it, or as the browser page shows it.
func (l *lazyReporter) Paused() bool {
	if r := l.rep.Load(); r != nil && r.Paused() {
		return true
	}
	return client.PagePaused()
}

// Finish implements RoundReporter.
func (l *lazyReporter) Finish(ctx context.Context, finished bool) (string, error) {
	select {
	case <-l.ready:
	case <-ctx.Done():
		return "", ctx.Err()
	}
	r := l.rep.Load()
	if r == nil {
		return "", l.err
	}
	return r.Finish(ctx, finished)
}
