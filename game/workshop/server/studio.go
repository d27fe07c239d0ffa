package server

import (
	"net/http"
	"os"
	"strings"

	"github.com/webcaresim/webcaresim/scenarios"
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
			refuseLockedOut(w, r, until, s.now())
			return
		}
		if a != isTrainerAuth {
			if r.Method == http.MethodGet && !strings.HasPrefix(r.URL.Path, StudioPath+"/api/") {
				http.Redirect(w, r, "/trainer", http.StatusSeeOther)
				return
			}
			refuse(w, r, http.StatusUnauthorized, "login")
			return
		}
		if r.Method != http.MethodGet && r.Method != http.MethodHead && !sameOrigin(r) {
			refuse(w, r, http.StatusForbidden, "cross_site")
			return
		}
		s.cfg.Studio.ServeHTTP(w, r)
	})
}

// scenarioSources reads the files of the scenarios that are not built into
// the game, so a case written in the studio reaches the trainees' browsers
// with the workshop's status. A file that changed since it was loaded is
// left out (the server scores with the version it loaded).
func scenarioSources(set scenarios.Set) map[string]string {
	out := map[string]string{}
	for _, sc := range set.Scenarios {
		if strings.HasPrefix(sc.File, "builtin/") || strings.HasPrefix(sc.File, sharedFilePrefix) || sc.File == "" {
			continue
		}
		data, err := os.ReadFile(sc.File)
		if err != nil {
			continue
		}
		if again, _ := scenarios.Parse(sc.File, data); again == nil || again.ID != sc.ID || again.Language != sc.Language {
			continue
		}
		out[sc.Key()] = string(data)
	}
	return out
}
