package ui

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/go-text/typesetting/segmenter"
)

// maxFieldRunes bounds a text field: far above any channel's limit, so a
// long paste is kept and counted (and refused at publishing), while a
// runaway paste cannot make every frame slow.
const maxFieldRunes = 20000

// editor is the text and selection of a text field, without any drawing.
// Offsets are byte offsets into text, always on rune boundaries.
type editor struct {
	text      string
	caret     int
	anchor    int // the other end of the selection; == caret when none
	multiline bool
}

func (e *editor) selection() (int, int) {
	return min(e.caret, e.anchor), max(e.caret, e.anchor)
}

func (e *editor) hasSelection() bool { return e.caret != e.anchor }

func (e *editor) selectedText() string {
	a, b := e.selection()
	return e.text[a:b]
}

func (e *editor) setText(s string) {
	e.text, e.caret, e.anchor = "", 0, 0
	e.insert(s)
}

// insert replaces the selection with s, dropping what a reply cannot hold:
// control characters (a newline only in a multi-line field), invalid UTF-8,
// and anything past maxFieldRunes.
func (e *editor) insert(s string) {
	s = strings.ToValidUTF8(s, "")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\n' || r == '\r':
			if e.multiline {
				b.WriteByte('\n')
			} else {
				b.WriteByte(' ')
			}
		case r == '\t':
			b.WriteByte(' ')
		case unicode.IsControl(r):
		default:
			b.WriteRune(r)
		}
	}
	s = b.String()
	a, z := e.selection()
	room := maxFieldRunes - utf8.RuneCountInString(e.text) + utf8.RuneCountInString(e.text[a:z])
	if n := utf8.RuneCountInString(s); n > room {
		s = truncateRunes(s, max(room, 0))
	}
	e.text = e.text[:a] + s + e.text[z:]
	e.caret = a + len(s)
	e.anchor = e.caret
}

func truncateRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

// backspace deletes the selection, or the rune (word with word) before
// the caret.
func (e *editor) backspace(word bool) {
	if !e.hasSelection() {
		if word {
			e.anchor = e.wordLeft(e.caret)
		} else {
			e.anchor = e.charLeft(e.caret)
		}
	}
	e.insert("")
}

// del deletes the selection, or the rune (word) after the caret.
func (e *editor) del(word bool) {
	if !e.hasSelection() {
		if word {
			e.anchor = e.wordRight(e.caret)
		} else {
			e.anchor = e.charRight(e.caret)
		}
	}
	e.insert("")
}

// moveTo puts the caret at i, extending the selection when extend is set.
func (e *editor) moveTo(i int, extend bool) {
	e.caret = i
	if !extend {
		e.anchor = i
	}
}

func (e *editor) left(word, extend bool) {
	if e.hasSelection() && !extend {
		a, _ := e.selection()
		e.moveTo(a, false)
		return
	}
	if word {
		e.moveTo(e.wordLeft(e.caret), extend)
	} else {
		e.moveTo(e.charLeft(e.caret), extend)
	}
}

func (e *editor) right(word, extend bool) {
	if e.hasSelection() && !extend {
		_, z := e.selection()
		e.moveTo(z, false)
		return
	}
	if word {
		e.moveTo(e.wordRight(e.caret), extend)
	} else {
		e.moveTo(e.charRight(e.caret), extend)
	}
}

// home goes to the start of the line (of the text with all).
func (e *editor) home(all, extend bool) {
	i := 0
	if !all {
		i = strings.LastIndexByte(e.text[:e.caret], '\n') + 1
	}
	e.moveTo(i, extend)
}

// end goes to the end of the line (of the text with all).
func (e *editor) end(all, extend bool) {
	i := len(e.text)
	if !all {
		if n := strings.IndexByte(e.text[e.caret:], '\n'); n >= 0 {
			i = e.caret + n
		}
	}
	e.moveTo(i, extend)
}

func (e *editor) selectAll() { e.anchor, e.caret = 0, len(e.text) }

