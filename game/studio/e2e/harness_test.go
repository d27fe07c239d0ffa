// Package e2e drives the scenario studio in headless Chromium: writing a
// case from scratch and playing it in the browser build of the game,
// importing a pasted thread, the map with an unreachable decision, and
// autosave surviving a closed tab. Screenshots in Dutch and English go to
// $WEBCARESIM_SHOTS/studio (default shots/web/studio).
//
//	WEBCARESIM_E2E=1 go test -v ./game/studio/e2e/      (scripts/test-web.sh does this)
package e2e

import (
	"context"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	cdpruntime "github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/webcaresim/webcaresim/game/studio"
	"github.com/webcaresim/webcaresim/game/workshop/server"
)

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

// dist is the browser build of the game: $WEBCARESIM_DIST (make web), or
// built by the test.
func dist(t *testing.T) string {
	t.Helper()
	if d := os.Getenv("WEBCARESIM_DIST"); d != "" {
		return d
	}
	d := t.TempDir()
	cmd := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-o", filepath.Join(d, "webcaresim.wasm"), "./cmd/webcaresim")
	cmd.Dir = repoRoot()
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("building the game for the browser: %v\n%s", err, out)
	}
	goroot, _ := exec.Command("go", "env", "GOROOT").Output()
	js, err := os.ReadFile(filepath.Join(strings.TrimSpace(string(goroot)), "lib", "wasm", "wasm_exec.js"))
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(d, "wasm_exec.js"), js, 0o644)
	return d
}

// harness is the studio on 127.0.0.1 over a folder of cases, and a
// headless Chromium.
type harness struct {
	t     *testing.T
	base  string // the studio's address, ending in /studio
	dir   string // the cases' folder
	actx  context.Context
	first context.Context // the first tab
	shots string
}

func newHarness(t *testing.T, withGame bool) *harness {
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
	shots = filepath.Join(shots, "studio")
	os.MkdirAll(shots, 0o755)
	distDir := ""
	if withGame {
		distDir = dist(t)
	}
	dir := t.TempDir()
	h := studio.New(studio.Config{Folder: &studio.Folder{Dir: dir}, Base: "/studio", Dist: distDir, LoopbackOnly: true})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	hs := server.HTTPServer(ln.Addr().String(), h)
	hs.WriteTimeout = 5 * time.Minute
	go hs.Serve(ln)
	t.Cleanup(func() { hs.Close() })

	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(exe),
		chromedp.Flag("headless", true), chromedp.NoSandbox,
		chromedp.Flag("enable-unsafe-swiftshader", true), chromedp.Flag("use-angle", "swiftshader"),
		chromedp.Flag("disable-quic", true), chromedp.NoFirstRun, chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("disable-popup-blocking", true),
		chromedp.UserDataDir(t.TempDir()), chromedp.WindowSize(1500, 1000),
	}
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancelA)
	first, cancelF := chromedp.NewContext(actx)
	t.Cleanup(cancelF)
	if err := chromedp.Do(first); err != nil {
		t.Fatal(err)
	}
	hr := &harness{t: t, base: "http://" + ln.Addr().String() + "/studio", dir: dir, actx: actx, first: first, shots: shots}
	hr.listen(first)
	return hr
}

// newTab opens another tab in the same browser (its storage is shared).
func (h *harness) newTab() (context.Context, context.CancelFunc) {
	h.t.Helper()
	tab, cancel := chromedp.NewContext(h.first)
	if err := chromedp.Do(tab); err != nil {
		h.t.Fatal(err)
	}
	h.listen(tab)
	return tab, cancel
}

// listen logs the page's console and its errors to the test.
func (h *harness) listen(tab context.Context) {
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
			t.Errorf("exception in the page: %s %v", ev.ExceptionDetails.Text, ev.ExceptionDetails.Exception.Description)
		}
	})
}

func (h *harness) shot(c context.Context, name string) {
	h.t.Helper()
	png, err := chromedp.Run(c, chromedp.FullScreenshot(90))
	if err != nil {
		h.t.Fatalf("screenshot %s: %v", name, err)
	}
	ext := ".jpg"
	if err := os.WriteFile(filepath.Join(h.shots, name+ext), png, 0o644); err != nil {
		h.t.Fatal(err)
	}
}

// shotView saves what is in the window (not the whole page).
func (h *harness) shotView(c context.Context, name string) {
	h.t.Helper()
	png, err := chromedp.Run(c, chromedp.CaptureScreenshot())
	if err != nil {
		h.t.Fatalf("screenshot %s: %v", name, err)
	}
	os.WriteFile(filepath.Join(h.shots, name+".png"), png, 0o644)
}

func (h *harness) run(c context.Context, what string, actions ...chromedp.Action[chromedp.Void]) {
	h.t.Helper()
	sc, cancel := context.WithTimeout(c, 45*time.Second)
	defer cancel()
	if err := chromedp.Do(sc, actions...); err != nil {
		page, _ := chromedp.Run(c, chromedp.Evaluate[string](`location.href + "\n" + document.body.innerText.slice(0, 3000)`))
		h.shotView(c, "failed")
		h.t.Fatalf("%s: %v\npage: %s", what, err, page)
	}
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

// field is the CSS selector of a form control: path as the checker names
// it, lang nl, en or both.
func field(path, lang string) string {
	return `[data-path="` + path + `"][data-lang="` + lang + `"]`
}

// fill sets a form control's value as typing would (one input event), so
// long texts do not take a key event per character.
func fill(path, lang, value string) chromedp.Action[chromedp.Void] {
	return eval(`(function(){var e=document.querySelector(` + jsString(field(path, lang)) + `);
		if(!e) throw new Error("no field ` + path + ` ` + lang + `");
		e.focus(); e.value=` + jsString(value) + `; e.dispatchEvent(new Event(e.tagName==="SELECT"?"change":"input",{bubbles:true}));})()`)
}

// choose picks an option of a select bound to a shared value.
func choose(path, value string) chromedp.Action[chromedp.Void] {
	return fill(path, "both", value)
}

func jsString(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`, "\r", "", "<", `\x3c`)
	return `"` + r.Replace(s) + `"`
}

// waitText waits until the element's text contains want.
func waitText(sel, want string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := chromedp.Poll[bool](`(function(){var e=document.querySelector(`+jsString(sel)+`);return !!e && e.textContent.indexOf(`+jsString(want)+`)>=0;})()`, chromedp.WithPollingTimeout(40*time.Second))(ctx, tg)
		return err
	})
}

// clickID clicks the element with this id from inside the page. A
// chromedp.Click looks the node up and then clicks it in two round trips, and
// a panel re-rendered in between (the save reloads the case) leaves it holding
// a node that is gone: "Could not find node with given id".
func clickID(id string) chromedp.Action[chromedp.Void] {
	return eval(`(function(){var b=document.getElementById(` + jsString(id) + `);
		if(!b) throw new Error("no element #` + id + `");
		b.click();})()`)
}

// clickText clicks the button inside the element sel whose text is text.
func clickText(sel, text string) chromedp.Action[chromedp.Void] {
	return eval(`(function(){var b=Array.from(document.querySelectorAll(` + jsString(sel+" button") + `)).filter(function(b){return b.textContent.trim()===` + jsString(text) + `;});
		if(!b.length) throw new Error("no button ` + text + `");
		b[b.length-1].click();})()`)
}
