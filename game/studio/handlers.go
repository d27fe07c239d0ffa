package studio

import (
	"encoding/json"
	"errors"
	"html/template"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/webcaresim/webcaresim/assets/web"
	"github.com/webcaresim/webcaresim/scoring"
)

// Limits on what a page may send.
const (
	maxCaseBytes   = 2 << 20 // a case in both languages as JSON
	maxPasteBytes  = 256 << 10
	maxUploadBytes = 1 << 20
)

// Config sets up the studio's handler.
type Config struct {
	Folder *Folder
	Rubric *scoring.Rubric // nil: the built-in rubric
	// Base is where the studio is mounted: "/studio" or "/trainer/studio".
	Base string
	// Dist is the folder with the browser build of the game (make web),
	// for "try it now"; missing: the page says how to build it.
	Dist string
	// LoopbackOnly refuses requests whose Host is not this computer (the
	// standalone studio: a web page elsewhere cannot reach it through DNS
	// rebinding). In serve, the trainer's login guards it instead.
	LoopbackOnly bool
	Log          *slog.Logger
	// Saved, when set, is told of every case saved to the folder, after its
	// files are written: in serve, the workshop server loads it at once.
	Saved func(id string)
}

// Handler serves the studio's pages and API.
type Handler struct {
	cfg  Config
	mux  *http.ServeMux
	page *template.Template
	tabs *presence
	try  *tryStore
}

// New makes the studio's handler.
func New(cfg Config) *Handler {
	if cfg.Rubric == nil {
		cfg.Rubric = scoring.Default()
	}
	if cfg.Log == nil {
		cfg.Log = slog.Default()
	}
	cfg.Base = strings.TrimRight(cfg.Base, "/")
	h := &Handler{cfg: cfg, tabs: newPresence(), try: newTryStore()}
	h.page = template.Must(template.ParseFS(web.Studio, "studio/*.html"))
	b := cfg.Base
	m := http.NewServeMux()
	m.HandleFunc("GET "+b+"/{$}", h.index)
	m.HandleFunc("GET "+b+"/try/{token}", h.tryPage)
	static, _ := fs.Sub(web.Studio, "studio")
	m.Handle("GET "+b+"/static/", http.StripPrefix(b+"/static/", http.FileServerFS(static)))
	m.HandleFunc("GET "+b+"/static/text.js", h.textScript)
	m.HandleFunc("GET "+b+"/dist/{file}", h.dist)
	m.HandleFunc("GET "+b+"/api/features", h.features)
	m.HandleFunc("GET "+b+"/api/cases", h.list)
	m.HandleFunc("GET "+b+"/api/cases/{id}", h.open)
	m.HandleFunc("GET "+b+"/api/cases/{id}/status", h.status)
	m.HandleFunc("POST "+b+"/api/cases/{id}/draft", h.saveDraft)
	m.HandleFunc("POST "+b+"/api/cases/{id}/save", h.save)
	m.HandleFunc("GET "+b+"/api/cases/{id}/export", h.export)
	m.HandleFunc("POST "+b+"/api/check", h.check)
	m.HandleFunc("POST "+b+"/api/paths", h.paths)
	m.HandleFunc("POST "+b+"/api/worlds", h.worlds)
	m.HandleFunc("POST "+b+"/api/thread", h.importThread)
	m.HandleFunc("POST "+b+"/api/upload", h.upload)
	m.HandleFunc("POST "+b+"/api/pseudonymise", h.pseudonymise)
	m.HandleFunc("GET "+b+"/api/blank", h.blank)
	m.HandleFunc("POST "+b+"/api/try", h.tryStart)
	m.HandleFunc("GET "+b+"/api/try/{token}", h.tryCase)
	h.mux = m
	return h
}

// csp is the studio's Content-Security-Policy: as the workshop's pages, no
// inline script and nothing from elsewhere.
const csp = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"

