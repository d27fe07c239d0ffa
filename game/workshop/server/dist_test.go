package server_test

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"

	"github.com/webcaresim/webcaresim/game/workshop/server"
	"github.com/webcaresim/webcaresim/game/workshop/store"
	"github.com/webcaresim/webcaresim/scenarios"
)

// A trainee's browser gets the browser build in the smallest form it
// accepts: brotli, else gzip, else as it is; and nothing else from the
// build folder.
func TestBrowserBuildIsServedPreCompressed(t *testing.T) {
	dist := t.TempDir()
	files := map[string]string{
		"webcaresim.wasm": "raw wasm", "webcaresim.wasm.gz": "gzip wasm", "webcaresim.wasm.br": "brotli wasm",
		"wasm_exec.js": "raw js", "wasm_exec.js.gz": "gzip js",
		"fonts/DejaVuSans.ttf": "raw font", "fonts/DejaVuSans.ttf.br": "brotli font",
		"secret.txt": "not for trainees",
	}
	for name, body := range files {
		path := filepath.Join(dist, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "w.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	srv, err := server.New(ctx, server.Config{Store: st, Secret: secret, Scenarios: scenarios.Builtin(), Dist: dist})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	defer ts.Close()
	// A transport that leaves Accept-Encoding as the test sets it.
	c := &http.Client{Transport: &http.Transport{DisableCompression: true}}

	for _, tc := range []struct {
		path, accept          string
		status                int
		body, encoding, ctype string
	}{
		{"/dist/webcaresim.wasm", "gzip, deflate, br, zstd", 200, "brotli wasm", "br", "application/wasm"},
		{"/dist/webcaresim.wasm", "gzip, deflate", 200, "gzip wasm", "gzip", "application/wasm"},
		{"/dist/webcaresim.wasm", "br;q=0, gzip;q=0.8", 200, "gzip wasm", "gzip", "application/wasm"},
		{"/dist/webcaresim.wasm", "", 200, "raw wasm", "", "application/wasm"},
		{"/dist/webcaresim.wasm", "*", 200, "brotli wasm", "br", "application/wasm"},
		{"/dist/wasm_exec.js", "br, gzip", 200, "gzip js", "gzip", "text/javascript; charset=utf-8"},
		{"/dist/fonts/DejaVuSans.ttf", "br", 200, "brotli font", "br", "font/ttf"},
		{"/dist/fonts/DejaVuSans.ttf", "gzip", 200, "raw font", "", "font/ttf"},
		{"/dist/fonts/Symbola.ttf", "br", 404, "", "", ""},
		{"/dist/secret.txt", "", 404, "", "", ""},
		{"/dist/fonts/..%2Fsecret.txt", "", 404, "", "", ""},
	} {
		req, _ := http.NewRequest("GET", ts.URL+tc.path, nil)
		if tc.accept != "" {
			req.Header.Set("Accept-Encoding", tc.accept)
		}
		resp, err := c.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != tc.status {
			t.Errorf("%s (%q): status %d, want %d", tc.path, tc.accept, resp.StatusCode, tc.status)
			continue
		}
		if tc.status != 200 {
			continue
		}
		if string(body) != tc.body || resp.Header.Get("Content-Encoding") != tc.encoding || resp.Header.Get("Content-Type") != tc.ctype {
			t.Errorf("%s (%q): got %q encoded %q as %q, want %q encoded %q as %q", tc.path, tc.accept,
				body, resp.Header.Get("Content-Encoding"), resp.Header.Get("Content-Type"), tc.body, tc.encoding, tc.ctype)
		}
		if resp.Header.Get("Vary") != "Accept-Encoding" {
			t.Errorf("%s: no Vary: Accept-Encoding, so a cache could hand brotli to a browser without it", tc.path)
		}
	}
}
