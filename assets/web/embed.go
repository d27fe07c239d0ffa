// Package web holds the workshop server's pages: the html/template files,
// the style sheet and the small scripts (no build step), embedded in the
// program. The browser build of the game goes to bin/web (make web), which
// the server reads from disk.
package web

import "embed"

// Templates are the page templates (templates/*.html).
//
//go:embed templates/*.html
var Templates embed.FS

// Static are the files served under /static/.
//
//go:embed static
var Static embed.FS
