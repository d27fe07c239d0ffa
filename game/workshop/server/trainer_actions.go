package server

import (
	"errors"
	"fmt"
	"net/http"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/scenarios"
)

// The trainer's actions on the room, from the control page. Each needs the
// trainer's session that owns the workshop (see owns), spends from the
// workshop's budget, and answers JSON: {"sent": N, "skipped": M} or
// {"error": "..."}.

// target is a trainee a command goes to, as the hub sees them now.
type target struct {
	id, name, round, scenario, workshop string
	playing                             bool
}

// targets resolves "all", "scenario:KEY" or "trainee:ID" to the workshop's
// trainees (playing or not; injects go only to those playing).
func (s *Server) targets(code, spec string) ([]target, error) {
	s.hub.mu.RLock()
	defer s.hub.mu.RUnlock()
	wl := s.hub.ws[code]
	if wl == nil {
		return nil, errors.New("no such workshop")
	}
	kind, arg, _ := strings.Cut(spec, ":")
	var out []target
	for _, tl := range wl.trainees {
		t := target{id: tl.t.ID, name: tl.t.Name, round: tl.round, scenario: tl.scenario, workshop: code,
			playing: tl.round != "" && !tl.finished}
		switch {
		case kind == "all", kind == "scenario" && tl.scenario == arg, kind == "trainee" && tl.t.ID == arg:
			out = append(out, t)
		}
	}
	if kind != "all" && kind != "scenario" && kind != "trainee" {
		return nil, fmt.Errorf("unknown target %q: all, scenario:KEY or trainee:ID", spec)
	}
	if kind == "trainee" && len(out) == 0 {
		return nil, errors.New("no such trainee in this workshop")
	}
	return out, nil
}

// owns checks that the request comes from the trainer session that owns
// the workshop; it answers the refusal itself. A workshop made before the
// server started again has no known owner: the first trainer session that
// steers it becomes its owner.
func (s *Server) owns(w http.ResponseWriter, r *http.Request) (string, bool) {
	code := r.PathValue("code")
	sid := s.sessionOf(r)
	if sid == "" {
		ctlError(w, http.StatusForbidden, "log in on the trainer page to steer a workshop")
		return "", false
	}
	s.hub.mu.RLock()
	exists := s.hub.ws[code] != nil
	s.hub.mu.RUnlock()
	if !exists {
		ctlError(w, http.StatusNotFound, "no such workshop")
		return "", false
	}
	h := hashToken(sid)
	s.ctl.mu.Lock()
	owner := s.ctl.owner[code]
	if owner == "" {
		s.ctl.owner[code], owner = h, h
	}
	s.ctl.mu.Unlock()
	if owner != h {
		ctlError(w, http.StatusForbidden, "this workshop is steered by another trainer")
		return "", false
	}
	return code, true
}

// ownWorkshop makes the request's trainer session the owner of a new
// workshop.
func (s *Server) ownWorkshop(r *http.Request, code string) {
	if sid := s.sessionOf(r); sid != "" {
		s.ctl.mu.Lock()
		s.ctl.owner[code] = hashToken(sid)
		s.ctl.mu.Unlock()
	}
}

func ctlError(w http.ResponseWriter, code int, msg string) { jsonError(w, code, msg) }

// steer runs a trainer action: ownership, budget, then act.
func (s *Server) steer(act func(w http.ResponseWriter, r *http.Request, code string)) http.HandlerFunc {
	return s.trainer(func(w http.ResponseWriter, r *http.Request) {
		code, ok := s.owns(w, r)
		if !ok {
			return
		}
		s.ctl.mu.Lock()
		ok = s.ctl.spend(code, s.now())
		s.ctl.mu.Unlock()
		if !ok {
			w.Header().Set("Retry-After", "1")
			ctlError(w, http.StatusTooManyRequests, "too many actions at once: wait a moment")
			return
		}
		act(w, r, code)
	})
}

var handleRE = regexp.MustCompile(`^[A-Za-z0-9_.]{0,30}$`)