// ServeHTTP guards and serves a request.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	hd := w.Header()
	hd.Set("Content-Security-Policy", csp)
	hd.Set("X-Content-Type-Options", "nosniff")
	hd.Set("Referrer-Policy", "no-referrer")
	hd.Set("Cache-Control", "no-store")
	if h.cfg.LoopbackOnly && !loopbackHost(r.Host) {
		http.Error(w, errorf("loopback_only").(pageError).in(pageLang(r)), http.StatusForbidden)
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead && !sameOrigin(r) {
		http.Error(w, errorf("cross_site").(pageError).in(pageLang(r)), http.StatusForbidden)
		return
	}
	h.mux.ServeHTTP(w, r)
}

func loopbackHost(host string) bool {
	if hst, _, err := net.SplitHostPort(host); err == nil {
		host = hst
	}
	host = strings.Trim(host, "[]")
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// sameOrigin refuses a state-changing request from another site.
func sameOrigin(r *http.Request) bool {
	o := r.Header.Get("Origin")
	if o == "" || o == "null" {
		return r.Header.Get("Sec-Fetch-Site") != "cross-site"
	}
	u, err := url.Parse(o)
	return err == nil && u.Host == r.Host
}

func (h *Handler) index(w http.ResponseWriter, r *http.Request) {
	lang := r.URL.Query().Get("lang")
	if lang != "en" {
		lang = "nl"
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	h.page.ExecuteTemplate(w, "index.html", map[string]any{"Base": h.cfg.Base, "Lang": lang})
}

// dist serves the browser build for "try it now": only its two files.
func (h *Handler) dist(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("file")
	if name != "webcaresim.wasm" && name != "wasm_exec.js" {
		http.NotFound(w, r)
		return
	}
	path := filepath.Join(h.cfg.Dist, name)
	if name == "webcaresim.wasm" && strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
		if _, err := os.Stat(path + ".gz"); err == nil {
			w.Header().Set("Content-Encoding", "gzip")
			w.Header().Set("Content-Type", "application/wasm")
			w.Header().Set("Vary", "Accept-Encoding")
			http.ServeFile(w, r, path+".gz")
			return
		}
	}
	if name == "webcaresim.wasm" {
		w.Header().Set("Content-Type", "application/wasm")
	}
	http.ServeFile(w, r, path)
}

func (h *Handler) hasGame() bool {
	_, err := os.Stat(filepath.Join(h.cfg.Dist, "webcaresim.wasm"))
	return err == nil
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

func fail(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, map[string]string{"error": msg})
}

// readJSON decodes a request body of at most limit bytes.
func readJSON(w http.ResponseWriter, r *http.Request, limit int64, v any) bool {
	r.Body = http.MaxBytesReader(w, r.Body, limit)
	if err := json.NewDecoder(r.Body).Decode(v); err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			failErr(w, r, http.StatusRequestEntityTooLarge, errorf("too_large", sizeText(limit)))
		} else {
			failErr(w, r, http.StatusBadRequest, errorf("unreadable", err.Error()))
		}
		return false
	}
	return true
}

func sizeText(n int64) string {
	if n >= 1<<20 {
		return strings.TrimSuffix(strings.TrimSuffix(jsonNum(float64(n)/(1<<20)), ".0"), ".00") + " MB"
	}
	return jsonNum(float64(n)/(1<<10)) + " kB"
}

func jsonNum(x float64) string { b, _ := json.Marshal(x); return string(b) }

// FeatureChoice is a rubric feature as the route editor offers it.
type FeatureChoice struct {
	ID        string            `json:"id"`
	Dimension string            `json:"dimension"`
	Good      bool              `json:"good"`
	Label     map[string]string `json:"label"`
}

// features lists the rubric's features in the words the debrief uses, for
// route conditions ("has an apology", "blames the customer").
func (h *Handler) features(w http.ResponseWriter, r *http.Request) {
	var out []FeatureChoice
	for _, id := range h.cfg.Rubric.FeatureIDs() {
		pts, dim := h.cfg.Rubric.Points(id)
		out = append(out, FeatureChoice{ID: id, Dimension: dim, Good: pts >= 0,
			Label: map[string]string{"nl": h.cfg.Rubric.Label(id, "nl"), "en": h.cfg.Rubric.Label(id, "en")}})
	}
	writeJSON(w, http.StatusOK, map[string]any{"features": out, "game": h.hasGame()})
}

