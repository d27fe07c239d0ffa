//go:build !js && !wasip1

package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/webcaresim/webcaresim/assets/i18n"
	"github.com/webcaresim/webcaresim/game/progress"
	"github.com/webcaresim/webcaresim/game/studio"
	"github.com/webcaresim/webcaresim/game/workshop/server"
	"github.com/webcaresim/webcaresim/game/workshop/store"
	"github.com/webcaresim/webcaresim/scenarios"
)

// cmdServe runs the workshop server until interrupted.
func cmdServe(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("serve", stderr)
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on; use 0.0.0.0:8080 to let laptops in the room join")
	storeSpec := fs.String("store", "", "SQLite file, or a PostgreSQL DSN (postgres://…); default: workshops.db in the data folder")
	secret := fs.String("secret", os.Getenv("WEBCARESIM_SECRET"), "the trainer's password for the dashboard (default $WEBCARESIM_SECRET, else a new one is printed)")
	dist := fs.String("dist", "bin/web", "folder with the browser build of the game (make web)")
	certFile := fs.String("tls-cert", "", "serve HTTPS with this certificate (PEM); with --tls-key")
	keyFile := fs.String("tls-key", "", "the certificate's private key (PEM)")
	var extra, proxies multiFlag
	fs.Var(&extra, "scenarios", "also offer scenario files or folders (repeatable)")
	fs.Var(&proxies, "trusted-proxy", "a reverse proxy in front of the server, as an address or network (10.0.0.0/8); only from it is the client's address read from X-Forwarded-For or Forwarded (repeatable; default: none, the headers are ignored)")
	if fs.Parse(args) != nil {
		return 2
	}
	trusted, err := server.ParseTrustedProxies(proxies)
	if err != nil {
		fmt.Fprintln(stderr, i18n.T(envLang(), "cli.serve.bad_proxy", err))
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "webcaresim serve: unexpected %q\n", fs.Arg(0))
		return 2
	}
	if (*certFile == "") != (*keyFile == "") {
		fmt.Fprintln(stderr, i18n.T(envLang(), "cli.serve.tls_pair"))
		return 2
	}
	if *storeSpec == "" {
		dir, err := progress.DefaultDir()
		if err != nil {
			fmt.Fprintln(stderr, "webcaresim serve:", err)
			return 1
		}
		*storeSpec = filepath.Join(dir, "workshops.db")
	}
	newPassword := "" // said once when made for this run
	if *secret == "" {
		*secret = server.NewSecret()
		newPassword = *secret
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	st, err := store.Open(ctx, *storeSpec)
	if err != nil {
		fmt.Fprintln(stderr, "webcaresim serve:", err)
		return 1
	}
	defer func() {
		if err := st.Close(); err != nil {
			fmt.Fprintln(stderr, "webcaresim serve: closing the store:", err)
		}
	}()
	log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintln(stderr, "webcaresim serve:", err)
		return 1
	}
	join := lanURL(ln.Addr(), *certFile != "")
	// The trainer's studio edits the data folder's scenarios/, which this
	// server loads again on every save there and on every file changed by
	// hand, so a new case can be chosen for a workshop at once.
	var srv *server.Server
	studioH, paths := serveStudio(*dist, log, stderr, func() { srv.ReloadScenarios() })
	reload := func() scenarios.Set { return loadScenarios(extra, stderr) }
	srv, err = server.New(ctx, server.Config{Store: st, Secret: *secret, Scenarios: reload(), Dist: *dist, Log: log, JoinURL: join,
		Studio: studioH, Reload: reload, Watch: append(paths, extra...), TrustedProxies: trusted})
	if err != nil {
		_ = ln.Close() // nothing was served on it; the error that matters follows
		fmt.Fprintln(stderr, "webcaresim serve:", err)
		return 1
	}
	hs := server.HTTPServer(*addr, srv.Handler())
	announce(stdout, ln.Addr(), join, *addr, st.Kind(), *storeSpec, *certFile != "", newPassword)
	return serveUntilStopped(ctx, hs, ln, *certFile, *keyFile, stdout, stderr)
}