// injectInput reads an inject from the form: a ready-made one by id, or
// one typed live.
func injectInput(r *http.Request) (session.TrainerInput, error) {
	f := r.PostForm
	if id := f.Get("inject"); id != "" {
		if len(id) > 60 {
			return session.TrainerInput{}, errors.New("unknown inject")
		}
		return session.TrainerInput{Kind: session.TrainerInject, Inject: id}, nil
	}
	name, err := cleanName(f.Get("name"), session.MaxInjectName)
	if err != nil {
		return session.TrainerInput{}, fmt.Errorf("the author's %v", err)
	}
	handle := strings.TrimPrefix(strings.TrimSpace(f.Get("handle")), "@")
	if !handleRE.MatchString(handle) {
		return session.TrainerInput{}, errors.New("a handle has at most 30 letters, digits, _ or dots")
	}
	followers, _ := strconv.Atoi(f.Get("followers"))
	text := session.CleanText(f.Get("text"))
	if text == "" {
		return session.TrainerInput{}, errors.New("the inject has no text")
	}
	persona := f.Get("persona")
	if !slices.Contains(scenarios.InjectPersonas, persona) {
		return session.TrainerInput{}, fmt.Errorf("persona %q: use %s", persona, strings.Join(scenarios.InjectPersonas, ", "))
	}
	return session.TrainerInput{Kind: session.TrainerInject, Persona: persona, Name: name, Handle: handle,
		Followers: min(max(followers, 0), 100_000_000), Text: text, AsksAnswer: f.Get("asks") == "1"}, nil
}

// fits checks an input against the scenario a trainee plays: a ready-made
// inject it has, a text within its channel's limit.
func (s *Server) fits(in session.TrainerInput, scenario string) error {
	sc := s.scenario(scenario)
	if sc == nil {
		return errors.New("not in a known scenario")
	}
	if in.Inject != "" {
		if _, ok := sc.Inject(in.Inject); !ok {
			return fmt.Errorf("%s has no inject %q", scenario, in.Inject)
		}
	}
	if n, limit := utf8.RuneCountInString(in.Text), scenarios.ChannelLimit(sc.Channel); n > limit {
		return fmt.Errorf("%d characters, over the %s limit of %d", n, sc.Channel, limit)
	}
	return nil
}

func (s *Server) sendInject(w http.ResponseWriter, r *http.Request, code string) {
	in, err := injectInput(r)
	if err != nil {
		ctlError(w, http.StatusBadRequest, err.Error())
		return
	}
	ts, err := s.targets(code, r.PostForm.Get("target"))
	if err != nil {
		ctlError(w, http.StatusBadRequest, err.Error())
		return
	}
	sent, skipped := 0, 0
	var lastErr error
	s.ctl.mu.Lock()
	for _, t := range ts {
		if !t.playing {
			skipped++
			continue
		}
		if err := s.fits(in, t.scenario); err != nil {
			skipped, lastErr = skipped+1, err
			continue
		}
		s.ctl.enqueue(s.ctl.trainee(t.id), t.round, in)
		sent++
	}
	s.ctl.mu.Unlock()
	if sent == 0 && lastErr != nil {
		ctlError(w, http.StatusBadRequest, lastErr.Error())
		return
	}
	writeJSON(w, http.StatusOK, map[string]int{"sent": sent, "skipped": skipped})
}

func (s *Server) setDial(w http.ResponseWriter, r *http.Request, code string) {
	level, err := strconv.Atoi(r.PostForm.Get("dial"))
	if err != nil || level < session.DialCalm || level > session.DialStorm {
		ctlError(w, http.StatusBadRequest, fmt.Sprintf("the dial goes from %d to %d", session.DialCalm, session.DialStorm))
		return
	}
	spec := r.PostForm.Get("target")
	ts, err := s.targets(code, spec)
	if err != nil {
		ctlError(w, http.StatusBadRequest, err.Error())
		return
	}
	sent := 0
	s.ctl.mu.Lock()
	if spec == "all" {
		s.ctl.dial[code] = level
	}
	for _, t := range ts {
		tc := s.ctl.trainee(t.id)
		tc.dial, tc.dialSet = level, spec != "all"
		if t.playing {
			s.ctl.enqueue(tc, t.round, session.TrainerInput{Kind: session.TrainerDial, Dial: level})
			sent++
		}
	}
	s.ctl.mu.Unlock()
	writeJSON(w, http.StatusOK, map[string]int{"sent": sent, "skipped": len(ts) - sent})
}

