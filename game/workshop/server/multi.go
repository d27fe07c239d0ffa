package server

import (
	"context"
	"net/http"
	"strings"

	"github.com/webcaresim/webcaresim/game/workshop/store"
)

// More than one instance on one PostgreSQL database: the database holds
// the truth and each instance's hub is a cache of it. An instance hears of
// the others' writes through LISTEN/NOTIFY (store.Notifier) and marks the
// workshop stale; the next request that needs its picture reads it again
// (ensureLoaded). A token, a code or a workshop another instance made is
// looked up in the database when this one does not know it (store.Finder).
// With SQLite, one instance, none of this runs.

// follow marks workshops stale as other instances write to them, and
// loads the scenarios again when another instance shared a case.
func (s *Server) follow(changes <-chan string) {
	for code := range changes {
		if code == store.ScenariosChanged || code == "" {
			// Another instance shared a case (or what it did meanwhile
			// is unknown): offer what the store has now.
			go s.ReloadScenarios()
		}
		s.hub.mu.Lock()
		for c, wl := range s.hub.ws {
			if code == "" || c == code {
				wl.stale = true
			}
		}
		s.hub.mu.Unlock()
	}
}

// learnWorkshop adds a workshop another instance made; it reports whether
// the hub has the workshop now.
func (s *Server) learnWorkshop(ctx context.Context, code string) bool {
	s.hub.mu.RLock()
	_, ok := s.hub.ws[code]
	s.hub.mu.RUnlock()
	f, finder := s.st.(store.Finder)
	if ok || !finder || code == "" {
		return ok
	}
	w, err := f.Workshop(ctx, code)
	if err != nil {
		return false
	}
	s.hub.mu.Lock()
	if _, ok := s.hub.ws[code]; !ok {
		s.hub.addWorkshop(w)
	}
	s.hub.mu.Unlock()
	return true
}

// learnWorkshops adds the workshops other instances made, for the
// trainer's list.
func (s *Server) learnWorkshops(ctx context.Context) {
	if _, ok := s.st.(store.Notifier); !ok {
		return
	}
	ws, err := s.st.Workshops(ctx)
	if err != nil {
		return
	}
	s.hub.mu.Lock()
	defer s.hub.mu.Unlock()
	for _, w := range ws {
		if _, ok := s.hub.ws[w.Code]; !ok {
			s.hub.addWorkshop(w)
		}
	}
}

// learnToken makes the trainee of the request's token known, when another
// instance let them join.
func (s *Server) learnToken(r *http.Request) {
	f, ok := s.st.(store.Finder)
	tok, bearer := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	if !ok || !bearer || tok == "" || len(tok) > 200 {
		return
	}
	h := hashToken(tok)
	s.hub.mu.RLock()
	_, known := s.hub.byToken[h]
	s.hub.mu.RUnlock()
	if known {
		return
	}
	t, err := f.TraineeByToken(r.Context(), h)
	if err != nil || t.Removed || !s.learnWorkshop(r.Context(), t.Workshop) {
		return
	}
	s.hub.mu.Lock()
	if wl := s.hub.ws[t.Workshop]; wl != nil {
		wl.stale = true
	}
	s.hub.mu.Unlock()
	s.ensureLoaded(r.Context(), t.Workshop)
}

// reset empties a workshop's picture before it is read again.
func (h *hub) reset(wl *wsLive) {
	for _, tl := range wl.byID {
		if h.byToken[tl.t.TokenHash] == tl {
			delete(h.byToken, tl.t.TokenHash)
		}
	}
	wl.trainees, wl.byID, wl.replies, wl.replyAt, wl.results = nil, map[string]*traineeLive{}, nil, nil, nil
	wl.used, wl.haveTrainees = usage{}, false
}
