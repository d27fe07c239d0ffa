package server

import (
	"net/http"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/game/workshop/store"
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
		return nil, refusal("no_workshop")
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
		return nil, refusal("target", spec)
	}
	if kind == "trainee" && len(out) == 0 {
		return nil, refusal("no_trainee")
	}
	return out, nil
}

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
			ctlError(w, r, http.StatusTooManyRequests, refusal("busy"))
			return
		}
		act(w, r, code)
	})
}

var handleRE = regexp.MustCompile(`^[A-Za-z0-9_.]{0,30}$`)

// injectInput reads an inject from the form: a ready-made one by id, or
// one typed live.
func injectInput(r *http.Request, lang string) (session.TrainerInput, error) {
	f := r.PostForm
	if id := f.Get("inject"); id != "" {
		if len(id) > 60 {
			return session.TrainerInput{}, refusal("unknown_inject")
		}
		return session.TrainerInput{Kind: session.TrainerInject, Inject: id}, nil
	}
	name, err := cleanName(f.Get("name"), session.MaxInjectName, lang)
	if err != nil {
		return session.TrainerInput{}, refusal("author", err.Error())
	}
	handle := strings.TrimPrefix(strings.TrimSpace(f.Get("handle")), "@")
	if !handleRE.MatchString(handle) {
		return session.TrainerInput{}, refusal("handle")
	}
	followers, _ := strconv.Atoi(f.Get("followers"))
	text := session.CleanText(f.Get("text"))
	if text == "" {
		return session.TrainerInput{}, refusal("no_text")
	}
	persona := f.Get("persona")
	if !slices.Contains(scenarios.InjectPersonas, persona) {
		return session.TrainerInput{}, refusal("persona", persona, strings.Join(scenarios.InjectPersonas, ", "))
	}
	return session.TrainerInput{Kind: session.TrainerInject, Persona: persona, Name: name, Handle: handle,
		Followers: min(max(followers, 0), 100_000_000), Text: text, AsksAnswer: f.Get("asks") == "1",
		Crowd: session.PersonaCrowd(persona)}, nil
}

// fits checks an input against the scenario a trainee plays: a ready-made
// inject it has, a text within its channel's limit.
func (s *Server) fits(in session.TrainerInput, scenario string) error {
	sc := s.scenario(scenario)
	if sc == nil {
		return refusal("no_scenario")
	}
	if in.Inject != "" {
		if _, ok := sc.Inject(in.Inject); !ok {
			return refusal("no_inject", scenario, in.Inject)
		}
	}
	if n, limit, over := scenarios.OverLimit(sc.Channel, in.Text); over {
		return refusal("over_limit", n, sc.Channel, limit)
	}
	return nil
}

func (s *Server) sendInject(w http.ResponseWriter, r *http.Request, code string) {
	in, err := injectInput(r, liveLang(w, r))
	if err != nil {
		ctlError(w, r, http.StatusBadRequest, err)
		return
	}
	ts, err := s.targets(code, r.PostForm.Get("target"))
	if err != nil {
		ctlError(w, r, http.StatusBadRequest, err)
		return
	}
	sent, skipped := 0, 0
	var lastErr error
	now := s.now()
	err = s.st.Control(r.Context(), code, func(tx *store.ControlTx) error {
		sent, skipped, lastErr = 0, 0, nil
		for _, t := range ts {
			if !t.playing {
				skipped++
				continue
			}
			if err := s.fits(in, t.scenario); err != nil {
				skipped, lastErr = skipped+1, err
				continue
			}
			if err := enqueue(tx, t.id, t.round, in, now); err != nil {
				return err
			}
			sent++
		}
		return nil
	})
	if err != nil {
		s.storeFailed(w, r, "inject", err)
		return
	}
	if sent == 0 && lastErr != nil {
		ctlError(w, r, http.StatusBadRequest, lastErr)
		return
	}
	writeJSON(w, http.StatusOK, map[string]int{"sent": sent, "skipped": skipped})
}

