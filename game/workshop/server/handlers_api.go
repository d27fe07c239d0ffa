package server

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/webcaresim/webcaresim/game/progress"
	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/game/workshop/api"
	"github.com/webcaresim/webcaresim/game/workshop/store"
)

// maxTraineesPerWorkshop bounds what one leaked code can do.
const maxTraineesPerWorkshop = 500

// readJSON reads a size-limited, valid UTF-8 JSON body into v, refusing
// unknown fields.
func readJSON(w http.ResponseWriter, r *http.Request, limit int64, v any) error {
	if ct := r.Header.Get("Content-Type"); ct != "" && !strings.HasPrefix(ct, "application/json") {
		return errors.New("send JSON (Content-Type: application/json)")
	}
	data, err := io.ReadAll(http.MaxBytesReader(w, r.Body, limit))
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return fmt.Errorf("the request is over %d bytes", limit)
		}
		return err
	}
	if !utf8.Valid(data) {
		return errors.New("the request is not valid UTF-8")
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("bad JSON: %v", err)
	}
	if dec.More() {
		return errors.New("bad JSON: more than one value")
	}
	return nil
}

// cleanName trims a name and refuses control and format characters.
func cleanName(s string, maxRunes int, lang string) (string, error) {
	s = strings.Join(strings.Fields(s), " ")
	if s == "" {
		return "", errors.New(apiText(lang, "api_name_empty"))
	}
	if utf8.RuneCountInString(s) > maxRunes {
		return "", errors.New(apiText(lang, "api_name_long", maxRunes))
	}
	for _, r := range s {
		if unicode.IsControl(r) || unicode.Is(unicode.Cf, r) {
			return "", errors.New(apiText(lang, "api_name_control"))
		}
	}
	return displayText(s), nil // at most a few combining marks a character
}

// authTrainee finds the trainee of the request's bearer token.
func (s *Server) authTrainee(r *http.Request) (*traineeLive, *wsLive) {
	tok, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	if !ok || tok == "" || len(tok) > 200 {
		return nil, nil
	}
	// The map lookup is by a hash of the token: its timing says nothing
	// about the token itself.
	tl := s.hub.byToken[hashToken(tok)]
	if tl == nil {
		return nil, nil
	}
	return tl, s.hub.ws[tl.t.Workshop]
}

func (s *Server) status(wl *wsLive) api.Status {
	st := api.Status{Workshop: wl.w.Code, Title: wl.w.Title, Paused: wl.w.Paused, Scenarios: []api.Scenario{}}
	c := s.catalog()
	for _, k := range wl.w.Scenarios {
		if sc := c.known[k]; sc != nil {
			st.Scenarios = append(st.Scenarios, api.Scenario{Key: k, ID: sc.ID, Language: sc.Language, Title: sc.Title, Brand: sc.Brand.Name, TOML: c.sources[k]})
		}
	}
	return st
}

func (s *Server) apiJoin(w http.ResponseWriter, r *http.Request) {
	var req api.JoinRequest
	if err := readJSON(w, r, api.MaxJoinBytes, &req); err != nil {
		jsonError(w, http.StatusBadRequest, err.Error())
		return
	}
	if req.Lang != "en" {
		req.Lang = "nl"
	}
	lang := req.Lang // what the trainee reads, in the game's language
	name, err := cleanName(req.Name, api.MaxNameRunes, lang)
	if err != nil {
		jsonError(w, http.StatusBadRequest, err.Error())
		return
	}
	code := strings.ToUpper(strings.Join(strings.FieldsFunc(req.Code, func(r rune) bool { return r == ' ' || r == '-' }), ""))
	if _, multi := s.st.(store.Notifier); multi && s.learnWorkshop(r.Context(), code) {
		if err := s.ensureLoaded(r.Context(), code); err != nil {
			jsonError(w, http.StatusServiceUnavailable, apiText(lang, "api_busy"))
			return
		}
	}
	s.hub.mu.RLock()
	wl := s.hub.ws[code]
	open := wl != nil && s.isOpen(wl.w)
	if wl != nil {
		name = uniqueName(wl, name)
	}
	s.hub.mu.RUnlock()
	if wl == nil || code == "" {
		jsonError(w, http.StatusNotFound, apiText(lang, "api_no_workshop"))
		return
	}
	if !open {
		jsonError(w, http.StatusGone, apiText(lang, "api_ended"))
		return
	}
	tok := randomToken()
	var idb [8]byte
	rand.Read(idb[:])
	t := store.Trainee{ID: fmt.Sprintf("%x", idb), Workshop: code, Name: name, Lang: req.Lang, TokenHash: hashToken(tok), Joined: s.now().UTC()}
	if err := s.st.AddTrainee(r.Context(), t, maxTraineesPerWorkshop); err != nil {
		if errors.Is(err, store.ErrFull) {
			jsonError(w, http.StatusForbidden, apiText(lang, "api_full"))
			return
		}
		s.log.Error("join", "err", err)
		jsonError(w, http.StatusInternalServerError, apiText(lang, "api_not_stored"))
		return
	}
	s.hub.mu.Lock()
	s.hub.addTrainee(t)
	st := s.status(s.hub.ws[code])
	s.hub.mu.Unlock()
	writeJSON(w, http.StatusCreated, api.JoinResponse{Token: tok, Trainee: t.ID, Name: name, Status: st})
}

