package game

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/game/workshop/api"
	"github.com/webcaresim/webcaresim/game/workshop/client"
	"github.com/webcaresim/webcaresim/scenarios"
)

// Workshop is the desktop game's place in a workshop on a server (play
// --server): it joins with the player's name when the player opens the
// scenario picker (or the first round starts), on a goroutine of its own,
// so the game loop never waits for the network. It keeps what the server
// answered, the workshop's scenarios or why joining failed, for the title
// screen and the picker to show: a trainee must see at a glance whether
// their rounds reach the trainer. A join that fails leaves the rounds
// unreported but still stored on this computer.
type Workshop struct {
	server, code string

	mu      sync.Mutex
	name    string // the name joined (or being joined) with
	joining bool
	done    chan struct{} // closed when the current join has an answer
	client  *client.Client
	keys    map[string]bool // the workshop's scenarios ("sanoma-juf/nl"); nil: all
	// cases are the workshop's scenarios not built into the game (made in
	// the studio), from the files the server sent, read by the same loader
	// as a file on disk; bad says which files did not load and why.
	cases      []*scenarios.Scenario
	bad        []string
	refreshing bool
	// fixed is a workshop the browser's page joined: never joined again.
	fixed bool
	// still is a workshop drawn for the screenshots (webcaresim shots):
	// it never joins nor asks any server.
	still   bool
	keepDir string // the data folder that keeps the join (workshop_rejoin.go)
	err     error
	version atomic.Int64 // moves on every change, for screens to notice
	changed func()       // asks the window for a frame after a change
}

// NewWorkshop returns the workshop with code on the server at serverURL.
func NewWorkshop(serverURL, code string) *Workshop {
	return &Workshop{server: serverURL, code: strings.ToUpper(code)}
}

// NewJoinedWorkshop is the workshop the browser's play page joined
// already (client.FromPage), with the status it answered: the game does
// not join again, and asks the server for the workshop's scenarios each
// time the picker opens, as on the desktop.
func NewJoinedWorkshop(c *client.Client, name string, st api.Status) *Workshop {
	done := make(chan struct{})
	close(done)
	w := &Workshop{server: c.Server, code: st.Workshop, name: name, client: c, done: done, fixed: true}
	w.applyStatus(st)
	return w
}

// join starts joining with name unless that name is joined or being
// joined already; a new name (the player changed it) joins anew.
func (w *Workshop) join(name, lang string) {
	name = strings.TrimSpace(name)
	if name == "" {
		name = tr(lang, "workshop.anonymous")
	}
	w.mu.Lock()
	if w.fixed || w.still || (w.name == name && (w.joining || w.client != nil)) {
		w.mu.Unlock()
		return
	}
	done := make(chan struct{})
	w.name, w.joining, w.done, w.client, w.keys, w.err = name, true, done, nil, nil, nil
	w.cases, w.bad = nil, nil
	w.version.Add(1)
	file := w.joinFile()
	w.mu.Unlock()
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		defer cancel()
		c, resp, err := w.rejoin(ctx, file, name), api.JoinResponse{}, error(nil)
		if c != nil {
			resp.Status, err = c.Status(ctx)
		} else if c, resp, err = client.Join(ctx, w.server, w.code, name, lang); err == nil {
			keepJoin(file, w.server, w.code, name, c.Token)
		}
		w.mu.Lock()
		if w.done != done {
			// The player changed their name meanwhile: that join counts.
			w.mu.Unlock()
			return
		}
		w.joining = false
		if err != nil {
			w.err = err
			fmt.Fprintf(os.Stderr, "webcaresim: joining workshop %s on %s: %v\n", w.code, w.server, err)
		} else {
			w.client = c
			w.applyStatus(resp.Status)
		}
		w.version.Add(1)
		changed := w.changed
		close(done)
		w.mu.Unlock()
		if changed != nil {
			changed()
		}
	}()
}

// applyStatus takes the workshop's scenarios from the server's answer:
// the keys the trainer chose, and the files of the cases this game does
// not have. Call it with w.mu held.
func (w *Workshop) applyStatus(st api.Status) {
	w.keys = nil
	if len(st.Scenarios) > 0 {
		w.keys = map[string]bool{}
		for _, sc := range st.Scenarios {
			w.keys[sc.Key] = true
		}
	}
	w.cases, w.bad = client.CheckScenarios(st)
	for _, b := range w.bad {
		fmt.Fprintf(os.Stderr, "webcaresim: workshop %s sent a case that does not load: %s\n", w.code, b)
	}
}

