package ui

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Line is one wrapped line: the bytes [Start, End) of the wrapped string.
type line struct {
	Start, End int
}

type wrapKey struct {
	s     string
	face  Face
	width int
}

// wrapCache keeps recent wrappings: the feed redraws the same posts every
// frame and measuring text is the costly part of drawing it.
var wrapCache = map[wrapKey][]line{}

// Wrap breaks s into lines no wider than width pixels: at newlines, at
// spaces, and inside a word only when the word alone is too wide (a URL,
// a 10,000-letter paste). Offsets refer to s, so a text field can map its
// caret onto the lines.
func Wrap(s string, f Face, width int) []line {
	key := wrapKey{s, f, width}
	if ls, ok := wrapCache[key]; ok {
		return ls
	}
	var out []line
	start := 0
	for {
		nl := strings.IndexByte(s[start:], '\n')
		end := len(s)
		if nl >= 0 {
			end = start + nl
		}
		out = wrapParagraph(s, start, end, f, float64(width), out)
		if nl < 0 {
			break
		}
		start = end + 1
	}
	if len(wrapCache) > 2048 {
		clear(wrapCache)
	}
	wrapCache[key] = out
	return out
}

func wrapParagraph(s string, start, end int, f Face, width float64, out []line) []line {
	if start == end {
		return append(out, line{start, end})
	}
	for start < end {
		// Fast path: the rest fits.
		if TextWidth(s[start:end], f) <= width {
			return append(out, line{start, end})
		}
		brk := fitPrefix(s, start, end, f, width)
		// Prefer the last space within the fitting prefix.
		if sp := strings.LastIndexFunc(s[start:brk], unicode.IsSpace); sp > 0 && brk < end {
			brk = start + sp
			out = append(out, line{start, brk})
			_, n := utf8.DecodeRuneInString(s[brk:])
			start = brk + n
			continue
		}
		out = append(out, line{start, brk})
		start = brk
	}
	return out
}

// fitPrefix returns the largest rune boundary b in (start, end] with
// s[start:b] no wider than width, and at least one rune so wrapping always
// moves on. It searches the rune boundaries by bisection: measuring is the
// costly part, and a long paste has thousands of them.
func fitPrefix(s string, start, end int, f Face, width float64) int {
	bounds := make([]int, 0, end-start)
	for i := range s[start:end] {
		if i > 0 {
			bounds = append(bounds, start+i)
		}
	}
	bounds = append(bounds, end)
	// Find the last index whose prefix fits; bounds[0] always counts.
	lo, hi := 0, len(bounds)-1
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if TextWidth(s[start:bounds[mid]], f) <= width {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return bounds[lo]
}

// LineHeight is the distance between baselines for a face.
func LineHeight(f Face) float64 {
	m := f.Metrics()
	return (m.HAscent + m.HDescent + m.HLineGap) * 1.05
}
