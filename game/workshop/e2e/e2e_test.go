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
	"strings"
	"testing"
	"time"

	cdpruntime "github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

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
	srv, err := server.New(ctx, server.Config{Store: st, Secret: secret, Scenarios: scenarios.Builtin(), Dist: distDir})
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
	h.run(h.trainer, "trainer login",
		chromedp.Navigate(h.base+"/trainer?lang=nl"),
		chromedp.WaitVisible(chromedp.CSS(`#secret`)),
		chromedp.SendKeys(chromedp.CSS(`#secret`), secret),
		chromedp.Submit(chromedp.CSS(`#secret`)),
		chromedp.WaitVisible(chromedp.CSS(`#title`)),
		chromedp.SendKeys(chromedp.CSS(`#title`), "Onboarding groep 3"),
		eval(`document.querySelectorAll('details.new input[name=scenario]').forEach(c => c.checked = c.value === 'sanoma-juf/nl')`),
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

	// Play with the keyboard: 1 picks the scenario; at the first decision T
	// and a typed reply, Ctrl+Enter publishes; later decisions take 1.
	run(trainee, "pick the scenario", chromedp.KeyEvent("1"), chromedp.WaitVisible(chromedp.CSS(`.choice`)))
	shot(trainee, "player-3-decision")
	reply := "Hoi Dorien, sorry! Je hebt helemaal gelijk: je schreef al gebeld, dat lazen wij verkeerd. Ik bel je vandaag nog om je abonnement recht te zetten. ^Lotte"
	run(trainee, "type a reply",
		chromedp.KeyEvent("t"),
		chromedp.WaitReady(chromedp.CSS(`textarea.own:focus`)),
		chromedp.SendKeys(chromedp.CSS(`textarea.own`), reply),
	)
	shot(trainee, "player-4-typing")
	run(trainee, "publish", chromedp.KeyEvent("\r", chromedp.KeyModifiers(chromedp.ModifierCtrl)))
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
			run(trainee, "choose", chromedp.KeyEvent("1"))
		}
		time.Sleep(300 * time.Millisecond)
	}
	run(trainee, "result sent", chromedp.WaitVisible(chromedp.CSS(`.sent.ok`)))
	shot(trainee, "player-5-debrief")
	typed := get(t, trainee, "debrief shows the typed reply", chromedp.Text(chromedp.CSS(`.dreply .text`)))
	if !strings.Contains(typed, "Ik bel je vandaag nog") {
		t.Errorf("the debrief's first reply is %q, want the typed one", typed)
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

// get runs one action that returns a value.
func get[T any](t *testing.T, c context.Context, what string, a chromedp.Action[T]) T {
	t.Helper()
	v, err := chromedp.Run(c, a)
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	return v
}

// eval runs a script for its effect.
func eval(script string) chromedp.Action[chromedp.Void] {
	return func(ctx context.Context, tg *chromedp.Target) (chromedp.Void, error) {
		_, err := chromedp.Evaluate[*cdpruntime.RemoteObject](script)(ctx, tg)
		return chromedp.Void{}, err
	}
}