func (s *Server) apiStatus(w http.ResponseWriter, r *http.Request) {
	s.learnToken(r)
	if _, multi := s.st.(store.Notifier); multi {
		s.hub.mu.RLock()
		tl, _ := s.authTrainee(r)
		s.hub.mu.RUnlock()
		if tl != nil {
			s.ensureLoaded(r.Context(), tl.t.Workshop) // the pause may come from another instance
		}
	}
	s.hub.mu.RLock()
	tl, wl := s.authTrainee(r)
	var st api.Status
	if tl != nil {
		st = s.status(wl)
	}
	s.hub.mu.RUnlock()
	if tl == nil {
		jsonError(w, http.StatusUnauthorized, apiText(requestLang(r), "api_unknown_token"))
		return
	}
	writeJSON(w, http.StatusOK, st)
}

func (s *Server) apiEvents(w http.ResponseWriter, r *http.Request) {
	s.learnToken(r)
	s.hub.mu.RLock()
	tl, wl := s.authTrainee(r)
	var t store.Trainee
	open := false
	if tl != nil {
		t, open = tl.t, s.takesReports(wl.w)
	}
	s.hub.mu.RUnlock()
	if tl == nil {
		jsonError(w, http.StatusUnauthorized, apiText(requestLang(r), "api_unknown_token"))
		return
	}
	if !open {
		jsonError(w, http.StatusGone, apiText(t.Lang, "api_ended"))
		return
	}
	if err := s.ensureLoaded(r.Context(), t.Workshop); err != nil {
		jsonError(w, http.StatusServiceUnavailable, apiText(t.Lang, "api_busy"))
		return
	}
	var req api.EventsRequest
	if err := readJSON(w, r, api.MaxEventsBytes, &req); err != nil {
		jsonError(w, http.StatusBadRequest, err.Error())
		return
	}
	if len(req.Events) == 0 || len(req.Events) > api.MaxEventsPerReq {
		jsonError(w, http.StatusBadRequest, fmt.Sprintf("send 1 to %d events", api.MaxEventsPerReq))
		return
	}
	now := s.now().UTC()
	// The quota counts what the game sent, before the server plays any of
	// it; the store keeps the server's own play of it.
	add := usage{events: len(req.Events)}
	for _, e := range req.Events {
		sent, _ := json.Marshal(e)
		add.bytes += int64(len(sent))
	}
	s.hub.mu.Lock()
	qerr := reserve(tl, wl, add)
	s.hub.mu.Unlock()
	if qerr != nil {
		jsonError(w, qerr.code, qerr.msg)
		return
	}
	evs, code, err := s.playEvents(r.Context(), t, req.Events, now)
	if err != nil {
		s.hub.mu.Lock()
		release(tl, wl, add)
		s.hub.mu.Unlock()
		jsonError(w, code, err.Error())
		return
	}
	if err := s.st.AddEvents(r.Context(), evs); err != nil {
		for _, e := range evs {
			s.live.drop(t.ID, e.Round)
		}
		s.hub.mu.Lock()
		release(tl, wl, add)
		s.hub.mu.Unlock()
		s.log.Error("events", "err", err)
		jsonError(w, http.StatusInternalServerError, "could not store the events")
		return
	}
	s.hub.mu.Lock()
	for _, e := range evs {
		s.hub.applyEvent(e)
	}
	paused := wl.w.Paused
	s.hub.mu.Unlock()
	writeJSON(w, http.StatusOK, api.EventsResponse{Accepted: len(evs), Paused: paused})
}

// playEvents checks a game's events and plays them on the server's rounds:
// the events to store, or the status and error of the first it refuses.
func (s *Server) playEvents(ctx context.Context, t store.Trainee, in []api.Event, now time.Time) ([]store.Event, int, error) {
	evs := make([]store.Event, 0, len(in))
	for i, e := range in {
		err := s.checkEvent(&e)
		code := http.StatusBadRequest
		var played []api.Event
		if err == nil {
			played, err = s.scoreEvent(ctx, t, e, now)
			var ee *eventError
			if errors.As(err, &ee) {
				code = ee.code
			}
		}
		if err != nil {
			s.live.drop(t.ID, e.Round) // the events of the batch it played are not stored
			return nil, code, fmt.Errorf("event %d: %v", i+1, err)
		}
		for _, p := range played {
			data, _ := json.Marshal(p)
			evs = append(evs, store.Event{Workshop: t.Workshop, Trainee: t.ID, Round: p.Round, Kind: p.Kind,
				Scenario: p.Scenario + "/" + p.Language, At: now, Data: data})
		}
	}
	return evs, 0, nil
}

