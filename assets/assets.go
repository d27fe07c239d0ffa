// Package assets holds what the game window embeds: fonts and the UI
// message catalogs. Embedding keeps the game a single binary with no files
// beside it, which is how trainers hand it out in workshops.
package assets

import "embed"

// FS holds fonts/ (DejaVu Sans, see fonts/LICENSE-DejaVu.txt) and i18n/
// (one TOML table of messages per language).
//
//go:embed fonts/*.ttf i18n/*.toml
var FS embed.FS

// Regular and Bold are the font files the window draws all text with:
// DejaVu Sans covers Dutch and other Latin scripts, Greek, Cyrillic, Hebrew,
// Arabic and the common symbols.
const (
	Regular = "fonts/DejaVuSans.ttf"
	Bold    = "fonts/DejaVuSans-Bold.ttf"
	// Symbols is the fallback for emoji and symbols DejaVu lacks
	// (Symbola, free for any use; see fonts/LICENSE-Symbola.txt).
	Symbols = "fonts/Symbola.ttf"
)
