package server

import (
	"fmt"
	"math"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/webcaresim/webcaresim/assets/i18n"
	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/game/workshop/store"
	"github.com/webcaresim/webcaresim/scenarios"
)

// The control page (/trainer/w/CODE/control): injects, the heat dial and
// the customer desk. The page is a skeleton; control.js fills it from
// /control/state every second and a half, writing every name and text
// with textContent, so nothing a trainee or the trainer typed is ever
// read as HTML.

// trainerRoutes adds the trainer's steering and the game's poll to the mux.
func (s *Server) trainerRoutes(m *http.ServeMux) {
	m.HandleFunc("GET /api/v1/trainer", s.apiTrainerPoll)
	m.HandleFunc("POST /api/v1/trainer", s.apiRoundState)
	m.HandleFunc("GET /trainer/w/{code}/control", s.trainer(s.controlPage))
	m.HandleFunc("GET /trainer/w/{code}/control/state", s.trainer(s.controlState))
	m.HandleFunc("POST /trainer/w/{code}/control/inject", s.steer(s.sendInject))
	m.HandleFunc("POST /trainer/w/{code}/control/dial", s.steer(s.setDial))
	m.HandleFunc("POST /trainer/w/{code}/control/takeover", s.steer(s.setTakeover))
	m.HandleFunc("POST /trainer/w/{code}/control/customer", s.steer(s.customerPost))
	m.HandleFunc("POST /trainer/w/{code}/control/typing", s.trainer(s.typing))
	m.HandleFunc("POST /trainer/w/{code}/control/claim", s.trainer(s.claimControl))
	m.HandleFunc("GET /trainer/w/{code}/debrief", s.trainer(s.debriefPage))
}

func (s *Server) controlPage(w http.ResponseWriter, r *http.Request) {
	code, steers, ok := s.watches(w, r)
	if !ok {
		return
	}
	lang := pageLang(w, r)
	s.hub.mu.RLock()
	title := s.hub.ws[code].w.Title
	s.hub.mu.RUnlock()
	s.render(w, "control.html", s.page(r, lang, controlText[lang]["title"], map[string]any{
		"Code": code, "WTitle": title, "C": controlText[lang], "Personas": personaChoices(lang), "Steering": steers,
		"Dials": dialChoices(lang)}))
}

type choice struct {
	Value any    `json:"value"`
	Label string `json:"label"`
}

// personaChoices are the live inject's personas, each with what it does
// to the crowd (session.PersonaCrowd), so the trainer knows what a choice
// of author stirs up.
func personaChoices(lang string) []choice {
	var out []choice
	for _, p := range scenarios.InjectPersonas {
		label := session.PersonaName(lang, p)
		effect := crowdEffectText(lang, session.PersonaCrowd(p))
		if p == scenarios.PersonaJournalist {
			effect = controlText[lang]["effect_outlet"] // the session has the outlet cover the story
		}
		if effect != "" {
			label += " (" + effect + ")"
		}
		out = append(out, choice{p, label})
	}
	return out
}

// crowdEffectText says an inject's crowd effect in words: "verspreidt ×1,3
// · publiek 65% tegen".
func crowdEffectText(lang string, c *session.InjectCrowd) string {
	if c == nil {
		return ""
	}
	var parts []string
	if c.BranchingFactor != 0 {
		f := i18n.DecimalPoint(strconv.FormatFloat(c.BranchingFactor, 'f', -1, 64), lang)
		parts = append(parts, fmt.Sprintf(controlText[lang]["effect_spread"], f))
	}
	if c.NegativeShare != nil {
		parts = append(parts, fmt.Sprintf(controlText[lang]["effect_against"], int(math.Round(100**c.NegativeShare))))
	}
	return strings.Join(parts, " · ")
}

func dialChoices(lang string) []choice {
	var out []choice
	for l := session.DialCalm; l <= session.DialStorm; l++ {
		out = append(out, choice{l, session.DialName(lang, l)})
	}
	return out
}

// controlView is what control.js draws.
type controlView struct {
	Steering bool              `json:"steering"` // this session steers; else its page is read-only
	Dial     int               `json:"dial"`
	Timeout  int               `json:"timeout_seconds"`
	Trainees []traineeView     `json:"trainees"`
	Injects  []injectGroup     `json:"injects"`
	Dials    []choice          `json:"dials"`
	Targets  []choice          `json:"targets"`
	Now      time.Time         `json:"now"`
	Labels   map[string]string `json:"labels"`
	Log      []controlLogLine  `json:"log"` // who steered when (control_log.go)
}