func (s *Server) setDial(w http.ResponseWriter, r *http.Request, code string) {
	level, err := strconv.Atoi(r.PostForm.Get("dial"))
	if err != nil || level < session.DialCalm || level > session.DialStorm {
		ctlError(w, r, http.StatusBadRequest, refusal("dial", session.DialCalm, session.DialStorm))
		return
	}
	spec := r.PostForm.Get("target")
	ts, err := s.targets(code, spec)
	if err != nil {
		ctlError(w, r, http.StatusBadRequest, err)
		return
	}
	sent := 0
	now := s.now()
	err = s.st.Control(r.Context(), code, func(tx *store.ControlTx) error {
		sent = 0
		if spec == "all" {
			owner, _, err := tx.Owner()
			if err == nil {
				err = tx.SetOwner(owner, level)
			}
			if err != nil {
				return err
			}
		}
		for _, t := range ts {
			tc, err := tx.Trainee(t.id)
			if err != nil {
				return err
			}
			tc.Dial, tc.DialSet = level, spec != "all"
			if t.playing {
				if err := enqueue(tx, t.id, t.round, session.TrainerInput{Kind: session.TrainerDial, Dial: level}, now); err != nil {
					return err
				}
				sent++
			}
			if err := tx.PutTrainee(tc); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		s.storeFailed(w, r, "dial", err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]int{"sent": sent, "skipped": len(ts) - sent})
}

func (s *Server) setTakeover(w http.ResponseWriter, r *http.Request, code string) {
	on := r.PostForm.Get("on") == "1"
	ids := r.PostForm["trainee"]
	if len(ids) == 0 || len(ids) > maxTakeover {
		ctlError(w, r, http.StatusBadRequest, refusal("choose", maxTakeover))
		return
	}
	var ts []target
	for _, id := range ids {
		t, err := s.targets(code, "trainee:"+id)
		if err != nil {
			ctlError(w, r, http.StatusBadRequest, err)
			return
		}
		ts = append(ts, t...)
	}
	var refused error
	sent := 0
	now := s.now()
	err := s.st.Control(r.Context(), code, func(tx *store.ControlTx) error {
		refused, sent = nil, 0
		if on {
			all, err := tx.Trainees()
			if err != nil {
				return err
			}
			taken := 0
			for _, tc := range all {
				if tc.Takeover && !slices.Contains(ids, tc.Trainee) {
					taken++
				}
			}
			if taken+len(ts) > maxTakeover {
				refused = refusal("takeover_max", maxTakeover)
				return nil
			}
		}
		for _, t := range ts {
			tc, err := tx.Trainee(t.id)
			if err != nil {
				return err
			}
			tc.Takeover = on
			if !on {
				tc.Linked, tc.Waiting, tc.Suggestions = false, false, nil
			}
			if t.playing {
				if err := enqueue(tx, t.id, t.round, session.TrainerInput{Kind: session.TrainerTakeover, On: on}, now); err != nil {
					return err
				}
				sent++
			}
			if err := tx.PutTrainee(tc); err != nil {
				return err
			}
		}
		return nil
	})
	switch {
	case err != nil:
		s.storeFailed(w, r, "takeover", err)
	case refused != nil:
		ctlError(w, r, http.StatusBadRequest, refused)
	default:
		writeJSON(w, http.StatusOK, map[string]int{"sent": sent, "skipped": len(ts) - sent})
	}
}

// storeFailed answers an action the store could not keep.
func (s *Server) storeFailed(w http.ResponseWriter, r *http.Request, what string, err error) {
	s.log.Error("trainer action", "action", what, "err", err)
	ctlError(w, r, http.StatusInternalServerError, refusal("store"))
}

// customerPost sends the trainer's post as a trainee's customer.
func (s *Server) customerPost(w http.ResponseWriter, r *http.Request, code string) {
	ts, err := s.targets(code, "trainee:"+r.PostForm.Get("trainee"))
	if err != nil {
		ctlError(w, r, http.StatusBadRequest, err)
		return
	}
	t := ts[0]
	in := session.TrainerInput{Kind: session.TrainerCustomer, Text: session.CleanText(r.PostForm.Get("text"))}
	if in.Text == "" {
		ctlError(w, r, http.StatusBadRequest, refusal("empty_post"))
		return
	}
	if err := s.fits(in, t.scenario); err != nil {
		ctlError(w, r, http.StatusBadRequest, err)
		return
	}
	taken := false
	err = s.st.Control(r.Context(), code, func(tx *store.ControlTx) error {
		tc, err := tx.Trainee(t.id)
		if err != nil {
			return err
		}
		if taken = tc.Takeover && t.playing; !taken {
			return nil
		}
		now := s.now()
		if err := enqueue(tx, t.id, t.round, in, now); err != nil {
			return err
		}
		tc.Waiting, tc.Suggestions, tc.TypingUntil = false, nil, now
		return tx.PutTrainee(tc)
	})
	switch {
	case err != nil:
		s.storeFailed(w, r, "customer post", err)
	case !taken:
		ctlError(w, r, http.StatusConflict, refusal("not_your_customer"))
	default:
		writeJSON(w, http.StatusOK, map[string]int{"sent": 1, "skipped": 0})
	}
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
		ctlError(w, r, http.StatusBadRequest, err)
		return
	}
	err = s.st.Control(r.Context(), code, func(tx *store.ControlTx) error {
		tc, err := tx.Trainee(ts[0].id)
		if err != nil || !tc.Takeover {
			return err
		}
		tc.TypingUntil = s.now().Add(typingFor)
		return tx.PutTrainee(tc)
	})
	if err != nil {
		s.storeFailed(w, r, "typing", err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
