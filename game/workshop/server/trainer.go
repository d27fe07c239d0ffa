package server

import (
	"bytes"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/webcaresim/webcaresim/game/workshop/store"
)

const trainerCookie = "wcs_trainer"

const sessionLength = 12 * time.Hour

func (s *Server) cookieMAC(id string) string {
	m := hmac.New(sha256.New, s.cookieK)
	m.Write([]byte("trainer session|" + id))
	return base64.RawURLEncoding.EncodeToString(m.Sum(nil))
}

// trainerAuth is how a request stands with the trainer's login.
type trainerAuth int

const (
	notTrainer trainerAuth = iota
	isTrainerAuth
	lockedOut // too many wrong passwords: the request was not even checked
)

// authTrainer checks the trainer's session cookie, or the password itself
// as a bearer token (for scripts: curl the export). A bearer password is a
// guess like a login and is limited like one; a cookie is not a guess (its
// session id is 256 random bits, and it is signed with a key made from the
// password, so a new password ends every session).
func (s *Server) authTrainer(r *http.Request) (trainerAuth, time.Time) {
	if tok, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer "); ok {
		return s.checkGuess(r, tok)
	}
	id := s.sessionOf(r)
	if id == "" {
		return notTrainer, time.Time{}
	}
	exp, err := s.st.SessionExpires(r.Context(), hashToken(id))
	if err != nil || s.now().After(exp) {
		return notTrainer, time.Time{}
	}
	return isTrainerAuth, time.Time{}
}

// checkGuess compares a password after taking a guess from the client's
// address; a right one gives it back.
func (s *Server) checkGuess(r *http.Request, given string) (trainerAuth, time.Time) {
	addr := s.clientAddr(r)
	ok, until := s.guard.take(r.Context(), addr)
	if !ok {
		return lockedOut, until
	}
	if !s.secretMatches(given) {
		return notTrainer, time.Time{}
	}
	s.guard.giveBack(r.Context(), addr)
	return isTrainerAuth, time.Time{}
}

// sessionOf is the session id of the request's signed cookie, or "".
func (s *Server) sessionOf(r *http.Request) string {
	c, err := r.Cookie(trainerCookie)
	if err != nil {
		return ""
	}
	id, mac, ok := strings.Cut(c.Value, ".")
	if !ok || id == "" || !hmac.Equal([]byte(mac), []byte(s.cookieMAC(id))) {
		return ""
	}
	return id
}

// refuseLockedOut answers a request from a locked-out address: 429 with
// when to try again.
func refuseLockedOut(w http.ResponseWriter, r *http.Request, until time.Time, now time.Time) {
	secs := int(until.Sub(now).Seconds()) + 1
	w.Header().Set("Retry-After", strconv.Itoa(secs))
	refuse(w, r, http.StatusTooManyRequests, "locked_out", secs)
}

// secretMatches compares in constant time (hashes first, so the length of
// the secret does not leak either).
func (s *Server) secretMatches(given string) bool {
	a := sha256.Sum256([]byte(given))
	b := sha256.Sum256([]byte(s.cfg.Secret))
	return subtle.ConstantTimeCompare(a[:], b[:]) == 1
}

// sameOrigin refuses a state-changing request from another site (besides
// the SameSite=Strict cookie).
func sameOrigin(r *http.Request) bool {
	o := r.Header.Get("Origin")
	if o == "" || o == "null" {
		return r.Header.Get("Sec-Fetch-Site") != "cross-site"
	}
	u, err := url.Parse(o)
	if err != nil || u.Host != r.Host {
		return false
	}
	// The scheme counts too: a page on http://host may not post to
	// https://host. Behind a proxy that ends TLS, the proxy says which.
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	} else if p := r.Header.Get("X-Forwarded-Proto"); p == "https" {
		scheme = p
	}
	return u.Scheme == scheme
}

// trainer wraps a handler that needs the trainer.
func (s *Server) trainer(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		a, until := s.authTrainer(r)
		if a == lockedOut {
			refuseLockedOut(w, r, until, s.now())
			return
		}
		if a != isTrainerAuth {
			if r.Method == http.MethodGet && (strings.HasSuffix(r.URL.Path, "/projector") || strings.HasSuffix(r.URL.Path, "/control")) {
				http.Redirect(w, r, "/trainer", http.StatusSeeOther)
				return
			}
			refuse(w, r, http.StatusUnauthorized, "login")
			return
		}
		if r.Method != http.MethodGet {
			if !sameOrigin(r) {
				refuse(w, r, http.StatusForbidden, "cross_site")
				return
			}
			r.Body = http.MaxBytesReader(w, r.Body, 64<<10)
			if err := r.ParseForm(); err != nil {
				refuse(w, r, http.StatusBadRequest, "bad_form")
				return
			}
		}
		w.Header().Set("Cache-Control", "no-store")
		// Exports stream from the store and need no picture.
		s.learnWorkshop(r.Context(), r.PathValue("code"))
		if code := r.PathValue("code"); code != "" && !strings.Contains(r.URL.Path, "/export.") && !s.loaded(w, r, code) {
			return
		}
		h(w, r)
	}
}