type traineeView struct {
	ID          string   `json:"id"`
	Name        string   `json:"name"`
	Scenario    string   `json:"scenario"`
	Title       string   `json:"title"`
	Playing     bool     `json:"playing"`
	Dial        int      `json:"dial"`
	DialName    string   `json:"dial_name"`
	Takeover    bool     `json:"takeover"`
	Linked      bool     `json:"linked"` // the trainee's game has the takeover
	Waiting     bool     `json:"waiting"`
	WaitLeft    int      `json:"wait_left"` // seconds before the script takes over
	Suggestions []string `json:"suggestions"`
	Replies     []string `json:"replies"` // the round's last replies, newest last
	Customer    string   `json:"customer"`
	Fallbacks   int      `json:"fallbacks"`
}

type injectGroup struct {
	Scenario string       `json:"scenario"`
	Title    string       `json:"title"`
	Items    []injectItem `json:"items"`
}

type injectItem struct {
	ID      string `json:"id"`
	Label   string `json:"label"`
	Persona string `json:"persona"`
	Asks    bool   `json:"asks"`
}

func (s *Server) controlState(w http.ResponseWriter, r *http.Request) {
	code, steers, ok := s.watches(w, r)
	if !ok {
		return
	}
	lang := liveLang(w, r)
	now := s.now()
	v := controlView{Steering: steers, Timeout: int(s.ctl.timeout / time.Second), Dials: dialChoices(lang), Now: now,
		Trainees: []traineeView{}, Injects: []injectGroup{}, Labels: controlText[lang],
		Targets: []choice{{"all", controlText[lang]["everyone"]}}}
	s.hub.mu.RLock()
	wl := s.hub.ws[code]
	for _, key := range wl.w.Scenarios {
		sc := s.scenario(key)
		if sc == nil {
			continue
		}
		v.Targets = append(v.Targets, choice{"scenario:" + key, sc.Title + " (" + key + ")"})
		g := injectGroup{Scenario: key, Title: sc.Title}
		for _, in := range sc.Injects {
			g.Items = append(g.Items, injectItem{ID: in.ID, Label: in.Label, Persona: session.PersonaName(lang, in.Persona), Asks: in.AsksAnswer})
		}
		if len(g.Items) > 0 {
			v.Injects = append(v.Injects, g)
		}
	}
	for _, tl := range wl.trainees {
		tv := traineeView{ID: tl.t.ID, Name: tl.t.Name, Scenario: tl.scenario, Playing: tl.round != "" && !tl.finished,
			Suggestions: []string{}, Replies: []string{}}
		if sc := s.scenario(tl.scenario); sc != nil {
			tv.Title, tv.Customer = sc.Title, sc.Customer.Name
		}
		for _, rl := range wl.replies {
			if rl.trainee == tl && rl.round == tl.round {
				text := rl.reply.Text
				if text == "" {
					text = "(" + rl.reply.Action + ") " + rl.reply.Note
				}
				tv.Replies = append(tv.Replies, text)
			}
		}
		if n := len(tv.Replies); n > 3 {
			tv.Replies = tv.Replies[n-3:]
		}
		v.Targets = append(v.Targets, choice{"trainee:" + tl.t.ID, tl.t.Name})
		v.Trainees = append(v.Trainees, tv)
	}
	s.hub.mu.RUnlock()
	_, dial, sides, err := s.st.Controls(r.Context(), code)
	if err != nil {
		s.storeFailed(w, r, "control state", err)
		return
	}
	byID := map[string]store.TraineeControl{}
	for _, tc := range sides {
		byID[tc.Trainee] = tc
	}
	if v.Log, err = s.controlLog(r.Context(), code, lang); err != nil {
		s.storeFailed(w, r, "control log", err)
		return
	}
	v.Dial = dial
	for i := range v.Trainees {
		tv := &v.Trainees[i]
		tv.Dial = v.Dial
		if tc, ok := byID[tv.ID]; ok {
			if tc.DialSet || tc.Round != "" {
				tv.Dial = tc.Dial
			}
			tv.Takeover, tv.Linked, tv.Waiting, tv.Fallbacks = tc.Takeover, tc.Linked, tc.Waiting, tc.Fallbacks
			tv.Suggestions = append(tv.Suggestions, tc.Suggestions...)
			if tc.Waiting {
				tv.WaitLeft = max(0, int((s.ctl.timeout - now.Sub(tc.WaitSince)).Seconds()))
			}
		}
		tv.DialName = session.DialName(lang, tv.Dial)
	}
	writeJSON(w, http.StatusOK, v)
}
