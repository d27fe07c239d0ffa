//go:build !js && !wasip1

package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/webcaresim/webcaresim/assets/i18n"
	"github.com/webcaresim/webcaresim/game/progress"
	"github.com/webcaresim/webcaresim/game/studio"
	"github.com/webcaresim/webcaresim/game/workshop/server"
)

// cmdStudio runs the scenario studio on loopback and opens it in the
// default browser.
func cmdStudio(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("studio", stderr)
	dir := fs.String("scenarios", "", "the folder of cases to edit (default: scenarios/ in the data folder, which the game loads too)")
	addr := fs.String("addr", "127.0.0.1:0", "loopback address to listen on (port 0: any free port)")
	dist := fs.String("dist", "bin/web", "folder with the browser build of the game (make web), for 'try it now'")
	noBrowser := fs.Bool("no-browser", false, "only print the address; do not open a browser")
	rubric := fs.String("rubric", "", "a rubric file that replaces the built-in one")
	if fs.Parse(args) != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "webcaresim studio: unexpected %q\n", fs.Arg(0))
		return 2
	}
	if *dir == "" {
		data, err := progress.DefaultDir()
		if err != nil {
			fmt.Fprintln(stderr, "webcaresim studio:", err)
			return 1
		}
		*dir = filepath.Join(data, "scenarios")
	}
	if err := os.MkdirAll(*dir, 0o755); err != nil {
		fmt.Fprintln(stderr, "webcaresim studio:", err)
		return 1
	}
	rb, err := loadRubric(*rubric)
	if err != nil {
		fmt.Fprintln(stderr, "webcaresim studio:", err)
		return 1
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintln(stderr, "webcaresim studio:", err)
		return 1
	}
	if ta, ok := ln.Addr().(*net.TCPAddr); !ok || !ta.IP.IsLoopback() {
		_ = ln.Close() // nothing was served on it; the error that matters follows
		fmt.Fprintln(stderr, i18n.T(envLang(), "cli.studio.loopback_only"))
		return 2
	}
	h := studio.New(studio.Config{Folder: &studio.Folder{Dir: *dir}, Rubric: rb, Base: "/studio", Dist: *dist, LoopbackOnly: true})
	mux := http.NewServeMux()
	mux.Handle("/studio/", h)
	mux.Handle("/{$}", http.RedirectHandler("/studio/", http.StatusSeeOther))
	hs := server.HTTPServer(*addr, mux)
	hs.ReadTimeout, hs.WriteTimeout = time.Minute, 2*time.Minute // replaying every path of a big case takes a while
	url := "http://" + ln.Addr().String() + "/studio/"
	fmt.Fprintln(stdout, i18n.T(envLang(), "cli.studio.banner", url, *dir))
	if !*noBrowser {
		openBrowser(url, stdout)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		if !errors.Is(err, http.ErrServerClosed) {
			fmt.Fprintln(stderr, "webcaresim studio:", err)
			return 1
		}
	case <-ctx.Done():
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		if err := hs.Shutdown(sctx); err != nil {
			fmt.Fprintln(stderr, "webcaresim studio: stopping:", err)
			return 1
		}
	}
	return 0
}

// openBrowser opens url with xdg-open when there is one (the desktop's
// default browser); otherwise the printed address is the way in.
func openBrowser(url string, stdout io.Writer) {
	path, err := exec.LookPath("xdg-open")
	if err != nil {
		fmt.Fprintln(stdout, i18n.T(envLang(), "cli.studio.open"))
		return
	}
	cmd := exec.Command(path, url)
	if err := cmd.Start(); err != nil {
		fmt.Fprintln(stdout, i18n.T(envLang(), "cli.studio.open"))
		return
	}
	// Reap the opener when it exits; how it exits is the desktop's
	// business, the address is printed either way.
	go func() { _ = cmd.Wait() }()
}
