package server

import (
	"context"
	"errors"
	"net/http"

	"github.com/webcaresim/webcaresim/assets/i18n"
	"github.com/webcaresim/webcaresim/game/workshop/store"
)

// One trainer session steers a workshop's control room at a time. A
// trainer who logs in again (another browser, a lost cookie, another
// laptop) sees the room read-only and takes it over by confirming; the old
// session then steers nothing and its page says so. The server decides who
// steers from the session in the store alone: nothing the page sends
// names an owner.

// ctlRefusal is a refused trainer action, said in the language of the page
// that asked (control.err_KEY in the catalogue).
type ctlRefusal struct {
	key  string
	args []any
}

func (e ctlRefusal) Error() string { return i18n.T("en", "control.err_"+e.key, e.args...) }

func refusal(key string, args ...any) error { return ctlRefusal{key, args} }

// ctlError answers a refused trainer action: {"error": the sentence in the
// page's language, "reason": its key}. An error that is not a refusal is
// already said in the page's language.
func ctlError(w http.ResponseWriter, r *http.Request, status int, err error) {
	var ref ctlRefusal
	if !errors.As(err, &ref) {
		writeJSON(w, status, map[string]string{"error": err.Error()})
		return
	}
	writeJSON(w, status, map[string]string{"error": i18n.T(liveLang(w, r), "control.err_"+ref.key, ref.args...), "reason": ref.key})
}

// steering reports whether the trainer session (by its hash) steers the
// workshop. A workshop without an owner, or whose owner's session ended
// (logout, expiry, a new password), becomes this session's, and the
// control log says so. from is the request's address.
func (s *Server) steering(ctx context.Context, code, h, from string) (bool, error) {
	owner, _, err := s.st.Owner(ctx, code)
	if err == nil && owner != h && !s.sessionAlive(ctx, owner) {
		err = s.st.Control(ctx, code, func(tx *store.ControlTx) error {
			var dial int
			var err error
			if owner, dial, err = tx.Owner(); err != nil || owner == h || s.sessionAlive(ctx, owner) {
				return err
			}
			previous := owner
			owner = h
			if err := tx.SetOwner(h, dial); err != nil {
				return err
			}
			kind := store.ControlAfterEnd
			if previous == "" {
				kind = store.ControlFirst // a workshop made by the password as a bearer token
			}
			return s.logControl(tx, kind, h, previous, from)
		})
	}
	return err == nil && owner == h, err
}

// logControl writes a change of the session that steers into the
// workshop's control log, with the logins as the store knows them: what
// the page sent has no part in it.
func (s *Server) logControl(tx *store.ControlTx, kind, h, previous, from string) error {
	e := store.ControlEvent{At: s.now(), Kind: kind, Session: sessionSign(h), From: from, Previous: sessionSign(previous)}
	var err error
	if e.Login, err = tx.Login(h); err != nil && !errors.Is(err, store.ErrNotFound) {
		return err
	}
	if previous != "" {
		if e.PreviousLogin, err = tx.Login(previous); err != nil && !errors.Is(err, store.ErrNotFound) {
			return err
		}
	}
	return tx.LogControl(e)
}

// sessionSign names a trainer session in the control log: the start of
// the SHA-256 of its id, which tells two logins apart and gives nothing
// of the id away.
func sessionSign(h string) string {
	if len(h) > 8 {
		return h[:8]
	}
	return h
}

// workshopKnown answers 404 for a workshop the hub does not hold.
func (s *Server) workshopKnown(w http.ResponseWriter, r *http.Request, code string) bool {
	s.hub.mu.RLock()
	exists := s.hub.ws[code] != nil
	s.hub.mu.RUnlock()
	if !exists {
		ctlError(w, r, http.StatusNotFound, refusal("no_workshop"))
	}
	return exists
}

// owns checks that the request comes from the trainer session that steers
// the workshop; it answers the refusal itself.
func (s *Server) owns(w http.ResponseWriter, r *http.Request) (string, bool) {
	code := r.PathValue("code")
	sid := s.sessionOf(r)
	if sid == "" {
		ctlError(w, r, http.StatusForbidden, refusal("login"))
		return "", false
	}
	if !s.workshopKnown(w, r, code) {
		return "", false
	}
	steers, err := s.steering(r.Context(), code, hashToken(sid), s.clientAddr(r))
	if err != nil {
		s.log.Error("workshop owner", "err", err)
		ctlError(w, r, http.StatusInternalServerError, refusal("owner_unknown"))
		return "", false
	}
	if !steers {
		ctlError(w, r, http.StatusForbidden, refusal("not_owner"))
		return "", false
	}
	return code, true
}

// watches is owns for the control room's page and state, which a trainer
// session that does not steer may see read-only: it reports whether the
// session steers.
func (s *Server) watches(w http.ResponseWriter, r *http.Request) (code string, steers, ok bool) {
	code = r.PathValue("code")
	if !s.workshopKnown(w, r, code) {
		return "", false, false
	}
	sid := s.sessionOf(r)
	if sid == "" {
		return code, false, true // the password as a bearer token: no session to steer with
	}
	steers, err := s.steering(r.Context(), code, hashToken(sid), s.clientAddr(r))
	if err != nil {
		s.log.Error("workshop owner", "err", err)
		ctlError(w, r, http.StatusInternalServerError, refusal("owner_unknown"))
		return "", false, false
	}
	return code, steers, true
}

// claimControl makes the request's trainer session the one that steers
// the workshop, after the trainer confirmed on the control page; the
// session that steered until now watches from then on.
func (s *Server) claimControl(w http.ResponseWriter, r *http.Request) {
	code := r.PathValue("code")
	sid := s.sessionOf(r)
	if sid == "" {
		ctlError(w, r, http.StatusForbidden, refusal("login"))
		return
	}
	if !s.workshopKnown(w, r, code) {
		return
	}
	if r.PostForm.Get("confirm") != "1" {
		ctlError(w, r, http.StatusBadRequest, refusal("confirm"))
		return
	}
	h := hashToken(sid)
	err := s.st.Control(r.Context(), code, func(tx *store.ControlTx) error {
		previous, dial, err := tx.Owner()
		if err != nil || previous == h {
			return err // steering already: nothing changes hands
		}
		if err := tx.SetOwner(h, dial); err != nil {
			return err
		}
		return s.logControl(tx, store.ControlClaimed, h, previous, s.clientAddr(r))
	})
	if err != nil {
		s.storeFailed(w, r, "claim", err)
		return
	}
	s.log.Info("control room taken over", "workshop", code)
	writeJSON(w, http.StatusOK, map[string]bool{"steering": true})
}

// sessionAlive reports whether a trainer session (by its hash) is still
// logged in.
func (s *Server) sessionAlive(ctx context.Context, idHash string) bool {
	if idHash == "" {
		return false
	}
	exp, err := s.st.SessionExpires(ctx, idHash)
	return err == nil && s.now().Before(exp)
}

// ownWorkshop makes the request's trainer session the owner of a new
// workshop.
func (s *Server) ownWorkshop(r *http.Request, code string) {
	if sid := s.sessionOf(r); sid != "" {
		h := hashToken(sid)
		err := s.st.Control(r.Context(), code, func(tx *store.ControlTx) error {
			if err := tx.SetOwner(h, 0); err != nil {
				return err
			}
			return s.logControl(tx, store.ControlMade, h, "", s.clientAddr(r))
		})
		if err != nil {
			s.log.Error("workshop owner", "err", err)
		}
	}
}
