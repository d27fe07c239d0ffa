package server

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/webcaresim/webcaresim/game/workshop/api"
	"github.com/webcaresim/webcaresim/game/workshop/store"
)

// A workshop is a room: open for a set time (or until the trainer ends
// it), with the people the trainer lets stay in it.

// openForChoices are the lengths a trainer picks from when making a
// workshop, in hours; the first is the default.
var openForChoices = []int{8, 2, 4, 24, 24 * 7}

// legacyOpenFor closes workshops made before they had a closing time.
const legacyOpenFor = 7 * 24 * time.Hour

// reportGrace is how long after a workshop closes the games of those still
// playing may report: the end of the workshop does not lose a round.
const reportGrace = time.Hour

// closesAt is when a workshop stops taking trainees.
func closesAt(w store.Workshop) time.Time {
	if w.Closes.IsZero() {
		return w.Created.Add(legacyOpenFor)
	}
	return w.Closes
}

func (s *Server) isOpen(w store.Workshop) bool { return s.now().Before(closesAt(w)) }

// takesReports reports whether games may still report to the workshop.
func (s *Server) takesReports(w store.Workshop) bool {
	return s.now().Before(closesAt(w).Add(reportGrace))
}

// openFor reads the create form's "open for" hours.
func openFor(r *http.Request) time.Duration {
	h, err := strconv.Atoi(r.PostForm.Get("hours"))
	for _, c := range openForChoices {
		if err == nil && h == c {
			return time.Duration(h) * time.Hour
		}
	}
	return time.Duration(openForChoices[0]) * time.Hour
}

// endWorkshop closes the workshop now.
func (s *Server) endWorkshop(w http.ResponseWriter, r *http.Request) {
	if r.PostForm.Get("confirm") != "yes" {
		// The first press only asks: the dashboard shows the question
		// with "Yes, end it" and "Cancel".
		http.Redirect(w, r, "/trainer?w="+url.QueryEscape(r.PathValue("code"))+"&end=ask", http.StatusSeeOther)
		return
	}
	now := s.now().UTC()
	s.updateWorkshop(w, r, func(ws *store.Workshop) {
		if s.isOpen(*ws) {
			ws.Closes = now
		}
	})
}

// changeTrainee removes or renames a trainee of the workshop.
func (s *Server) changeTrainee(w http.ResponseWriter, r *http.Request) {
	code, id := r.PathValue("code"), r.PathValue("id")
	var name string
	remove := r.PathValue("what") == "remove"
	if !remove {
		if r.PathValue("what") != "rename" {
			refuse(w, r, http.StatusNotFound, "no_change")
			return
		}
		var err error
		if name, err = cleanName(r.PostForm.Get("name"), api.MaxNameRunes, pageLang(w, r)); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
	}
	s.hub.mu.Lock()
	defer s.hub.mu.Unlock()
	wl := s.hub.ws[code]
	var tl *traineeLive
	if wl != nil {
		tl = wl.byID[id]
	}
	if tl == nil || tl.t.Removed {
		refuse(w, r, http.StatusNotFound, "no_trainee")
		return
	}
	t := tl.t
	if remove {
		t.Removed = true
	} else {
		t.Name = name
	}
	if err := s.st.UpdateTrainee(r.Context(), t); err != nil {
		s.log.Error("change trainee", "err", err)
		refuse(w, r, http.StatusInternalServerError, "store_change")
		return
	}
	s.hub.setTrainee(wl, tl, t)
	http.Redirect(w, r, "/trainer?w="+code, http.StatusSeeOther)
}

// setTrainee puts a changed trainee in the picture; a removed one leaves
// the table and their token stops working at once.
func (h *hub) setTrainee(wl *wsLive, tl *traineeLive, t store.Trainee) {
	tl.t = t
	wl.version++
	wl.fullChanged = wl.version
	if t.Removed {
		delete(h.byToken, t.TokenHash)
		for i, x := range wl.trainees {
			if x == tl {
				wl.trainees = append(wl.trainees[:i:i], wl.trainees[i+1:]...)
				break
			}
		}
	}
}

// uniqueName gives a name already in the workshop a number: the second
// Anna joins as "Anna (2)", so the dashboard tells them apart; the trainer
// can rename either. The hub is locked.
func uniqueName(wl *wsLive, name string) string {
	taken := map[string]bool{}
	for _, tl := range wl.trainees {
		taken[strings.ToLower(tl.t.Name)] = true
	}
	if !taken[strings.ToLower(name)] {
		return name
	}
	for n := 2; ; n++ {
		c := name + " (" + strconv.Itoa(n) + ")"
		if !taken[strings.ToLower(c)] {
			return c
		}
	}
}
