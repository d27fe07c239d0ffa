// Package server is the workshop server (webcaresim serve): trainees join
// with a code and play in the browser (or on the desktop with --server),
// their games report progress and results through a small JSON API
// (package api), and the trainer follows everyone on a dashboard, pauses
// the room, puts replies on the projector and exports the results.
//
// Results are acknowledged only after the store committed them.
package server

import (
	"cmp"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"
	"net/netip"
	"os"
	"path/filepath"
	"time"

	"github.com/webcaresim/webcaresim/assets/web"
	"github.com/webcaresim/webcaresim/game/workshop/api"
	"github.com/webcaresim/webcaresim/game/workshop/store"
	"github.com/webcaresim/webcaresim/scenarios"
	"github.com/webcaresim/webcaresim/scenarios/watch"
)

// Config sets up a server.
type Config struct {
	Store     store.Store
	Secret    string        // the trainer's secret; required
	Scenarios scenarios.Set // the scenarios trainees may play (SetScenarios changes them)
	// Dist is the folder with the browser build (webcaresim.wasm,
	// wasm_exec.js); empty or missing: the play page says the game is not
	// there.
	Dist string
	// JoinURL is the address trainees type, shown on the dashboard; empty:
	// the address the trainer's browser used.
	JoinURL string
	Log     *slog.Logger
	Now     func() time.Time
	// Studio, when set, is the scenario studio, served under
	// /trainer/studio to the logged-in trainer (studio.go).
	Studio http.Handler
	// Reload, when set, loads the scenarios again (the built-ins and the
	// scenario folders); the server offers what it returns whenever a file
	// in Watch changes and when told so (ReloadScenarios, which the
	// studio's save calls). Watch is polled every WatchEvery (default 1 s).
	Reload     func() scenarios.Set
	Watch      []string
	WatchEvery time.Duration
	// DeadAfter is how long a round may send nothing before the server
	// keeps it as interrupted (deadrounds.go); 0: 20 minutes.
	DeadAfter time.Duration
	// TrustedProxies are the reverse proxies in front of the server (serve
	// --trusted-proxy): only for a request from one of them is the
	// client's address read from X-Forwarded-For or Forwarded
	// (clientaddr.go). None, the default: the request's own peer.
	TrustedProxies []netip.Prefix
}

// Server handles the pages and the API.
type Server struct {
	cfg  Config
	st   store.Store
	hub  *hub
	ctl  *control // the trainer steering rounds (trainer_control.go)
	tmpl *template.Template
	// cat is the scenarios offered, replaced whole when the scenario
	// folder changes (catalog.go).
	cat     catalogs
	cookieK []byte
	log     *slog.Logger
	now     func() time.Time
	live    liveRounds // the rounds in progress, as the server plays them (livescore.go)
	mux     *http.ServeMux
	guard   *guard
}

// New makes a server and loads the workshops from the store.
func New(ctx context.Context, cfg Config) (*Server, error) {
	if cfg.Store == nil {
		return nil, errors.New("server: no store")
	}
	if err := CheckSecret(cfg.Secret); err != nil {
		return nil, fmt.Errorf("server: %w", err)
	}
	s := &Server{cfg: cfg, st: cfg.Store, hub: newHub(), log: cfg.Log, now: cfg.Now}
	if s.log == nil {
		s.log = slog.New(slog.NewTextHandler(os.Stderr, nil))
	}
	if s.now == nil {
		s.now = time.Now
	}
	s.guard = newGuard(s.st, s.now, s.log)
	s.ctl = newControl()
	s.SetScenarios(cfg.Scenarios)
	k := sha256.Sum256([]byte("webcaresim trainer cookie\x00" + cfg.Secret))
	s.cookieK = k[:]
	t, err := template.New("").Funcs(template.FuncMap{"part": part}).ParseFS(web.Templates, "templates/*.html")
	if err != nil {
		return nil, fmt.Errorf("server: templates: %w", err)
	}
	s.tmpl = t
	if err := s.loadOpen(ctx); err != nil {
		return nil, err
	}
	s.routes()
	go s.loadInBackground()
	go s.sweepDeadRounds(context.WithoutCancel(ctx))
	if cfg.Reload != nil && len(cfg.Watch) > 0 {
		go watch.Folders(ctx, cfg.Watch, cmp.Or(cfg.WatchEvery, time.Second), s.ReloadScenarios)
	}
	if n, ok := cfg.Store.(store.Notifier); ok {
		go s.follow(n.Listen(context.WithoutCancel(ctx)))
	}
	return s, nil
}