// serveStudio makes the trainer's studio on the data folder's scenarios/
// (nil when there is no data folder) and returns it with the folders the
// server watches; saved is called after every save.
func serveStudio(dist string, log *slog.Logger, stderr io.Writer, saved func()) (http.Handler, []string) {
	data, err := progress.DefaultDir()
	if err != nil {
		return nil, nil
	}
	dir := filepath.Join(data, "scenarios")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		fmt.Fprintln(stderr, "webcaresim serve:", err)
	}
	return studio.New(studio.Config{Folder: &studio.Folder{Dir: dir}, Base: server.StudioPath, Dist: dist, Log: log,
		Saved: func(string) { saved() }}), []string{dir}
}

// announce says where the server listens, where trainees, trainer and
// studio go, the trainer's password when it is new for this run, and who
// can connect.
func announce(stdout io.Writer, at net.Addr, join, addr, storeKind, storeSpec string, tls bool, newPassword string) {
	where := storeSpec
	if storeKind == "postgres" {
		where = "PostgreSQL"
	}
	scheme := "http"
	if tls {
		scheme = "https"
	}
	url := scheme + "://" + at.String()
	lang := envLang()
	fmt.Fprintln(stdout, i18n.T(lang, "cli.serve.banner", url, where))
	if join == "" {
		join = url + "/"
	}
	fmt.Fprintln(stdout, i18n.T(lang, "cli.serve.where", join, url, url, server.StudioPath))
	if newPassword != "" {
		fmt.Fprintln(stdout, i18n.T(lang, "cli.serve.password", newPassword))
	}
	if strings.HasPrefix(addr, "127.") || strings.HasPrefix(addr, "localhost") {
		fmt.Fprintln(stdout, i18n.T(lang, "cli.serve.loopback"))
	} else if !tls {
		fmt.Fprintln(stdout, i18n.T(lang, "cli.serve.plain_http"))
	}
}

// serveUntilStopped serves on ln (HTTPS with a certificate) until the
// server fails or ctx ends, then lets open requests finish.
func serveUntilStopped(ctx context.Context, hs *http.Server, ln net.Listener, certFile, keyFile string, stdout, stderr io.Writer) int {
	errc := make(chan error, 1)
	go func() {
		if certFile != "" {
			errc <- hs.ServeTLS(ln, certFile, keyFile)
			return
		}
		errc <- hs.Serve(ln)
	}()
	select {
	case err := <-errc:
		if !errors.Is(err, http.ErrServerClosed) {
			fmt.Fprintln(stderr, "webcaresim serve:", err)
			return 1
		}
	case <-ctx.Done():
		fmt.Fprintln(stdout, i18n.T(envLang(), "cli.serve.stopping"))
		sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if err := hs.Shutdown(sctx); err != nil {
			fmt.Fprintln(stderr, "webcaresim serve: stopping:", err)
			return 1
		}
	}
	return 0
}

// lanURL is the address laptops in the room use when the server listens on
// every interface (0.0.0.0 or ::): the first private IPv4 address of this
// computer. Empty otherwise.
func lanURL(a net.Addr, tls bool) string {
	ta, ok := a.(*net.TCPAddr)
	if !ok || !ta.IP.IsUnspecified() {
		return ""
	}
	addrs, err := net.InterfaceAddrs()
	if err != nil {
		return ""
	}
	for _, x := range addrs {
		if ipn, ok := x.(*net.IPNet); ok && ipn.IP.To4() != nil && ipn.IP.IsPrivate() {
			scheme := "http"
			if tls {
				scheme = "https"
			}
			return fmt.Sprintf("%s://%s:%d/", scheme, ipn.IP, ta.Port)
		}
	}
	return ""
}