func (h *Handler) list(w http.ResponseWriter, r *http.Request) {
	list, err := h.cfg.Folder.List()
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		fail(w, http.StatusInternalServerError, err.Error())
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"cases": list, "folder": h.cfg.Folder.Dir})
}

func (h *Handler) open(w http.ResponseWriter, r *http.Request) {
	doc, err := h.cfg.Folder.Open(r.PathValue("id"))
	switch {
	case errors.Is(err, os.ErrNotExist):
		failErr(w, r, http.StatusNotFound, errorf("no_case", r.PathValue("id"), h.cfg.Folder.Dir))
	case err != nil:
		failErr(w, r, http.StatusBadRequest, err)
	default:
		writeJSON(w, http.StatusOK, doc)
	}
}

// status is each open tab's poll: the files' version now (a change by
// hand shows) and how many other tabs have the case open.
func (h *Handler) status(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if !ValidID(id) {
		failErr(w, r, http.StatusBadRequest, errorf("not_an_id"))
		return
	}
	others := h.tabs.seen(id, r.URL.Query().Get("tab"))
	writeJSON(w, http.StatusOK, map[string]any{"version": h.cfg.Folder.Version(id), "others": others})
}

type draftRequest struct {
	Base    string            `json:"base"`
	Tab     string            `json:"tab"`
	Cases   map[string]*Case  `json:"cases"`
	Invalid map[string]string `json:"invalid,omitempty"`
}

func (h *Handler) saveDraft(w http.ResponseWriter, r *http.Request) {
	var req draftRequest
	if !readJSON(w, r, maxCaseBytes, &req) {
		return
	}
	id := r.PathValue("id")
	if err := h.cfg.Folder.SaveDraft(id, Draft{Base: req.Base, Saved: time.Now().UTC(), Cases: req.Cases, Invalid: req.Invalid}); err != nil {
		failErr(w, r, http.StatusBadRequest, err)
		return
	}
	others := h.tabs.seen(id, req.Tab)
	writeJSON(w, http.StatusOK, map[string]any{"version": h.cfg.Folder.Version(id), "others": others})
}

func (h *Handler) save(w http.ResponseWriter, r *http.Request) {
	var req draftRequest
	if !readJSON(w, r, maxCaseBytes, &req) {
		return
	}
	v, err := h.cfg.Folder.Save(r.PathValue("id"), req.Base, req.Cases)
	switch {
	case errors.Is(err, ErrConflict):
		writeJSON(w, http.StatusConflict, map[string]any{"error": errorf("conflict").(pageError).in(pageLang(r)), "version": h.cfg.Folder.Version(r.PathValue("id"))})
	case err != nil:
		failErr(w, r, http.StatusBadRequest, err)
	default:
		if h.cfg.Saved != nil {
			h.cfg.Saved(r.PathValue("id"))
		}
		writeJSON(w, http.StatusOK, map[string]any{"version": v})
	}
}

func (h *Handler) check(w http.ResponseWriter, r *http.Request) {
	var p Pair
	if !readJSON(w, r, maxCaseBytes, &p) {
		return
	}
	writeJSON(w, http.StatusOK, CheckIn(r.URL.Query().Get("lang"), p, h.cfg.Rubric))
}

// presence remembers which tabs have which case open, from their polls.
type presence struct {
	mu   sync.Mutex
	tabs map[string]map[string]time.Time
}

func newPresence() *presence { return &presence{tabs: map[string]map[string]time.Time{}} }

// tabGone is how long after its last poll a tab counts as closed.
const tabGone = 12 * time.Second

// seen records tab's poll on case id and returns how many other tabs have
// polled it lately.
func (p *presence) seen(id, tab string) int {
	p.mu.Lock()
	defer p.mu.Unlock()
	now := time.Now()
	m := p.tabs[id]
	if m == nil {
		m = map[string]time.Time{}
		p.tabs[id] = m
	}
	if tab != "" && len(tab) <= 64 {
		m[tab] = now
	}
	others := 0
	for t, at := range m {
		if now.Sub(at) > tabGone {
			delete(m, t)
		} else if t != tab {
			others++
		}
	}
	return others
}