func (s *Server) trainerLogin(w http.ResponseWriter, r *http.Request) {
	if !sameOrigin(r) {
		refuse(w, r, http.StatusForbidden, "cross_site")
		return
	}
	r.Body = http.MaxBytesReader(w, r.Body, 4<<10)
	if err := r.ParseForm(); err != nil {
		refuse(w, r, http.StatusBadRequest, "bad_form")
		return
	}
	lang := pageLang(w, r)
	a, until := s.checkGuess(r, r.PostForm.Get("secret"))
	if a != isTrainerAuth {
		msg := messages[lang]["bad_secret"]
		code := http.StatusUnauthorized
		if a == lockedOut {
			mins := int(until.Sub(s.now()).Minutes()) + 1
			msg = fmt.Sprintf(messages[lang]["locked_out"], mins)
			code = http.StatusTooManyRequests
			w.Header().Set("Retry-After", strconv.Itoa(int(until.Sub(s.now()).Seconds())+1))
		}
		w.WriteHeader(code)
		s.render(w, "login.html", s.page(r, lang, "Trainer", map[string]any{"Error": msg}))
		return
	}
	id := randomToken()
	if err := s.st.AddSession(r.Context(), hashToken(id), s.now().Add(sessionLength), store.Login{At: s.now(), From: s.clientAddr(r)}); err != nil {
		s.log.Error("login", "err", err)
		refuse(w, r, http.StatusInternalServerError, "store_session")
		return
	}
	http.SetCookie(w, &http.Cookie{Name: trainerCookie, Value: id + "." + s.cookieMAC(id), Path: "/",
		HttpOnly: true, SameSite: http.SameSiteStrictMode, Secure: r.TLS != nil, MaxAge: int(sessionLength / time.Second)})
	http.Redirect(w, r, "/trainer", http.StatusSeeOther)
}

// trainerLogout ends the session in the store, so the cookie is worthless
// even where a copy of it survives.
func (s *Server) trainerLogout(w http.ResponseWriter, r *http.Request) {
	if !sameOrigin(r) {
		refuse(w, r, http.StatusForbidden, "cross_site")
		return
	}
	if id := s.sessionOf(r); id != "" {
		if err := s.st.DeleteSession(r.Context(), hashToken(id)); err != nil {
			s.log.Error("logout", "err", err)
			refuse(w, r, http.StatusInternalServerError, "end_session")
			return
		}
	}
	http.SetCookie(w, &http.Cookie{Name: trainerCookie, Value: "", Path: "/", MaxAge: -1, HttpOnly: true, SameSite: http.SameSiteStrictMode})
	http.Redirect(w, r, "/trainer", http.StatusSeeOther)
}

// page is the data every page template gets.
func (s *Server) page(r *http.Request, lang, title string, extra map[string]any) map[string]any {
	d := map[string]any{"Lang": lang, "T": messages[lang], "Title": title, "BodyClass": "", "LangQuery": ""}
	if w := r.URL.Query().Get("w"); w != "" && len(w) <= 12 {
		// A template.URL, so that html/template keeps the "&" that joins it
		// to ?lang=: as a plain string it was escaped into the language
		// ("?lang=nl%26w%3d…"), and the NL/EN switch of a page opened with
		// its workshop code changed nothing.
		d["LangQuery"] = template.URL("&w=" + url.QueryEscape(w))
	}
	for k, v := range extra {
		d[k] = v
	}
	return d
}

func (s *Server) render(w http.ResponseWriter, name string, data any) {
	var buf bytes.Buffer
	if err := s.tmpl.ExecuteTemplate(&buf, name, data); err != nil {
		s.log.Error("template", "name", name, "err", err)
		// No request here to tell the page's language: both.
		http.Error(w, inBothLanguages("page"), http.StatusInternalServerError)
		return
	}
	if w.Header().Get("Content-Type") == "" {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
	}
	w.Write(buf.Bytes())
}

