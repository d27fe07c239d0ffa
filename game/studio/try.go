package studio

import (
	"crypto/rand"
	"encoding/hex"
	"net/http"
	"strings"
	"sync"
	"time"
)

// tryStore keeps the cases sent to "try it now" in memory for the game's
// page to fetch: nothing is written to disk or to the scenarios folder.
type tryStore struct {
	mu    sync.Mutex
	cases map[string]tryCase
}

type tryCase struct {
	toml  string
	lang  string
	added time.Time
}

// Bounds of the try store: an old or surplus entry is dropped.
const (
	tryKeep  = 2 * time.Hour
	tryCount = 32
)

func newTryStore() *tryStore { return &tryStore{cases: map[string]tryCase{}} }

func (t *tryStore) add(toml, lang string) string {
	var b [12]byte
	rand.Read(b[:])
	token := hex.EncodeToString(b[:])
	t.mu.Lock()
	defer t.mu.Unlock()
	now := time.Now()
	oldest, oldestAt := "", now
	for k, c := range t.cases {
		if now.Sub(c.added) > tryKeep {
			delete(t.cases, k)
		} else if c.added.Before(oldestAt) {
			oldest, oldestAt = k, c.added
		}
	}
	if len(t.cases) >= tryCount {
		delete(t.cases, oldest)
	}
	t.cases[token] = tryCase{toml: toml, lang: lang, added: now}
	return token
}

func (t *tryStore) get(token string) (tryCase, bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	c, ok := t.cases[token]
	return c, ok
}

// tryStart takes the case being edited, checks that it loads, and returns
// the address of a page that plays it in the browser build of the game.
func (h *Handler) tryStart(w http.ResponseWriter, r *http.Request) {
	var req playRequest
	if !readJSON(w, r, maxCaseBytes, &req) {
		return
	}
	sc, err := scenarioOf(req)
	if sc == nil {
		failErr(w, r, http.StatusUnprocessableEntity, err)
		return
	}
	token := h.try.add(string(req.Cases[req.Lang].Encode()), req.Lang)
	writeJSON(w, http.StatusOK, map[string]any{"url": h.cfg.Base + "/try/" + token + "?ui=" + pageLang(r), "game": h.hasGame()})
}

func (h *Handler) tryPage(w http.ResponseWriter, r *http.Request) {
	c, ok := h.try.get(r.PathValue("token"))
	if !ok {
		http.Error(w, errorf("try_expired").(pageError).in(pageLang(r)), http.StatusNotFound)
		return
	}
	// Ebiten's browser build evaluates a little JavaScript from strings
	// (exp/textinput), so this page allows eval, as the workshop's play
	// page does; the case's text reaches it only as the game's data, drawn
	// on the canvas. The studio's own pages keep the strict policy.
	w.Header().Set("Content-Security-Policy", strings.Replace(csp, "'wasm-unsafe-eval'", "'wasm-unsafe-eval' 'unsafe-eval'", 1))
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	h.page.ExecuteTemplate(w, "try.html", map[string]any{"Base": h.cfg.Base, "Lang": c.lang,
		"Token": r.PathValue("token"), "Game": h.hasGame()})
}

// tryCase is the case file the game's page loads.
func (h *Handler) tryCase(w http.ResponseWriter, r *http.Request) {
	c, ok := h.try.get(r.PathValue("token"))
	if !ok {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Write([]byte(c.toml))
}
