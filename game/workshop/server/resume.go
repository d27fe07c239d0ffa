package server

import (
	"net/http"
	"slices"

	"github.com/webcaresim/webcaresim/game/workshop/api"
	"github.com/webcaresim/webcaresim/game/workshop/store"
)

// A trainee who closes the tab or reloads it in the middle of a round has
// not lost it: the server holds every step it acknowledged. The join and
// play pages keep the trainee's token in the browser (localStorage), and a
// game that starts asks for the trainee's open round (GET /api/v1/round):
// its seed, mode and acknowledged steps, which the game plays again with
// session.Resume, as the desktop game resumes from its checkpoint. The
// game then reports on under the same round id, so the server's own play
// of the round goes on where it was, and the round is counted once.

// apiRound answers the trainee's open round, or 204 when there is none: no
// round yet, or the last one has a result (finished or left). A round the
// server kept as interrupted (deadrounds.go) is still open: the result of
// the round played on names the interrupted one.
func (s *Server) apiRound(w http.ResponseWriter, r *http.Request) {
	s.learnToken(r)
	s.hub.mu.RLock()
	tl, _ := s.authTrainee(r)
	var t store.Trainee
	if tl != nil {
		t = tl.t
	}
	s.hub.mu.RUnlock()
	if tl == nil {
		jsonError(w, http.StatusUnauthorized, apiText(requestLang(r), "api_unknown_token"))
		return
	}
	// The trainee's rounds are read from the store when first needed
	// (lazy.go), and another instance may have taken the round's events.
	if err := s.ensureLoaded(r.Context(), t.Workshop); err != nil {
		w.Header().Set("Retry-After", "5")
		jsonError(w, http.StatusServiceUnavailable, apiText(t.Lang, "api_busy"))
		return
	}
	s.hub.mu.RLock()
	round, open := tl.round, tl.round != "" && (!tl.finished || tl.interrupted)
	s.hub.mu.RUnlock()
	if !open {
		w.WriteHeader(http.StatusNoContent)
		return
	}
	lr, err := s.liveRound(r.Context(), t, round)
	if err != nil {
		if ee, ok := err.(*eventError); ok && ee.code == http.StatusServiceUnavailable {
			w.Header().Set("Retry-After", "5")
			jsonError(w, ee.code, apiText(t.Lang, "api_busy"))
			return
		}
		// The round cannot be played again (its start is gone, or its
		// case changed so that its steps no longer play): nothing to go
		// on with, and the game starts afresh.
		w.WriteHeader(http.StatusNoContent)
		return
	}
	fetched, err := s.st.FetchedCommands(r.Context(), t.ID, round)
	if err != nil {
		s.log.Error("open round: the trainer's commands", "err", err)
		w.Header().Set("Retry-After", "5")
		jsonError(w, http.StatusServiceUnavailable, apiText(t.Lang, "api_busy"))
		return
	}
	lr.mu.Lock()
	sc := lr.sess.Scenario()
	out := api.OpenRound{Round: lr.round, Scenario: sc.ID, Language: sc.Language, Title: sc.Title, Seed: lr.opts.Seed, Mode: lr.opts.Mode,
		Started: lr.started, Steps: slices.Clone(lr.steps)}
	lr.mu.Unlock()
	for _, c := range fetched {
		out.TrainerAfter = max(out.TrainerAfter, c.Seq)
	}
	s.heard(t.ID, round) // the trainee is back: the round is not dead
	writeJSON(w, http.StatusOK, out)
}
