package server

import (
	"context"
	"fmt"
	"net/http"

	"github.com/webcaresim/webcaresim/game/workshop/store"
)

// A server starts answering at once, however much its store holds: at
// start it reads the list of workshops and the trainees of the open ones
// (so their tokens work), and each workshop's events and results, the bulk,
// are read when first needed (a dashboard, a trainee's report) or by a
// goroutine that goes through the open workshops, newest first. Closed
// workshops are read only when the trainer opens one.

// loadOpen reads the workshops and the trainees of the open ones.
func (s *Server) loadOpen(ctx context.Context) error {
	ws, err := s.st.Workshops(ctx)
	if err != nil {
		return fmt.Errorf("server: loading workshops: %w", err)
	}
	for _, w := range ws {
		wl := s.hub.addWorkshop(w)
		if !s.takesReports(w) {
			continue
		}
		ts, err := s.st.Trainees(ctx, w.Code)
		if err != nil {
			return fmt.Errorf("server: loading trainees: %w", err)
		}
		for _, t := range ts {
			s.hub.addTrainee(t)
		}
		wl.haveTrainees = true
	}
	return nil
}

// loadInBackground reads the open workshops' pictures, newest first.
func (s *Server) loadInBackground() {
	s.hub.mu.RLock()
	var codes []string
	for i := len(s.hub.order) - 1; i >= 0; i-- {
		if wl := s.hub.ws[s.hub.order[i]]; wl.haveTrainees {
			codes = append(codes, wl.w.Code)
		}
	}
	s.hub.mu.RUnlock()
	for _, code := range codes {
		if err := s.ensureLoaded(context.Background(), code); err != nil {
			s.log.Warn("loading a workshop", "code", code, "err", err)
		}
	}
}

// ensureLoaded reads a workshop's picture from the store unless it was
// read. Requests for the workshop wait here meanwhile, so nothing stored
// in between is counted twice or missed.
func (s *Server) ensureLoaded(ctx context.Context, code string) error {
	s.hub.mu.RLock()
	wl := s.hub.ws[code]
	s.hub.mu.RUnlock()
	if wl == nil {
		return nil
	}
	wl.loadMu.Lock()
	defer wl.loadMu.Unlock()
	s.hub.mu.Lock()
	refresh := wl.loaded && wl.stale
	need := !wl.loaded || refresh
	wl.stale = false
	s.hub.mu.Unlock()
	if !need {
		return nil
	}
	err := s.readWorkshop(ctx, wl, refresh)
	if err != nil {
		s.hub.mu.Lock()
		wl.stale = wl.stale || refresh
		s.hub.mu.Unlock()
	}
	return err
}

// readWorkshop reads a workshop's picture; refresh throws away the one it
// has (another instance changed the workshop).
func (s *Server) readWorkshop(ctx context.Context, wl *wsLive, refresh bool) error {
	code := wl.w.Code
	w := wl.w
	if f, ok := s.st.(store.Finder); ok && refresh {
		var err error
		if w, err = f.Workshop(ctx, code); err != nil {
			return err
		}
	}
	var ts []store.Trainee
	var err error
	if refresh || !wl.haveTrainees {
		if ts, err = s.st.Trainees(ctx, code); err != nil {
			return err
		}
	}
	evs, err := s.st.Events(ctx, code)
	if err != nil {
		return err
	}
	rs, err := s.st.Results(ctx, code)
	if err != nil {
		return err
	}
	s.hub.mu.Lock()
	defer s.hub.mu.Unlock()
	if refresh {
		s.hub.reset(wl)
		wl.w = w
	}
	for _, t := range ts {
		s.hub.addTrainee(t)
	}
	wl.haveTrainees = true
	// Events and results in time order, so a trainee's state is the latest.
	i, j := 0, 0
	for i < len(evs) || j < len(rs) {
		if j >= len(rs) || (i < len(evs) && !evs[i].At.After(rs[j].Received)) {
			s.hub.applyEvent(evs[i])
			s.hub.count(code, evs[i].Trainee, usage{events: 1, bytes: int64(len(evs[i].Data))})
			i++
		} else {
			s.hub.applyResult(rs[j])
			s.hub.count(code, rs[j].Trainee, usage{results: 1})
			j++
		}
	}
	wl.loaded = true
	wl.version++
	wl.fullChanged = wl.version
	return nil
}

// loaded answers 503 when a workshop's picture cannot be read.
func (s *Server) loaded(w http.ResponseWriter, r *http.Request, code string) bool {
	if err := s.ensureLoaded(r.Context(), code); err != nil {
		s.log.Error("loading a workshop", "code", code, "err", err)
		w.Header().Set("Retry-After", "5")
		refuse(w, r, http.StatusServiceUnavailable, "not_loaded")
		return false
	}
	return true
}
