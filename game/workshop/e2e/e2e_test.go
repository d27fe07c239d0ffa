// Package e2e drives the workshop in headless Chromium: the trainer logs in
// and opens a workshop, a trainee joins, plays a round of the browser build
// with the keyboard to the debrief, and the dashboard shows the result.
// TestEbitenGameInTheBrowser plays the game itself (make web, or built by
// the test); TestPlayerInTheBrowser plays the HTML player (./cmd/webplayer)
// and also checks the projector, the export and the pages in English.
// Screenshots go to $WEBCARESIM_SHOTS (default shots/web).
//
//	WEBCARESIM_E2E=1 go test -v ./game/workshop/e2e/      (scripts/test-web.sh does this)
package e2e

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	cdpruntime "github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/webcaresim/webcaresim/assets/i18n"
	"github.com/webcaresim/webcaresim/game/workshop/server"
	"github.com/webcaresim/webcaresim/game/workshop/store"
	"github.com/webcaresim/webcaresim/scenarios"
)

const secret = "e2e-trainer-secret"

func repoRoot() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "..")
}

// chromium finds the browser: $CHROMIUM, else Debian's chromium.
func chromium() string {
	if p := os.Getenv("CHROMIUM"); p != "" {
		return p
	}
	for _, p := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if path, err := exec.LookPath(p); err == nil {
			return path
		}
	}
	return ""
}

// dist builds main (./cmd/webcaresim, the game, or ./cmd/webplayer) for the
// browser into a new folder, as make web does into bin/web.
func dist(t *testing.T, main string) string {
	t.Helper()
	d := t.TempDir()
	cmd := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-o", filepath.Join(d, "webcaresim.wasm"), main)
	cmd.Dir = repoRoot()
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("building %s for the browser: %v\n%s", main, err, out)
	}
	goroot, _ := exec.Command("go", "env", "GOROOT").Output()
	js, err := os.ReadFile(filepath.Join(strings.TrimSpace(string(goroot)), "lib", "wasm", "wasm_exec.js"))
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(d, "wasm_exec.js"), js, 0o644)
	return d
}

// harness is a workshop server on 127.0.0.1 and a headless Chromium.
type harness struct {
	t       *testing.T
	base    string
	st      store.Store
	trainer context.Context // the trainer's tab
	actx    context.Context // the browser
	shots   string
}

// newHarness starts a server with the browser build in distDir (built from
// main when distDir is empty) and a headless Chromium.
func newHarness(t *testing.T, distDir, main string) *harness {
	t.Helper()
	return newHarnessWith(t, distDir, main, nil)
}

// newHarnessWith is newHarness with the server's configuration changed by
// configure (nil: as it is).
func newHarnessWith(t *testing.T, distDir, main string, configure func(*server.Config)) *harness {
	t.Helper()
	if os.Getenv("WEBCARESIM_E2E") == "" {
		t.Skip("browser test: set WEBCARESIM_E2E=1 (scripts/test-web.sh installs Chromium and runs it)")
	}
	exe := chromium()
	if exe == "" {
		t.Fatal("no Chromium: apt-get install chromium (scripts/test-web.sh does it)")
	}
	shots := os.Getenv("WEBCARESIM_SHOTS")
	if shots == "" {
		shots = filepath.Join(repoRoot(), "shots", "web")
	}
	os.MkdirAll(shots, 0o755)
	if distDir == "" {
		distDir = dist(t, main)
	}

	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "w.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	cfg := server.Config{Store: st, Secret: secret, Scenarios: scenarios.Builtin(), Dist: distDir}
	if configure != nil {
		configure(&cfg)
	}
	srv, err := server.New(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	hs := server.HTTPServer(ln.Addr().String(), srv.Handler())
	go hs.Serve(ln)
	t.Cleanup(func() { hs.Close() })

	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(exe),
		chromedp.Flag("headless", true), chromedp.NoSandbox,
		// WebGL (the Ebiten build) on SwiftShader through ANGLE: with
		// --disable-gpu the game took seconds to answer a key, not a
		// tenth of one.
		chromedp.Flag("enable-unsafe-swiftshader", true), chromedp.Flag("use-angle", "swiftshader"),
		chromedp.Flag("disable-quic", true), chromedp.NoFirstRun, chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(t.TempDir()), chromedp.WindowSize(1366, 900),
		chromedp.Flag("lang", "nl-NL"),
	}
	actx, cancelA := chromedp.NewExecAllocator(ctx, opts...)
	t.Cleanup(cancelA)
	trainer, cancelT := chromedp.NewContext(actx)
	t.Cleanup(cancelT)
	// Start the browser and the tab on their own context: a step's
	// timeout must not end them.
	if err := chromedp.Do(trainer); err != nil {
		t.Fatal(err)
	}
	return &harness{t: t, base: "http://" + ln.Addr().String(), st: st, trainer: trainer, actx: actx, shots: shots}
}

