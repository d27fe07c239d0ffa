// Package assets holds what the game window embeds: its fonts (and, in
// assets/i18n, the message catalogues of every face). Embedding keeps the game a single binary with no files
// beside it, which is how trainers hand it out in workshops.
package assets

import "embed"

// FS holds the subset fonts (fonts/*.subset.ttf, see below). The message
// catalogues are package assets/i18n.
//
//go:embed fonts/*.subset.ttf
var FS embed.FS

// Regular, Bold and Symbols are the fonts the window draws all text with,
// cut down by scripts/subset-fonts.sh to the characters the product's own
// texts use plus ordinary Dutch and English typing (143 KB instead of
// 4.6 MB: every trainee's browser downloads them). DejaVu Sans
// (fonts/LICENSE-DejaVu.txt) covers Latin, Greek, Cyrillic, Hebrew, Arabic
// and the common symbols; Symbola (free for any use, fonts/LICENSE-Symbola.txt)
// is the fallback for emoji and symbols DejaVu lacks.
const (
	Regular = "fonts/DejaVuSans.subset.ttf"
	Bold    = "fonts/DejaVuSans-Bold.subset.ttf"
	Symbols = "fonts/Symbola.subset.ttf"
)

// FullRegular, FullBold and FullSymbols are the whole fonts the subsets are
// cut from. The window loads them only when a text has a character the
// subsets lack (what a trainee types or pastes, a scenario file from disk):
// the desktop build embeds them (FullFS), the browser build fetches them
// from the workshop server, which serves them from the browser build's
// fonts/ folder (make web).
const (
	FullRegular = "fonts/DejaVuSans.ttf"
	FullBold    = "fonts/DejaVuSans-Bold.ttf"
	FullSymbols = "fonts/Symbola.ttf"
)