// charLeft is where the character before offset i starts. A character is
// what the trainee sees as one (a grapheme cluster): an emoji made of several
// code points (👩‍💻, 🇳🇱, 👍🏽) or a letter with a combining accent. Backspace
// and the arrows went through them code point by code point, and left half an
// emoji in the reply: a lone flag letter, or an invisible joiner that the
// next Backspace seemed not to delete.
func (e *editor) charLeft(i int) int {
	if i == 0 {
		return 0
	}
	if e.text[i-1] == '\n' {
		return i - 1
	}
	start, end := lineAround(e.text, i)
	prev := start
	for _, b := range charStarts(e.text[start:end]) {
		if start+b >= i {
			break
		}
		prev = start + b
	}
	return prev
}

// charRight is where the character after offset i ends (see charLeft).
func (e *editor) charRight(i int) int {
	if i >= len(e.text) {
		return len(e.text)
	}
	if e.text[i] == '\n' {
		return i + 1
	}
	start, end := lineAround(e.text, i)
	for _, b := range charStarts(e.text[start:end]) {
		if start+b > i {
			return start + b
		}
	}
	return end
}

// lineAround is the line of s that holds offset i, without its line break:
// no character spans one, so a line is all that needs segmenting.
func lineAround(s string, i int) (start, end int) {
	start = strings.LastIndexByte(s[:i], '\n') + 1
	end = len(s)
	if n := strings.IndexByte(s[i:], '\n'); n >= 0 {
		end = i + n
	}
	return start, end
}

// charStarts are the byte offsets at which the characters (grapheme
// clusters) of s start, by the Unicode rules (UAX #29).
func charStarts(s string) []int {
	var seg segmenter.Segmenter
	if seg.InitWithString(s) != nil {
		// Not valid UTF-8 (insert never lets that in): code points.
		var out []int
		for i := range s {
			out = append(out, i)
		}
		return out
	}
	var out []int
	for it := seg.GraphemeIterator(); it.Next(); {
		out = append(out, it.Grapheme().OffsetInBytes)
	}
	return out
}

// wordLeft skips spaces, then a word, leftwards (as Ctrl+Backspace does in
// every editor the trainees know).
func (e *editor) wordLeft(i int) int {
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(e.text[:i])
		if !unicode.IsSpace(r) {
			break
		}
		i -= n
	}
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(e.text[:i])
		if unicode.IsSpace(r) {
			break
		}
		i -= n
	}
	return i
}

func (e *editor) wordRight(i int) int {
	for i < len(e.text) {
		r, n := utf8.DecodeRuneInString(e.text[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += n
	}
	for i < len(e.text) {
		r, n := utf8.DecodeRuneInString(e.text[i:])
		if unicode.IsSpace(r) {
			break
		}
		i += n
	}
	return i
}

// up moves the caret to the same column of the line above, or to the start
// of the text from the first line: in the reply field the arrow keys move
// the caret and never leave the field (Tab does).
func (e *editor) up(extend bool) {
	start := strings.LastIndexByte(e.text[:e.caret], '\n') + 1
	if start == 0 {
		e.moveTo(0, extend)
		return
	}
	col := utf8.RuneCountInString(e.text[start:e.caret])
	prev := strings.LastIndexByte(e.text[:start-1], '\n') + 1
	e.moveTo(e.column(prev, start-1, col), extend)
}

// down moves the caret to the same column of the line below, or to the end
// of the text from the last line.
func (e *editor) down(extend bool) {
	n := strings.IndexByte(e.text[e.caret:], '\n')
	if n < 0 {
		e.moveTo(len(e.text), extend)
		return
	}
	start := strings.LastIndexByte(e.text[:e.caret], '\n') + 1
	col := utf8.RuneCountInString(e.text[start:e.caret])
	next := e.caret + n + 1
	end := len(e.text)
	if m := strings.IndexByte(e.text[next:], '\n'); m >= 0 {
		end = next + m
	}
	e.moveTo(e.column(next, end, col), extend)
}

// column is the byte offset of rune column col in the line text[from:to],
// or to when the line is shorter.
func (e *editor) column(from, to, col int) int {
	i := from
	for ; col > 0 && i < to; col-- {
		_, size := utf8.DecodeRuneInString(e.text[i:])
		i += size
	}
	return i
}