func (s *Server) joinPage(w http.ResponseWriter, r *http.Request) {
	lang := pageLang(w, r)
	code := strings.ToUpper(r.URL.Query().Get("code"))
	if code == "" {
		// The dashboard names a workshop ?w=CODE, and a trainer may pass
		// on a link in that form: its code fills the field too.
		code = strings.ToUpper(r.URL.Query().Get("w"))
	}
	if len(code) > 12 {
		code = ""
	}
	s.render(w, "join.html", s.page(r, lang, messages[lang]["join_title"], map[string]any{"Code": code}))
}

func (s *Server) playPage(w http.ResponseWriter, r *http.Request) {
	lang := pageLang(w, r)
	// Ebiten's browser build evaluates a little JavaScript from strings
	// (exp/textinput), so this page, which shows no one else's text, allows
	// eval; the trainer's pages keep the strict policy.
	w.Header().Set("Content-Security-Policy", strings.Replace(csp, "'wasm-unsafe-eval'", "'wasm-unsafe-eval' 'unsafe-eval'", 1))
	wasm := ""
	if s.hasWasm() {
		wasm = "/dist/webcaresim.wasm"
	}
	s.render(w, "play.html", s.page(r, lang, "Play", map[string]any{"Wasm": wasm, "BodyClass": "play-page"}))
}

type scenarioChoice struct {
	Key, Title, Brand, Language string
	Chosen                      bool
}

func (s *Server) allScenarios(chosen []string) []scenarioChoice {
	in := map[string]bool{}
	for _, k := range chosen {
		in[k] = true
	}
	var out []scenarioChoice
	for _, sc := range s.catalog().set.Scenarios {
		out = append(out, scenarioChoice{Key: sc.Key(), Title: sc.Title, Brand: sc.Brand.Name, Language: sc.Language, Chosen: in[sc.Key()]})
	}
	return out
}

func (s *Server) trainerPage(w http.ResponseWriter, r *http.Request) {
	lang := pageLang(w, r)
	w.Header().Set("Cache-Control", "no-store")
	if a, until := s.authTrainer(r); a != isTrainerAuth {
		if a == lockedOut {
			refuseLockedOut(w, r, until, s.now())
			return
		}
		s.render(w, "login.html", s.page(r, lang, "Trainer", nil))
		return
	}
	s.learnWorkshops(r.Context())
	s.hub.mu.RLock()
	code := r.URL.Query().Get("w")
	if s.hub.ws[code] == nil {
		code = s.hub.latestCode()
	}
	s.hub.mu.RUnlock()
	if code != "" && !s.loaded(w, r, code) {
		return
	}
	s.hub.mu.RLock()
	defer s.hub.mu.RUnlock()
	d := s.page(r, lang, "Dashboard", map[string]any{"Workshops": s.hub.workshops(), "Code": code,
		"AllScenarios": s.allScenarios(nil), "JoinURL": s.joinURL(r), "Lockouts": s.lockoutNotes(lang), "OpenFor": openForChoices,
		"ScenarioProblems": s.scenarioProblems(lang)})
	if wl := s.hub.ws[code]; wl != nil {
		d["W"] = wl.w
		d["Title"] = "Dashboard " + code
		d["ScenarioChoices"] = s.allScenarios(wl.w.Scenarios)
		d["Open"] = s.isOpen(wl.w)
		// "End workshop" asks first (endWorkshop): a mis-click next to
		// the exports ended the room's joining with no way back.
		d["AskEnd"] = s.isOpen(wl.w) && r.URL.Query().Get("end") == "ask"
		d["ClosesAt"] = closesAt(wl.w).In(localZone()).Format("2006-01-02 15:04") // the trainer's time, as the exports and the control log
		live := s.liveView(wl, lang, r.URL.Query().Get("s"))
		d["Live"] = live
		d["Sel"] = ""
		if len(live.Compare) > 0 {
			d["Sel"] = live.Compare[0].Key
		}
	}
	s.render(w, "dashboard.html", d)
}

// workshopOf returns the workshop of the {code} in the path, with the hub
// read-locked; the caller unlocks.
func (s *Server) workshopOf(w http.ResponseWriter, r *http.Request) *wsLive {
	s.hub.mu.RLock()
	wl := s.hub.ws[r.PathValue("code")]
	if wl == nil {
		s.hub.mu.RUnlock()
		http.NotFound(w, r)
	}
	return wl
}

// codeAlphabet has 32 characters (no 0/O, 1/I), so the low 5 bits of a
// random byte pick one uniformly; codeLength of them are 40 bits, which
// guessing at the join's pace would take years to hit.
const codeAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"

const codeLength = 8

func newCode() string {
	var b [codeLength]byte
	rand.Read(b[:])
	out := make([]byte, codeLength)
	for i := range out {
		out[i] = codeAlphabet[b[i]&31]
	}
	return string(out)
}

