package server

import (
	"crypto/sha256"
	"fmt"
	"net/http"
	"strconv"
)

// The dashboard polls its live part every two seconds with the version it
// has (since=N). The server answers 304 when nothing changed, else only
// what changed since N: the trainees' rows that changed, the leaderboards
// when a result came, the reply cards that came. The page puts each in its
// place (dashboard.js). It sends the whole part when the page has none, or
// when something changed that moves things around (a trainee's new round,
// a renamed or removed trainee, the trainer's changes). Either way the
// answer is bounded by the room, not by the replies sent: one row a
// trainee, and one card a trainee and decision of the scenario shown.

// part lets a template pass one row or card with the view it belongs to.
func part(x any, v liveView) map[string]any { return map[string]any{"R": x, "V": v} }

// liveETag names a version of a live part for a language and a selection;
// the client's since does not count, so an unchanged part answers 304.
func liveETag(version uint64, lang string, r *http.Request) string {
	q := r.URL.Query()
	q.Del("since")
	return fmt.Sprintf(`"%d-%s-%x"`, version, lang, sha256.Sum224([]byte(q.Encode())))
}

// changedSince finds the workshop of the request under the hub's read lock
// and answers 304 when the page already shows its version. ok is false when
// the answer has been sent and the lock released; on ok the caller holds the
// read lock and releases it once it has read the view.
func (s *Server) changedSince(w http.ResponseWriter, r *http.Request) (wl *wsLive, lang, etag string, ok bool) {
	lang = liveLang(w, r)
	wl = s.workshopOf(w, r)
	if wl == nil {
		return nil, "", "", false
	}
	etag = liveETag(wl.version, lang, r)
	if r.Header.Get("If-None-Match") == etag {
		s.hub.mu.RUnlock()
		w.WriteHeader(http.StatusNotModified)
		return nil, "", "", false
	}
	return wl, lang, etag, true
}

// fragment answers a polled live part: 304 when the version is unchanged.
func (s *Server) fragment(w http.ResponseWriter, r *http.Request, tmpl string, view func(*wsLive, string) any) {
	wl, lang, etag, ok := s.changedSince(w, r)
	if !ok {
		return
	}
	v := view(wl, lang)
	s.hub.mu.RUnlock()
	w.Header().Set("ETag", etag)
	s.render(w, tmpl, v)
}

func (s *Server) liveFragment(w http.ResponseWriter, r *http.Request) {
	sel := r.URL.Query().Get("s")
	since, _ := strconv.ParseUint(r.URL.Query().Get("since"), 10, 64)
	wl, lang, etag, ok := s.changedSince(w, r)
	if !ok {
		return
	}
	v := s.liveView(wl, lang, sel)
	tmpl := "live"
	if since > 0 && since >= wl.fullChanged && since <= wl.version {
		if d, ok := deltaSince(v, wl, since); ok {
			v, tmpl = d, "live-delta"
		}
	}
	s.hub.mu.RUnlock()
	w.Header().Set("ETag", etag)
	w.Header().Set("X-Live-Version", strconv.FormatUint(v.Version, 10))
	w.Header().Set("X-Live", tmpl)
	s.render(w, tmpl, v)
}

// deltaSince keeps of a live view what changed after version since; ok is
// false when a reply opens a decision the page does not have yet (the
// whole part keeps the decisions in their order).
func deltaSince(v liveView, wl *wsLive, since uint64) (liveView, bool) {
	d := liveView{Version: v.Version, Code: v.Code, Sel: v.Sel, T: v.T}
	for _, row := range v.Trainees {
		if row.changed > since {
			d.Trainees = append(d.Trainees, row)
		}
	}
	if wl.boardsChanged > since {
		d.Boards = v.Boards
	}
	for _, g := range v.Compare {
		dg := &compareGroup{Key: g.Key, Title: g.Title}
		for _, dec := range g.Decisions {
			dd := &decisionGroup{ID: dec.ID}
			for _, c := range dec.Replies {
				if c.changed > since {
					dd.Replies = append(dd.Replies, c)
				}
			}
			if len(dd.Replies) == len(dec.Replies) && len(dd.Replies) > 0 {
				return v, false // a new decision on the page
			}
			if len(dd.Replies) > 0 {
				dg.Decisions = append(dg.Decisions, dd)
			}
		}
		d.Compare = append(d.Compare, dg)
	}
	return d, true
}
