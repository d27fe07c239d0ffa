package server

import (
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// distFiles are the files of the browser build (make web) the server hands
// out, with their types: the game, Go's loader for it, and the full fonts
// the game fetches only when a trainee types a character its subset fonts
// lack (game/fonts.go).
var distFiles = map[string]string{
	"webcaresim.wasm":           "application/wasm",
	"wasm_exec.js":              "text/javascript; charset=utf-8",
	"fonts/DejaVuSans.ttf":      "font/ttf",
	"fonts/DejaVuSans-Bold.ttf": "font/ttf",
	"fonts/Symbola.ttf":         "font/ttf",
}

// distEncodings are the pre-compressed siblings make web writes, best
// first: brotli is about a quarter smaller than gzip on the game, which a
// room of trainees on one Wi-Fi downloads at once.
var distEncodings = []struct{ name, suffix string }{{"br", ".br"}, {"gzip", ".gz"}}

// dist serves the browser build from the Dist folder: only distFiles, each
// as the best pre-compressed sibling the browser accepts, else as it is.
func (s *Server) dist(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("file")
	if strings.HasPrefix(r.URL.Path, "/dist/fonts/") {
		name = "fonts/" + name
	}
	ctype, ok := distFiles[name]
	if !ok || s.cfg.Dist == "" {
		http.NotFound(w, r)
		return
	}
	path := filepath.Join(s.cfg.Dist, filepath.FromSlash(name))
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("Vary", "Accept-Encoding")
	for _, enc := range distEncodings {
		if !acceptsEncoding(r.Header.Get("Accept-Encoding"), enc.name) {
			continue
		}
		if _, err := os.Stat(path + enc.suffix); err == nil {
			w.Header().Set("Content-Encoding", enc.name)
			path += enc.suffix
			break
		}
	}
	w.Header().Set("Cache-Control", "no-cache")
	f, err := os.Open(path)
	if err != nil {
		w.Header().Del("Content-Encoding")
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		s.log.Error("browser build", "err", err)
		refuse(w, r, http.StatusInternalServerError, "dist")
		return
	}
	http.ServeContent(w, r, "", st.ModTime(), f)
}

// acceptsEncoding reports whether an Accept-Encoding header allows enc:
// named (or "*") with a quality above zero.
func acceptsEncoding(header, enc string) bool {
	star := false
	for _, part := range strings.Split(header, ",") {
		token, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		q := 1.0
		for _, p := range strings.Split(params, ";") {
			if k, v, ok := strings.Cut(strings.TrimSpace(p), "="); ok && strings.EqualFold(k, "q") {
				if f, err := strconv.ParseFloat(v, 64); err == nil {
					q = f
				}
			}
		}
		switch {
		case strings.EqualFold(token, enc):
			return q > 0
		case token == "*":
			star = q > 0
		}
	}
	return star
}