func (s *Server) chosenScenarios(r *http.Request) []string {
	var out []string
	for _, k := range r.PostForm["scenario"] {
		if s.scenario(k) != nil {
			out = append(out, k)
		}
	}
	return out
}

func (s *Server) createWorkshop(w http.ResponseWriter, r *http.Request) {
	title := strings.Join(strings.Fields(r.PostForm.Get("title")), " ")
	if utf8.RuneCountInString(title) > 80 || !utf8.ValidString(title) {
		refuse(w, r, http.StatusBadRequest, "title_long", 80)
		return
	}
	now := s.now().UTC()
	ws := store.Workshop{Title: title, Created: now, Closes: now.Add(openFor(r)), Scenarios: s.chosenScenarios(r)}
	if ws.Scenarios == nil {
		ws.Scenarios = []string{}
	}
	var err error
	for range 5 {
		ws.Code = newCode()
		if err = s.st.CreateWorkshop(r.Context(), ws); err != store.ErrExists {
			break
		}
	}
	if err != nil {
		s.log.Error("create workshop", "err", err)
		refuse(w, r, http.StatusInternalServerError, "store_workshop")
		return
	}
	s.hub.mu.Lock()
	wl := s.hub.addWorkshop(ws)
	wl.haveTrainees, wl.loaded = true, true // new: nothing to read
	s.hub.mu.Unlock()
	s.ownWorkshop(r, ws.Code)
	http.Redirect(w, r, "/trainer?w="+ws.Code, http.StatusSeeOther)
}

// updateWorkshop changes a workshop in the store, then in the hub.
func (s *Server) updateWorkshop(w http.ResponseWriter, r *http.Request, change func(*store.Workshop)) {
	s.updateWorkshopThen(w, r, "", change)
}

// updateWorkshopThen is updateWorkshop that adds query to the redirect.
func (s *Server) updateWorkshopThen(w http.ResponseWriter, r *http.Request, query string, change func(*store.Workshop)) {
	code := r.PathValue("code")
	s.hub.mu.Lock()
	defer s.hub.mu.Unlock()
	wl := s.hub.ws[code]
	if wl == nil {
		refuse(w, r, http.StatusNotFound, "no_workshop")
		return
	}
	nw := wl.w
	nw.Scenarios = append([]string(nil), wl.w.Scenarios...)
	change(&nw)
	if err := s.st.UpdateWorkshop(r.Context(), nw); err != nil {
		s.log.Error("update workshop", "err", err)
		refuse(w, r, http.StatusInternalServerError, "store_change")
		return
	}
	wl.w = nw
	wl.version++
	wl.fullChanged = wl.version
	http.Redirect(w, r, "/trainer?w="+code+query, http.StatusSeeOther)
}

func (s *Server) setPause(w http.ResponseWriter, r *http.Request) {
	paused := r.PostForm.Get("paused") == "1"
	s.updateWorkshop(w, r, func(ws *store.Workshop) { ws.Paused = paused })
}

func (s *Server) setScenarios(w http.ResponseWriter, r *http.Request) {
	chosen := s.chosenScenarios(r)
	if chosen == nil {
		chosen = []string{}
	}
	s.updateWorkshop(w, r, func(ws *store.Workshop) { ws.Scenarios = chosen })
}

func (s *Server) setFocus(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PostForm.Get("event"), 10, 64)
	if err != nil || id < 0 {
		refuse(w, r, http.StatusBadRequest, "bad_reply")
		return
	}
	query := "#replies"
	if sel := r.PostForm.Get("s"); sel != "" {
		query = "&s=" + url.QueryEscape(sel) + "#replies"
	}
	s.updateWorkshopThen(w, r, query, func(ws *store.Workshop) {
		if ws.Focus == id {
			ws.Focus = 0 // a second press takes it off the projector
		} else {
			ws.Focus = id
		}
	})
}

func (s *Server) projectorFragment(w http.ResponseWriter, r *http.Request) {
	s.fragment(w, r, "projector-live", func(wl *wsLive, lang string) any { return s.projectorView(wl, lang) })
}

func (s *Server) projectorPage(w http.ResponseWriter, r *http.Request) {
	lang := pageLang(w, r)
	wl := s.workshopOf(w, r)
	if wl == nil {
		return
	}
	v := s.projectorView(wl, lang)
	code := wl.w.Code
	s.hub.mu.RUnlock()
	s.render(w, "projector.html", s.page(r, lang, "Projector", map[string]any{"Code": code, "Live": v, "BodyClass": "projector-page"}))
}

func (s *Server) joinURL(r *http.Request) string {
	if s.cfg.JoinURL != "" {
		return s.cfg.JoinURL
	}
	return "http://" + r.Host + "/"
}
