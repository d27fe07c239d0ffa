package server

import (
	"net/http"
	"strings"
)

// StudioPath is where the scenario studio is mounted for the trainer.
const StudioPath = "/trainer/studio"

// mountStudio puts the scenario studio (Config.Studio) under
// /trainer/studio for the logged-in trainer only: a visitor without the
// trainer's cookie is sent to the login (pages) or refused (API), and a
// state-changing request from another site is refused. The studio sets its
// own size limits on what it reads.
func (s *Server) mountStudio(m *http.ServeMux) {
	if s.cfg.Studio == nil {
		return
	}
	m.HandleFunc(StudioPath+"/", func(w http.ResponseWriter, r *http.Request) {
		a, until := s.authTrainer(r)
		if a == lockedOut {
			refuseLockedOut(w, until, s.now())
			return
		}
		if a != isTrainerAuth {
			if r.Method == http.MethodGet && !strings.HasPrefix(r.URL.Path, StudioPath+"/api/") {
				http.Redirect(w, r, "/trainer", http.StatusSeeOther)
				return
			}
			http.Error(w, "trainer login needed", http.StatusUnauthorized)
			return
		}
		if r.Method != http.MethodGet && r.Method != http.MethodHead && !sameOrigin(r) {
			http.Error(w, "cross-site request refused", http.StatusForbidden)
			return
		}
		s.cfg.Studio.ServeHTTP(w, r)
	})
}