func (h *harness) shot(c context.Context, name string) {
	h.t.Helper()
	png, err := chromedp.Run(c, chromedp.CaptureScreenshot())
	if err != nil {
		h.t.Fatalf("screenshot %s: %v", name, err)
	}
	if err := os.WriteFile(filepath.Join(h.shots, name+".png"), png, 0o644); err != nil {
		h.t.Fatal(err)
	}
}

func (h *harness) run(c context.Context, what string, actions ...chromedp.Action[chromedp.Void]) {
	h.t.Helper()
	sc, cancel := context.WithTimeout(c, 45*time.Second)
	defer cancel()
	if err := chromedp.Do(sc, actions...); err != nil {
		page, _ := chromedp.Run(c, chromedp.Evaluate[string](`location.href + "\n" + document.body.innerText`))
		h.shot(c, "failed")
		h.t.Fatalf("%s: %v\npage: %s", what, err, page)
	}
}

// newTab opens a tab (a trainee's) and logs its console to the test.
func (h *harness) newTab() context.Context {
	h.t.Helper()
	tab, cancel := chromedp.NewContext(h.trainer)
	h.t.Cleanup(cancel)
	if err := chromedp.Do(tab); err != nil {
		h.t.Fatal(err)
	}
	t := h.t
	chromedp.Listen(tab, func(ev any) {
		switch ev := ev.(type) {
		case *cdpruntime.EventConsoleAPICalled:
			var parts []string
			for _, a := range ev.Args {
				parts = append(parts, string(a.Value)+a.Description)
			}
			t.Logf("console.%s: %s", ev.Type, strings.Join(parts, " "))
		case *cdpruntime.EventExceptionThrown:
			t.Logf("exception: %s %v", ev.ExceptionDetails.Text, ev.ExceptionDetails.Exception.Description)
		}
	})
	return tab
}

// openWorkshop logs the trainer in and opens a workshop with the Sanoma
// case; it returns the code.
func (h *harness) openWorkshop() string {
	h.t.Helper()
	return h.openWorkshopWith("sanoma-juf/nl")
}

// openWorkshopWith opens a workshop with the given cases (keys: id/lang).
func (h *harness) openWorkshopWith(keys ...string) string {
	h.t.Helper()
	h.run(h.trainer, "trainer login",
		chromedp.Navigate(h.base+"/trainer?lang=nl"),
		chromedp.WaitVisible(chromedp.CSS(`#secret`)),
		chromedp.SendKeys(chromedp.CSS(`#secret`), secret),
		chromedp.Submit(chromedp.CSS(`#secret`)),
		chromedp.WaitVisible(chromedp.CSS(`#title`)),
		chromedp.SendKeys(chromedp.CSS(`#title`), "Onboarding groep 3"),
		eval(`document.querySelectorAll('details.new input[name=scenario]').forEach(c => c.checked = `+jsList(keys)+`.includes(c.value))`),
		chromedp.Submit(chromedp.CSS(`#title`)),
		chromedp.WaitVisible(chromedp.CSS(`#code`)),
	)
	code := strings.TrimSpace(get(h.t, h.trainer, "read the code", chromedp.Text(chromedp.CSS(`#code`))))
	if len(code) != 8 {
		h.t.Fatalf("workshop code %q", code)
	}
	return code
}