func (s *Server) setTakeover(w http.ResponseWriter, r *http.Request, code string) {
	on := r.PostForm.Get("on") == "1"
	ids := r.PostForm["trainee"]
	if len(ids) == 0 || len(ids) > maxTakeover {
		ctlError(w, http.StatusBadRequest, fmt.Sprintf("choose 1 to %d trainees", maxTakeover))
		return
	}
	var ts []target
	for _, id := range ids {
		t, err := s.targets(code, "trainee:"+id)
		if err != nil {
			ctlError(w, http.StatusBadRequest, err.Error())
			return
		}
		ts = append(ts, t...)
	}
	all, _ := s.workshopTrainees(code)
	s.ctl.mu.Lock()
	defer s.ctl.mu.Unlock()
	if on {
		taken := 0
		for _, id := range all {
			if tc := s.ctl.byID[id]; tc != nil && tc.takeover && !slices.Contains(ids, id) {
				taken++
			}
		}
		if taken+len(ts) > maxTakeover {
			ctlError(w, http.StatusBadRequest, fmt.Sprintf("you write the customer for at most %d trainees at a time", maxTakeover))
			return
		}
	}
	sent := 0
	for _, t := range ts {
		tc := s.ctl.trainee(t.id)
		tc.takeover = on
		if !on {
			tc.linked = false
			tc.waiting, tc.suggestions = false, nil
		}
		if t.playing {
			s.ctl.enqueue(tc, t.round, session.TrainerInput{Kind: session.TrainerTakeover, On: on})
			sent++
		}
	}
	writeJSON(w, http.StatusOK, map[string]int{"sent": sent, "skipped": len(ts) - sent})
}

// workshopTrainees lists the workshop's trainee ids.
func (s *Server) workshopTrainees(code string) ([]string, error) {
	ts, err := s.targets(code, "all")
	ids := make([]string, 0, len(ts))
	for _, t := range ts {
		ids = append(ids, t.id)
	}
	return ids, err
}

// customerPost sends the trainer's post as a trainee's customer.
func (s *Server) customerPost(w http.ResponseWriter, r *http.Request, code string) {
	ts, err := s.targets(code, "trainee:"+r.PostForm.Get("trainee"))
	if err != nil {
		ctlError(w, http.StatusBadRequest, err.Error())
		return
	}
	t := ts[0]
	in := session.TrainerInput{Kind: session.TrainerCustomer, Text: session.CleanText(r.PostForm.Get("text"))}
	if in.Text == "" {
		ctlError(w, http.StatusBadRequest, "the post is empty")
		return
	}
	if err := s.fits(in, t.scenario); err != nil {
		ctlError(w, http.StatusBadRequest, err.Error())
		return
	}
	s.ctl.mu.Lock()
	defer s.ctl.mu.Unlock()
	tc := s.ctl.trainee(t.id)
	if !tc.takeover || !t.playing {
		ctlError(w, http.StatusConflict, "you do not write this trainee's customer now")
		return
	}
	s.ctl.enqueue(tc, t.round, in)
	tc.waiting, tc.suggestions, tc.typingUntil = false, nil, s.now()
	writeJSON(w, http.StatusOK, map[string]int{"sent": 1, "skipped": 0})
}

// typing notes that the trainer is writing a trainee's customer's post;
// the trainee's game shows "… is aan het typen" for a few seconds.
func (s *Server) typing(w http.ResponseWriter, r *http.Request) {
	code, ok := s.owns(w, r)
	if !ok {
		return
	}
	ts, err := s.targets(code, "trainee:"+r.PostForm.Get("trainee"))
	if err != nil {
		ctlError(w, http.StatusBadRequest, err.Error())
		return
	}
	s.ctl.mu.Lock()
	if tc := s.ctl.trainee(ts[0].id); tc.takeover {
		tc.typingUntil = s.now().Add(typingFor)
	}
	s.ctl.mu.Unlock()
	w.WriteHeader(http.StatusNoContent)
}
