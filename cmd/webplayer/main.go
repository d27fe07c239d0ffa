//go:build js && wasm

// Command player is the browser build of a round (make web): the same
// scenarios, session, crowd and rubric as the desktop game, drawn as HTML
// over the headless core and played with the keyboard (1–9 open a case's
// briefing, Enter starts it; in a round 1–4 pick a choice and Enter
// publishes the pick, typing writes the reply and Ctrl+Enter publishes it,
// Tab reaches the actions; R retry, S scenarios) or the mouse (input.go).
// It reports to the workshop server with game/workshop/client. It stands in for
// the Ebiten window until package game builds for GOOS=js.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"
	"syscall/js"
	"time"

	"github.com/webcaresim/webcaresim/assets/i18n"
	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/game/workshop/api"
	"github.com/webcaresim/webcaresim/game/workshop/client"
	"github.com/webcaresim/webcaresim/scenarios"
	"github.com/webcaresim/webcaresim/scoring/scenariorubric"
)

var doc = js.Global().Get("document")

type game struct {
	root   js.Value
	lang   string
	player string
	mode   session.Mode
	c      *client.Client // nil: not in a workshop
	all    scenarios.Set
	offer  []*scenarios.Scenario

	s        *session.Session
	rep      *client.Reporter // nil: not in a workshop
	fed      int              // feed items shown
	hint     string
	err      string
	debrief  bool
	status   string
	shownDec string
	last     time.Time // when the round's clock last ran

	briefing int // the offer's case whose briefing shows; -1 when none
	picked   int // the written choice picked (not yet published); -1 when none
	// held is the choice number (and Spaces) typed at an empty reply field
	// that picked the choice: writing typed next puts it in front, in the
	// field (Session.TypeAtDecision); any other key or a click ends it.
	held string
	// pickedAction is the action picked that posts a public reply (a DM
	// announced in the thread), not yet published; "" when none.
	pickedAction string
	spaceDown    bool // the last key pressed was a Space: the click it makes presses no choice
	// overrunAsked is the action whose first press said it runs past the
	// question's deadline (Session.ActionOverruns); a second press takes it.
	overrunAsked string
	// languageAsked is the typed reply whose first press said it reads as
	// another language than the customer's; a second press publishes it.
	languageAsked string
	decKey        string // the open decision, to forget the pick when another opens
	// draftNotice says the reply field's draft was written before the
	// open decision (guard.go); "" when it is not, or was confirmed.
	draftNotice string
	// draft is the reply kept while no field shows it: written at one
	// decision and left when a choice was published or the time ran on,
	// or typed while time runs towards the next (draft.go).
	draft string
	// lapse: the clock ran faster than normal at the last tick (a
	// time-lapse towards the next decision), as the window shows it.
	lapse bool

	// open is the trainee's round the server holds with no result (the
	// tab was closed or reloaded in the middle of it): the menu offers to
	// go on with it (resume.go).
	open *api.OpenRound
	// ticks counts the clock's ticks, shown to the page (data-ticks) so a
	// test can wait for the clock to have had its chance to move.
	ticks int
}

func main() {
	// Scenarios sent by a workshop server are checked as on the desktop,
	// routes and misreading patterns checked against the rubric.
	scenariorubric.Plug()
	fs := flag.NewFlagSet("webcaresim", flag.ContinueOnError)
	server := fs.String("server", "", "workshop server")
	token := fs.String("token", "", "trainee token")
	player := fs.String("player", "", "name")
	lang := fs.String("lang", "nl", "nl or en")
	mode := fs.String("mode", "workshop", "practice, relaxed or workshop")
	args := os.Args[1:]
	if len(args) > 0 && args[0] == "play" {
		args = args[1:]
	}
	fs.Parse(args)
	g := &game{root: doc.Call("getElementById", "game"), lang: *lang, player: *player, all: scenarios.BuiltinForPlay(),
		briefing: -1, picked: -1, mode: session.Workshop}
	// The mode is the session's: in relaxed mode it stops the clock and
	// shows no SLA, here as in the window.
	if m, err := session.ParseMode(*mode); err == nil && *mode != "" {
		g.mode = m
	}
	if g.lang != "en" {
		g.lang = "nl"
	}
	if *server != "" && *token != "" {
		g.c = client.New(*server, *token)
	} else if c, _, _, ok := client.FromPage(); ok {
		g.c = c // the play page's workshop
	}
	g.root.Set("innerHTML", "")
	g.root.Get("classList").Call("add", "player")
	g.root.Call("addEventListener", "click", js.FuncOf(g.onClick))
	doc.Call("addEventListener", "keydown", js.FuncOf(g.onKey))
	js.Global().Call("setInterval", js.FuncOf(func(js.Value, []js.Value) any { g.tick(); return nil }), 100)
	g.loadOffer()
	select {}
}

// t is the player's message key in the trainee's language, formatted
// with args: the "player." section of the product's one catalogue
// (assets/i18n/player.*.toml).
func (g *game) t(key string, args ...any) string {
	return i18n.T(g.lang, "player."+key, args...)
}

