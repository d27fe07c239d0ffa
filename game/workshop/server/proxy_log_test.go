package server_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/game/workshop/server"
	"github.com/webcaresim/webcaresim/game/workshop/store"
	"github.com/webcaresim/webcaresim/scenarios"
)

// proxied is a reverse proxy's hop: it appends the address it saw.
type proxied struct{ client string }

func (p proxied) RoundTrip(r *http.Request) (*http.Response, error) {
	r = r.Clone(r.Context())
	r.Header.Set("X-Forwarded-For", "6.6.6.6, "+p.client) // what the browser forged, then what the proxy saw
	return http.DefaultTransport.RoundTrip(r)
}

// Behind a reverse proxy the control log named the proxy's address (here
// 127.0.0.1) for every trainer. With the proxy trusted (serve
// --trusted-proxy) it names the trainer's, as the proxy saw it, never the
// address the browser wrote itself; without it, the proxy's as before.
func TestTheControlLogNamesTheTrainerBehindATrustedProxy(t *testing.T) {
	for _, trust := range []bool{true, false} {
		ctx := context.Background()
		st, err := store.Open(ctx, t.TempDir()+"/w.db")
		if err != nil {
			t.Fatal(err)
		}
		cfg := server.Config{Store: st, Secret: secret, Scenarios: scenarios.Builtin()}
		if trust {
			cfg.TrustedProxies, _ = server.ParseTrustedProxies([]string{"127.0.0.1"})
		}
		srv, err := server.New(ctx, cfg)
		if err != nil {
			t.Fatal(err)
		}
		ts := httptest.NewServer(srv.Handler())
		e := &env{t: t, ts: ts, st: st, web: newJarClient(), base: ts.URL}
		e.web.Transport = proxied{client: "203.0.113.7"}
		e.login()
		code := e.workshop()
		log := strings.Join(e.controlLog(code, "en"), " ")
		want, not := "203.0.113.7", "127.0.0.1"
		if !trust {
			want, not = not, want
		}
		if !strings.Contains(log, "from "+want) || strings.Contains(log, not) || strings.Contains(log, "6.6.6.6") {
			t.Errorf("proxy trusted %v: the control log reads %q, want the address %s", trust, log, want)
		}
		e.stop()
	}
}