// Handler is the server's HTTP handler.
func (s *Server) Handler() http.Handler { return s }

// httpWriteTimeout bounds the writing of a response; a test shortens it.
var httpWriteTimeout = 30 * time.Second

// HTTPServer wraps a handler in an http.Server with the timeouts a server
// on a shared network needs.
func HTTPServer(addr string, h http.Handler) *http.Server {
	return &http.Server{
		Addr:              addr,
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       20 * time.Second,
		WriteTimeout:      httpWriteTimeout, // exports move their own deadline on

		IdleTimeout:    90 * time.Second,
		MaxHeaderBytes: 16 << 10,
	}
}

// NewSecret makes a trainer's secret: 12 random bytes, URL-safe.
func NewSecret() string {
	var b [12]byte
	rand.Read(b[:])
	return base64.RawURLEncoding.EncodeToString(b[:])
}

func (s *Server) routes() {
	m := http.NewServeMux()
	m.HandleFunc("GET /{$}", s.joinPage)
	m.HandleFunc("GET /play", s.playPage)
	m.HandleFunc("POST "+api.PathJoin, s.apiJoin)
	m.HandleFunc("GET "+api.PathStatus, s.apiStatus)
	m.HandleFunc("POST "+api.PathEvents, s.apiEvents)
	m.HandleFunc("POST "+api.PathResults, s.apiResult)
	m.HandleFunc("GET "+api.PathRound, s.apiRound)

	m.HandleFunc("GET /trainer", s.trainerPage)
	m.HandleFunc("POST /trainer/login", s.trainerLogin)
	m.HandleFunc("POST /trainer/logout", s.trainerLogout)
	m.HandleFunc("POST /trainer/workshops", s.trainer(s.createWorkshop))
	m.HandleFunc("POST /trainer/w/{code}/pause", s.trainer(s.setPause))
	m.HandleFunc("POST /trainer/w/{code}/scenarios", s.trainer(s.setScenarios))
	m.HandleFunc("POST /trainer/w/{code}/focus", s.trainer(s.setFocus))
	m.HandleFunc("POST /trainer/w/{code}/end", s.trainer(s.endWorkshop))
	m.HandleFunc("POST /trainer/w/{code}/trainee/{id}/{what}", s.trainer(s.changeTrainee))
	m.HandleFunc("GET /trainer/w/{code}/live", s.trainer(s.liveFragment))
	m.HandleFunc("GET /trainer/w/{code}/projector", s.trainer(s.projectorPage))
	m.HandleFunc("GET /trainer/w/{code}/projector/live", s.trainer(s.projectorFragment))
	m.HandleFunc("GET /trainer/w/{code}/export.csv", s.trainer(s.exportCSV))
	m.HandleFunc("GET /trainer/w/{code}/export.json", s.trainer(s.exportJSON))

	static, _ := fs.Sub(web.Static, "static")
	m.Handle("GET /static/", http.StripPrefix("/static/", http.FileServerFS(static)))
	m.HandleFunc("GET /dist/{file}", s.dist)
	s.mountStudio(m)
	m.HandleFunc("GET /dist/fonts/{file}", s.dist)
	m.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("ok\n")) })
	s.trainerRoutes(m)
	s.mux = m
}

// csp is the Content-Security-Policy of every page: no inline script, no
// eval, nothing from elsewhere.
const csp = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"

// ServeHTTP adds the security headers every response carries.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", csp)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Frame-Options", "DENY")
	s.mux.ServeHTTP(w, r)
}

func (s *Server) hasWasm() bool {
	if s.cfg.Dist == "" {
		return false
	}
	_, err1 := os.Stat(filepath.Join(s.cfg.Dist, "webcaresim.wasm"))
	_, err2 := os.Stat(filepath.Join(s.cfg.Dist, "wasm_exec.js"))
	return err1 == nil && err2 == nil
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	enc := json.NewEncoder(w)
	enc.Encode(v)
}

func jsonError(w http.ResponseWriter, code int, msg string) {
	writeJSON(w, code, api.Error{Error: msg})
}

func hashToken(tok string) string {
	h := sha256.Sum256([]byte(tok))
	return hex.EncodeToString(h[:])
}

func randomToken() string {
	var b [32]byte
	rand.Read(b[:])
	return base64.RawURLEncoding.EncodeToString(b[:])
}