// apiResult takes a finished round's result from a trainee: it is stored
// only as the server itself scores the round the transcript describes.
func (s *Server) apiResult(w http.ResponseWriter, r *http.Request) {
	s.learnToken(r)
	s.hub.mu.RLock()
	tl, wl := s.authTrainee(r)
	var t store.Trainee
	var chosen []string
	open := false
	if tl != nil {
		t, chosen, open = tl.t, wl.w.Scenarios, s.takesReports(wl.w)
	}
	s.hub.mu.RUnlock()
	if tl == nil {
		jsonError(w, http.StatusUnauthorized, apiText(requestLang(r), "api_unknown_token"))
		return
	}
	if !open {
		jsonError(w, http.StatusGone, apiText(t.Lang, "api_ended_kept"))
		return
	}
	if err := s.ensureLoaded(r.Context(), t.Workshop); err != nil {
		w.Header().Set("Retry-After", "5")
		jsonError(w, http.StatusServiceUnavailable, apiText(t.Lang, "api_busy"))
		return
	}
	var req api.ResultRequest
	if err := readJSON(w, r, api.MaxResultBytes, &req); err != nil {
		jsonError(w, http.StatusBadRequest, err.Error())
		return
	}
	rep, code, err := s.acceptResult(r.Context(), &req, t, chosen)
	if err != nil {
		jsonError(w, code, err.Error())
		return
	}
	s.storeResult(w, r, tl, wl, t, &req, rep)
}

// acceptResult checks a result the client sent and scores its round again
// on the server; a refused one comes with its HTTP status.
func (s *Server) acceptResult(ctx context.Context, req *api.ResultRequest, t store.Trainee, chosen []string) (session.Report, int, error) {
	if err := s.checkResult(req); err != nil {
		return session.Report{}, http.StatusBadRequest, err
	}
	if key := req.Report.Scenario + "/" + req.Report.Language; !slices.Contains(chosen, key) {
		return session.Report{}, http.StatusForbidden, fmt.Errorf("the trainer did not choose the scenario %s for this workshop: the result is not stored", key)
	}
	rep, err := s.rescore(req, t.Name)
	if err == nil {
		err = s.checkTrainerInputs(ctx, t.ID, req)
	}
	if err != nil {
		code := http.StatusBadRequest
		switch {
		case errors.Is(err, errNotAsPlayed):
			code = http.StatusUnprocessableEntity
		case errors.Is(err, errStoreRead):
			code = http.StatusServiceUnavailable // the game sends it again later
		}
		return session.Report{}, code, errors.New("the result is refused: " + err.Error())
	}
	return rep, 0, nil
}

// storeResult stores an accepted result within the trainee's quota (the
// client's clock is trusted only up to the server's) and answers whether it
// is new or one the server already had.
func (s *Server) storeResult(w http.ResponseWriter, r *http.Request, tl *traineeLive, wl *wsLive, t store.Trainee, req *api.ResultRequest, rep session.Report) {
	now := s.now().UTC()
	if req.Started.IsZero() || req.Started.After(now) {
		req.Started = now
	}
	if req.Ended.IsZero() || req.Ended.After(now) || req.Ended.Before(req.Started) {
		req.Ended = now
	}
	a := progress.New(rep, req.Started, req.Ended, req.Finished, "workshop "+t.Workshop)
	one := usage{results: 1}
	s.hub.mu.Lock()
	for _, old := range wl.results {
		if old.Trainee == t.ID && old.Round == req.Round+interruptedMark {
			a.Resumes = old.Attempt.ID // the server kept it as interrupted: counted once
		}
	}
	qerr := reserve(tl, wl, one)
	s.hub.mu.Unlock()
	if qerr != nil {
		jsonError(w, qerr.code, qerr.msg)
		return
	}
	stored, created, err := s.st.SaveResult(r.Context(), store.Result{Workshop: t.Workshop, Trainee: t.ID, Round: req.Round, Received: now, Attempt: a})
	if err != nil || !created {
		s.hub.mu.Lock()
		release(tl, wl, one)
		s.hub.mu.Unlock()
	}
	if err != nil {
		s.log.Error("result", "err", err)
		jsonError(w, http.StatusInternalServerError, "could not store the result")
		return
	}
	s.live.drop(t.ID, req.Round)
	if created {
		s.hub.mu.Lock()
		s.hub.applyResult(stored)
		s.hub.mu.Unlock()
		writeJSON(w, http.StatusCreated, api.ResultResponse{ID: stored.Attempt.ID})
		return
	}
	writeJSON(w, http.StatusOK, api.ResultResponse{ID: stored.Attempt.ID, Duplicate: true})
}