// refresh asks the server again for the workshop's scenarios, on a
// goroutine of its own, so the picker offers a case the trainer chose (or
// the author saved) after the player joined.
func (w *Workshop) refresh() {
	w.mu.Lock()
	c := w.client
	if c == nil || w.refreshing || w.still {
		w.mu.Unlock()
		return
	}
	w.refreshing = true
	w.mu.Unlock()
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		st, err := c.Status(ctx)
		cancel()
		w.mu.Lock()
		w.refreshing = false
		if err != nil || w.client != c {
			w.mu.Unlock()
			return
		}
		w.applyStatus(st)
		w.version.Add(1)
		changed := w.changed
		w.mu.Unlock()
		if changed != nil {
			changed()
		}
	}()
}

// scenarios are the workshop's cases not built into the game.
func (w *Workshop) scenarios() []*scenarios.Scenario {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.cases
}

// joined waits for the join started for name and returns its client.
func (w *Workshop) joined(ctx context.Context) (*client.Client, error) {
	w.mu.Lock()
	done := w.done
	w.mu.Unlock()
	if done == nil {
		return nil, errors.New("the workshop was not joined")
	}
	select {
	case <-done:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.client == nil {
		return nil, w.err
	}
	return w.client, nil
}

// offers reports whether the trainer chose sc for the workshop (every
// scenario while the workshop's choice is not known).
func (w *Workshop) offers(sc *scenarios.Scenario) bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.keys == nil || w.keys[sc.Key()]
}

// statusLine is what the title screen and the picker say about the
// workshop, and whether it is bad news.
func (w *Workshop) statusLine(lang string) (line string, bad bool) {
	w.mu.Lock()
	defer w.mu.Unlock()
	switch {
	case w.joining:
		return tr(lang, "workshop.joining", w.code), false
	case w.client != nil && len(w.bad) > 0:
		return tr(lang, "workshop.joined", w.code, w.name) + " " + tr(lang, "workshop.badcase", strings.Join(w.bad, "; ")), true
	case w.client != nil:
		return tr(lang, "workshop.joined", w.code, w.name), false
	case w.err != nil:
		return tr(lang, "workshop.failed", w.code, joinProblem(lang, w.err, w.server)), true
	default:
		return tr(lang, "workshop.ready", w.code), false
	}
}

// joinProblem says in the trainee's words why joining failed.
func joinProblem(lang string, err error, server string) string {
	var se *client.StatusError
	switch {
	case errors.As(err, &se) && se.Code == 404:
		return tr(lang, "workshop.err.code")
	case errors.As(err, &se) && se.Code == 403:
		return tr(lang, "workshop.err.full")
	case errors.As(err, &se):
		return tr(lang, "workshop.err.refused", se.Message)
	default:
		return tr(lang, "workshop.err.unreachable", server)
	}
}

func (w *Workshop) round(s *session.Session) RoundReporter {
	w.join(s.Options().Player, s.Scenario().Language)
	r := newLazyReporter()
	r.start(func() (*client.Reporter, error) {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		c, err := w.joined(ctx)
		if err != nil {
			return nil, err
		}
		return c.Round(s), nil
	})
	return r
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

// PageResumed is the round the browser page was opened to go on with (the
// join page's "Ga verder met je ronde"): rebuilt from the seed and the
// steps the server holds, its clock waiting for the trainee, and the Report
// hook that reports it on under its own round id (and any later round as
// report does). ok is false outside such a page, or when the server no
// longer has that round open or the game does not have its case: the game
// then starts as it would have.
func PageResumed(set scenarios.Set, player string, report func(*session.Session) RoundReporter) (s *session.Session, hook func(*session.Session) RoundReporter, ok bool) {
	c, _, _, found := client.FromPage()
	want := client.PageResume()
	if !found || want == "" || report == nil {
		return nil, nil, false
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	open, err := c.OpenRound(ctx)
	if err != nil || open == nil || open.Round != want {
		return nil, nil, false
	}
	s, err = client.ResumeSession(set, *open, player)
	if err != nil {
		return nil, nil, false
	}
	resumed := s
	return s, func(s *session.Session) RoundReporter {
		if s != resumed {
			return report(s)
		}
		r := newLazyReporter()
		r.start(func() (*client.Reporter, error) { return c.ResumeRound(s, *open), nil })
		return r
	}, true
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

// Typing reports whether the trainer is writing the customer's post.
func (l *lazyReporter) Typing() bool {
	r := l.rep.Load()
	return r != nil && r.Typing()
}

// Offline reports whether the round is not reaching the trainer now: the
// join failed, or the server stopped answering.
func (l *lazyReporter) Offline() bool {
	if r := l.rep.Load(); r != nil {
		return r.Offline()
	}
	select {
	case <-l.ready:
		return true // the join failed
	default:
		return false // still joining
	}
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