// actionName is what an action (dm, call, colleague, wait) is called: the
// name the window's buttons and briefing use, from the same catalogue key,
// so the two faces never name one action twice.
func (g *game) actionName(kind string) string { return i18n.T(g.lang, "action."+kind) }

// loadOffer fetches the workshop's scenarios (or offers them all).
func (g *game) loadOffer() {
	g.showMenu(g.t("menu.loading"))
	go func() {
		var keys []string
		if g.c != nil {
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			st, err := g.c.Status(ctx)
			cancel()
			if err == nil {
				for _, s := range st.Scenarios {
					keys = append(keys, s.Key)
				}
				// Cases made in the studio come with the status.
				g.all.Scenarios = append(client.Scenarios(st), g.all.Scenarios...)
			}
			g.open = g.openRound()
		}
		g.offer = nil
		for _, sc := range g.all.Scenarios {
			if keys == nil && (sc.Language == g.lang || !hasLang(g.all, sc.ID, g.lang)) {
				g.offer = append(g.offer, sc)
			}
		}
		for _, k := range keys {
			for _, sc := range g.all.Scenarios {
				if sc.Key() == k {
					g.offer = append(g.offer, sc)
				}
			}
		}
		sort.SliceStable(g.offer, func(i, j int) bool { return g.offer[i].Order < g.offer[j].Order })
		g.showMenu("")
		if g.open != nil && g.open.Round == client.PageResume() {
			g.resume() // the join page's "go on with your round"
		}
	}()
}

func hasLang(set scenarios.Set, id, lang string) bool {
	_, ok := set.Find(id, lang)
	return ok
}

func (g *game) clear() { g.root.Set("innerHTML", "") }

func (g *game) showMenu(msg string) {
	g.s, g.debrief, g.briefing = nil, false, -1
	g.clear()
	box := el("section", "menu", el("h1", "", g.t("menu.title")))
	if msg != "" {
		box.Call("appendChild", el("p", "muted", msg))
	}
	if g.open != nil {
		box.Call("appendChild", g.resumeOffer())
	}
	for i, sc := range g.offer {
		card := el("button", "scenario-card",
			el("kbd", "", fmt.Sprint(i+1)),
			el("strong", "", sc.Title),
			el("span", "muted", fmt.Sprintf(" %s · %s · %s", sc.Brand.Name, sc.Channel, strings.Repeat("●", max(sc.Difficulty, 1)))))
		if sc.BasedOn != "" {
			card.Call("appendChild", el("span", "based", g.t("menu.based_on")+sc.BasedOn))
		}
		card.Get("dataset").Set("act", fmt.Sprintf("pick:%d", i))
		box.Call("appendChild", card)
	}
	g.root.Call("appendChild", box)
}

func (g *game) start(i int) {
	if i < 0 || i >= len(g.offer) {
		return
	}
	sc := g.offer[i]
	s, err := session.New(sc, session.Options{Seed: uint64(time.Now().UnixNano()%1e9 + 1), Mode: g.mode, Player: g.player})
	if err != nil {
		g.showMenu(err.Error())
		return
	}
	g.open = nil // a new round: the open one is not offered again
	g.begin(s, func() *client.Reporter { return g.c.Round(s) })
}

// begin shows a round, new or resumed, and reports it with the reporter
// report makes (when the game is in a workshop).
func (g *game) begin(s *session.Session, report func() *client.Reporter) {
	sc := s.Scenario()
	g.s, g.rep, g.last, g.briefing, g.picked, g.decKey = s, nil, time.Now(), -1, -1, ""
	g.pickedAction, g.draftNotice, g.draft, g.lapse, g.held = "", "", "", false, ""
	// shownDec "-": the decision box is drawn at once, also when no decision is open
	g.fed, g.hint, g.err, g.debrief, g.status, g.shownDec = 0, "", "", false, "", "-"
	g.clear()
	head := el("header", "round-head",
		el("strong", "", sc.Title), el("span", "muted", " · "+sc.Brand.Name+" · @"+sc.Brand.Handle),
		el("span", "spacer"), el("span", "clock", ""), el("span", "lapse", ""),
		el("span", "counter", ""),
		el("div", "outrage-meter", el("span", "bar")), el("span", "meter-level", ""))
	// A bar of its own rather than <meter>: its colour is the session's
	// level (play.go), and a <meter>'s bar cannot be coloured the same way
	// in every browser.
	// what "against you" in the counter counts, as the window's F1 says it
	head.Call("querySelector", ".counter").Call("setAttribute", "title", session.AgainstMeaning(g.lang))
	m := head.Call("querySelector", ".outrage-meter")
	for k, v := range map[string]string{"role": "meter", "aria-valuemin": "0", "aria-valuemax": "100", "aria-valuenow": "0"} {
		m.Call("setAttribute", k, v)
	}
	g.root.Call("appendChild", head)
	// The post that opened the case stays pinned above the feed, as in
	// the window: the feed runs newest first and keeps its last 80 posts,
	// so the opening sank out of sight as the story grew.
	body := el("div", "round-body", el("div", "feed-col", g.pinnedPost(), el("ol", "feed")), el("section", "decision"))
	g.root.Call("appendChild", body)
	if g.c != nil {
		g.rep = report()
	}
	g.render()
}