// TestPlayerInTheBrowser plays a round of the HTML player (./cmd/webplayer,
// built by the test; $WEBCARESIM_PLAYER_DIST names a ready build).
func TestPlayerInTheBrowser(t *testing.T) {
	h := newHarness(t, os.Getenv("WEBCARESIM_PLAYER_DIST"), "./cmd/webplayer")
	base, st, trainer, shot, run := h.base, h.st, h.trainer, h.shot, h.run
	ctx := context.Background()

	// The trainer logs in and opens a workshop with the Sanoma case; a
	// trainee joins in another tab.
	code := h.openWorkshop()
	trainee := h.newTab()
	const name = "Eva <i>de Vries</i>"
	run(trainee, "join page",
		chromedp.Navigate(base+"/?lang=nl"),
		chromedp.WaitVisible(chromedp.CSS(`#join`)),
		chromedp.SendKeys(chromedp.CSS(`#code`), strings.ToLower(code)),
		chromedp.SendKeys(chromedp.CSS(`#name`), name),
	)
	shot(trainee, "player-1-join")
	run(trainee, "join",
		chromedp.Click(chromedp.CSS(`#join-button`)),
		chromedp.WaitVisible(chromedp.CSS(`.scenario-card`)),
	)

	// The trainer pauses everyone: the trainee sees it within seconds.
	run(trainer, "pause", chromedp.Click(chromedp.CSS(`#pause`)), chromedp.WaitVisible(chromedp.CSS(`p.banner`)))
	run(trainee, "paused overlay", chromedp.WaitVisible(chromedp.CSS(`#paused`)))
	shot(trainee, "player-2-paused")
	run(trainer, "resume", chromedp.Click(chromedp.CSS(`#pause`)), chromedp.WaitNotPresent(chromedp.CSS(`p.banner`)))
	run(trainee, "pause lifted", chromedp.WaitNotVisible(chromedp.CSS(`#paused`)))

	// Play with the keyboard: 1 opens the scenario's briefing, with the
	// brand's tone of voice; Enter starts the round.
	run(trainee, "open the briefing", chromedp.KeyEvent("1"), chromedp.WaitVisible(chromedp.CSS(`.briefing .tone`)))
	tone := get(t, trainee, "tone of voice", chromedp.Text(chromedp.CSS(`.briefing .tone`)))
	if !strings.Contains(tone, "^Lotte") {
		t.Errorf("the briefing's tone of voice is %q, want Sanoma's, signed ^Lotte", tone)
	}
	// The actions are named as the window names them, from one catalogue
	// key ("Afwachten", not the player's own "Wachten").
	expected := get(t, trainee, "what the case expects", chromedp.Text(chromedp.CSS(`.briefing .expected`)))
	for _, kind := range []string{"dm", "colleague", "wait"} {
		if name := i18n.T("nl", "action."+kind); !strings.Contains(expected, name) {
			t.Errorf("the briefing does not name the action %q as the window does (%q): %q", kind, name, expected)
		}
	}
	shot(trainee, "player-3-briefing")
	run(trainee, "start the round", chromedp.KeyEvent(kb.Enter), chromedp.WaitVisible(chromedp.CSS(`.choice`)))
	shot(trainee, "player-3-decision")
	// As in the window: the post that opened the case is pinned above the
	// feed, and the actions stand above the choices, in view on a laptop
	// screen without scrolling.
	pinned := get(t, trainee, "the pinned post", chromedp.Evaluate[string](`(p => p ? p.innerText : '')(document.querySelector('.pinned .post'))`))
	if !strings.Contains(pinned, "Al twee keer gemaild en al gebeld") {
		t.Errorf("the post pinned above the feed is %q, want Dorien's opening post", pinned)
	}
	inView := get(t, trainee, "actions in view", chromedp.Evaluate[bool](`(() => {
		const act = document.querySelector('.decision .actions'), choice = document.querySelector('.decision .choice');
		if (!act || !choice) return false;
		const r = act.getBoundingClientRect();
		return (act.compareDocumentPosition(choice) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 && r.bottom <= window.innerHeight;
	})()`))
	if !inView {
		t.Error("the actions are not above the choices and in view when the decision opens")
	}

	// A trainee who starts typing with no field focused writes the reply;
	// the arrow keys move its caret and publish nothing.
	reply := "Hoi Dorien, sorry! Je hebt helemaal gelijk: je schreef al gebeld, dat lazen wij verkeerd. Ik bel je vandaag nog om je abonnement recht te zetten. ^Lotte"
	scripted := brandPosts(t, trainee) // Sanoma's misreading reply is scripted
	run(trainee, "type a reply", chromedp.KeyEvent(reply))
	typed := get(t, trainee, "the reply field", chromedp.Evaluate[string](`document.querySelector('textarea.own').value`))
	if typed != reply {
		t.Fatalf("typed with no field focused, the reply field holds %q", typed)
	}
	// The field grows to show the whole reply, up to the channel's limit
	// (three rows showed part of a 210-character reply): a reply of 280
	// characters, put in as a paste is, shows whole.
	hidden := get(t, trainee, "the reply field's overflow", chromedp.Evaluate[int](`(ta => {
		const typed = ta.value;
		ta.value = typed.repeat(2).slice(0, 280);
		ta.dispatchEvent(new Event('input'));
		const hidden = ta.scrollHeight - ta.clientHeight;
		ta.value = typed;
		ta.dispatchEvent(new Event('input'));
		return hidden;
	})(document.querySelector('textarea.own'))`))
	if hidden > 0 {
		t.Errorf("the reply field hides %d px of a 280-character reply", hidden)
	}
	caretAt := func() int {
		return get(t, trainee, "caret", chromedp.Evaluate[int](`document.querySelector('textarea.own').selectionStart`))
	}
	run(trainee, "Left three times", chromedp.KeyEvent(kb.ArrowLeft+kb.ArrowLeft+kb.ArrowLeft))
	if got, n := caretAt(), len([]rune(reply)); got != n-3 {
		t.Errorf("after Left three times the caret is at %d of %d", got, n)
	}
	run(trainee, "Up", chromedp.KeyEvent(kb.ArrowUp))
	if got := caretAt(); got >= len([]rune(reply))-3 {
		t.Errorf("Up left the caret at %d: it should move up a line of the wrapped reply", got)
	}
	if n := brandPosts(t, trainee); n != scripted {
		t.Fatalf("%d brand posts after typing and arrow keys, want the %d scripted ones: nothing published", n, scripted)
	}
	shot(trainee, "player-4-typing")
	// The DM action posts a reply in public: a click only picks it and
	// shows what it will post; the typed reply is still what goes out.
	run(trainee, "click DM", chromedp.Click(chromedp.CSS(`.actions button[data-act="act:dm"]`)), chromedp.WaitVisible(chromedp.CSS(`.action-pick .action-post`)))
	if post := get(t, trainee, "the DM's post", chromedp.Text(chromedp.CSS(`.action-pick .action-post`))); !strings.Contains(post, "DM") {
		t.Errorf("the picked DM action shows %q, want the reply it posts", post)
	}
	if n := brandPosts(t, trainee); n != scripted {
		t.Fatalf("a click on the DM action published it (%d brand posts, want %d)", n, scripted)
	}
	shot(trainee, "player-4a-dm-picked")
	run(trainee, "back to the reply", chromedp.Focus(chromedp.CSS(`textarea.own`)))
	run(trainee, "publish", chromedp.KeyEvent("\r", chromedp.KeyModifiers(chromedp.ModifierCtrl)))
	if last := get(t, trainee, "the last brand post", chromedp.Evaluate[string](`Array.from(document.querySelectorAll('.feed .post.brand .body')).map(b => b.textContent).find(t => t.includes('Lotte')) || ''`)); !strings.Contains(last, "abonnement recht te zetten") {
		t.Errorf("after picking DM and publishing the typed reply, the feed shows %q, want the typed reply", last)
	}
	deadline := time.Now().Add(3 * time.Minute)
	decisions := 1
	for {
		if time.Now().After(deadline) {
			shot(trainee, "timeout")
			t.Fatal("the round did not reach the debrief in 3 minutes")
		}
		state := get(t, trainee, "state", chromedp.Evaluate[string](`document.querySelector('.debrief') ? 'debrief' :
			(document.querySelector('.choice') ? 'choice:' + document.querySelector('.decision .prompt')?.textContent : 'wait')`))
		if state == "debrief" {
			break
		}
		if strings.HasPrefix(state, "choice") {
			decisions++
			before := brandPosts(t, trainee)
			if decisions == 2 {
				// A click only picks; the button under the choices publishes.
				run(trainee, "click a choice", chromedp.Click(chromedp.CSS(`.choice`)), chromedp.WaitVisible(chromedp.CSS(`.choice.picked`)))
				shot(trainee, "player-4b-picked")
				time.Sleep(time.Second) // the 100 ms tick runs: a publish would show
				if n := brandPosts(t, trainee); n != before {
					t.Fatalf("a click on a choice published it (%d brand posts, were %d)", n, before)
				}
				run(trainee, "publish the pick", chromedp.Click(chromedp.CSS(`.pick-row button`)))
			} else {
				// 1 picks the first choice; Enter on the pick publishes it.
				run(trainee, "pick 1", chromedp.KeyEvent("1"), chromedp.WaitVisible(chromedp.CSS(`.choice.picked`)))
				if n := brandPosts(t, trainee); n != before {
					t.Fatalf("key 1 published a choice (%d brand posts, were %d)", n, before)
				}
				run(trainee, "publish with Enter", chromedp.KeyEvent(kb.Enter))
			}
			run(trainee, "published", chromedp.WaitNotPresent(chromedp.CSS(`.choice.picked`)))
		}
		time.Sleep(300 * time.Millisecond)
	}
	run(trainee, "result sent", chromedp.WaitVisible(chromedp.CSS(`.sent.ok`)))
	shot(trainee, "player-5-debrief")
	// The debrief's chart shows heat and reach, and the round is replayed
	// in 100 worlds beside the real reply.
	lines := get(t, trainee, "chart lines", chromedp.Evaluate[int](`document.querySelectorAll('figure.chart polyline').length`))
	if lines < 4 {
		t.Errorf("the debrief's chart has %d lines, want heat, support, reach and support reach", lines)
	}
	worldsCtx, cancelWorlds := context.WithTimeout(trainee, 3*time.Minute)
	defer cancelWorlds()
	if _, err := chromedp.Run(worldsCtx, chromedp.Poll[bool](`document.querySelector("p.worlds")?.textContent.includes("van 100 werelden")`, chromedp.WithPollingTimeout(3*time.Minute), chromedp.WithPollingInterval(time.Second))); err != nil {
		shot(trainee, "worlds-timeout")
		t.Fatalf("the 100 worlds did not show: %v", err)
	}
	run(trainee, "scroll to the chart", chromedp.ScrollIntoView(chromedp.CSS(`figure.chart`)))
	shot(trainee, "player-5b-debrief-chart")
	run(trainee, "scroll to the worlds", chromedp.ScrollIntoView(chromedp.CSS(`p.worlds`)))
	shot(trainee, "player-5c-debrief-worlds")
	worlds := get(t, trainee, "worlds text", chromedp.Text(chromedp.CSS(`p.worlds`)))
	if !strings.Contains(worlds, "Jouw antwoorden: slechte afloop in") || !strings.Contains(worlds, "Het echte antwoord: slechte afloop in") {
		t.Errorf("the 100 worlds say %q, want the trainee's and the real reply's storms", worlds)
	}
	first := get(t, trainee, "debrief shows the typed reply", chromedp.Text(chromedp.CSS(`.dreply .text`)))
	if !strings.Contains(first, "Ik bel je vandaag nog") {
		t.Errorf("the debrief's first reply is %q, want the typed one", first)
	}

	// The dashboard shows the trainee, escaped, with the result.
	run(trainer, "dashboard shows the result",
		chromedp.WaitVisible(chromedp.Search(`//td[contains(@class,"name")][contains(., "Eva <i>de Vries</i>")]`)),
		chromedp.WaitVisible(chromedp.Search(`//span[contains(@class,"finished")]`)),
		chromedp.WaitVisible(chromedp.CSS(`.board li`)),
	)
	injected := get(t, trainer, "no markup from names", chromedp.Evaluate[bool](`!!document.querySelector('td.name i, .board i, .reply header i')`))
	if injected {
		t.Error("the trainee's name was rendered as HTML")
	}
	run(trainer, "put the typed reply on the projector",
		chromedp.Click(chromedp.CSS(`.reply form button`)),
		chromedp.WaitVisible(chromedp.CSS(`.reply.focused`)),
	)
	run(trainer, "scroll", eval(`window.scrollTo(0, 0)`))
	shot(trainer, "player-6-dashboard")
	nodes := get(t, trainer, "replies side by side", chromedp.Nodes(chromedp.CSSAll(`.reply`)))
	if len(nodes) < 2 {
		t.Errorf("%d replies side by side, want one per decision played (%d)", len(nodes), decisions)
	}
	run(trainer, "scroll to replies", chromedp.ScrollIntoView(chromedp.CSS(`#replies`)))
	shot(trainer, "player-7-dashboard-replies")
	run(trainer, "projector",
		chromedp.Navigate(base+"/trainer/w/"+code+"/projector"),
		chromedp.WaitVisible(chromedp.CSS(`.bigreply blockquote`)),
	)
	big := get(t, trainer, "projector text", chromedp.Text(chromedp.CSS(`.bigreply blockquote`)))
	if !strings.Contains(big, "Ik bel je vandaag nog") {
		t.Errorf("projector shows %q", big)
	}
	shot(trainer, "projector")
	run(trainer, "dashboard in English",
		chromedp.Navigate(base+"/trainer?lang=en&w="+code),
		chromedp.WaitVisible(chromedp.Search(`//h2[contains(., "Leaderboard per scenario")]`)),
	)
	shot(trainer, "dashboard-en")
	run(trainer, "join page in English",
		chromedp.Navigate(base+"/?lang=en"),
		chromedp.WaitVisible(chromedp.Search(`//h1[contains(., "Join the workshop")]`)),
	)
	shot(trainer, "join-en")

	// The export has the round; the store has it committed.
	rs, err := st.Results(ctx, code)
	if err != nil || len(rs) != 1 || rs[0].Attempt.Player != name {
		t.Fatalf("stored results: %v %+v", err, rs)
	}
	req, _ := http.NewRequest("GET", base+"/trainer/w/"+code+"/export.csv", nil)
	req.Header.Set("Authorization", "Bearer "+secret)
	resp, err := http.DefaultClient.Do(req)
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("export: %v %v", err, resp)
	}
	resp.Body.Close()
	t.Logf("a round with %d decisions, grade %s; screenshots in %s", decisions, rs[0].Attempt.Report.Grade, h.shots)
	fmt.Fprintln(os.Stderr, "screenshots:", h.shots)
}

// brandPosts counts the brand's posts in the player's feed: what was
// published.
func brandPosts(t *testing.T, tab context.Context) int {
	t.Helper()
	return get(t, tab, "brand posts", chromedp.Evaluate[int](`document.querySelectorAll('.feed .post.brand').length`))
}

// get runs one action that returns a value.
func get[T any](t *testing.T, c context.Context, what string, a chromedp.Action[T]) T {
	t.Helper()
	v, err := chromedp.Run(c, a)
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	return v
}

// jsList is keys as a JavaScript array of strings.
func jsList(keys []string) string {
	q := make([]string, len(keys))
	for i, k := range keys {
		q[i] = strconv.Quote(k)
	}
	return "[" + strings.Join(q, ",") + "]"
}

// eval runs a script for its effect.
func eval(script string) chromedp.Action[chromedp.Void] {
	return func(ctx context.Context, tg *chromedp.Target) (chromedp.Void, error) {
		_, err := chromedp.Evaluate[*cdpruntime.RemoteObject](script)(ctx, tg)
		return chromedp.Void{}, err
	}
}
