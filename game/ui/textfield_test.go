package ui

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/hajimehoshi/ebiten/v2"
)

// Whatever a player types or pastes, the field keeps valid text without
// control characters, and wrapping it (which drawing and the caret rely
// on) covers every byte in order, each line within the width.
func TestFieldTakesAwkwardText(t *testing.T) {
	f := faceOf(17, false)
	cases := map[string]string{
		"control":        "a\x00b\x07c\x1b[31md\x7fe\u0085f\tg\r\nh",
		"right-to-left":  "שלום Dorien, مرحبا بك! סליחה, اتصل بك قبل 12:00 ^Lotte",
		"bidi overrides": "\u202eevil\u202c \u200f\u200e\u2066x\u2069 \ufeffzero\u200bwidth",
		"emoji":          "Sorry 🙂👍🏽 👨‍👩‍👧 🇳🇱",
		"invalid UTF-8":  "ok\xff\xfe ok",
		"10,000 letters": strings.Repeat("ä🙂", 5000),
		"one long word":  strings.Repeat("x", 10000),
	}
	for name, in := range cases {
		t.Run(name, func(t *testing.T) {
			var e editor
			e.multiline = true
			e.insert(in)
			if !utf8.ValidString(e.text) {
				t.Fatalf("invalid UTF-8 kept: %q", e.text)
			}
			for _, r := range e.text {
				if r != '\n' && unicode.IsControl(r) {
					t.Fatalf("control character %U kept", r)
				}
			}
			const width = 400
			lines := Wrap(e.text, f, width)
			end := 0
			for i, l := range lines {
				if l.Start < end || l.End < l.Start || l.End > len(e.text) {
					t.Fatalf("line %d [%d:%d] out of order (previous end %d)", i, l.Start, l.End, end)
				}
				if w := TextWidth(e.text[l.Start:l.End], f); w > width+1 && utf8.RuneCountInString(e.text[l.Start:l.End]) > 1 {
					t.Fatalf("line %d is %.0f px wide, over %d", i, w, width)
				}
				end = l.End
			}
			if len(e.text) > 0 && end < len(e.text)-4 {
				t.Fatalf("wrapping stops at byte %d of %d", end, len(e.text))
			}
			// The caret can go to every end and back without leaving a rune boundary.
			e.home(true, false)
			e.end(true, true)
			e.backspace(false)
			if e.text != "" {
				t.Fatalf("select all and delete left %q", e.text)
			}
		})
	}
}

// A text cut with an ellipsis ends in a word, never in the sentence
// mark or space before the cut ("onderzoek.…" read as a typo in the
// debrief's decision titles).
func TestEllipsizeDropsTheMarkBeforeTheEllipsis(t *testing.T) {
	f := faceOf(17, false)
	s := "Juridische zaken wil eerst een intern onderzoek. De winkel zegt dat de beveiliger volgens de procedure handelde."
	full := TextWidth(s, f)
	for w := int(full) - 1; w > 20; w -= 3 {
		got := Ellipsize(s, f, w)
		if strings.HasSuffix(got, ".…") || strings.HasSuffix(got, " …") || strings.HasSuffix(got, ",…") {
			t.Fatalf("cut to %d px: %q", w, got)
		}
		if TextWidth(got, f) > float64(w) {
			t.Fatalf("cut to %d px, %q is %.0f px wide", w, got, TextWidth(got, f))
		}
	}
}

// One tick can hold a caret key and the letters typed after it (the window
// waits for events, and on a busy machine its tick comes late). The
// letters go where the key put the caret, and an Enter in the same tick
// publishes the reply with them: "You're ri aght" went out when the
// letters typed after Ctrl+End were put at the old caret.
func TestFieldTypesAfterTheCaretKeyOfTheSameTick(t *testing.T) {
	cases := []struct {
		name, before string
		caret        int // bytes from the start; -1: at the end
		frame        Events
		want         string
		submit       bool
	}{
		{"Ctrl+End then letters", "You're right and", 9, Events{Keys: []ebiten.Key{ebiten.KeyEnd}, Ctrl: true, Text: " sorry"}, "You're right and sorry", false},
		{"Home then letters", "Dorien, sorry", -1, Events{Keys: []ebiten.Key{ebiten.KeyHome}, Text: "@dorien "}, "@dorien Dorien, sorry", false},
		{"Backspace then letters", "helo", -1, Events{Keys: []ebiten.Key{ebiten.KeyBackspace}, Text: "lo"}, "hello", false},
		{"letters then Enter", "Sorry, I'll call you ^Lott", -1, Events{Keys: []ebiten.Key{ebiten.KeyEnter}, Text: "e"}, "Sorry, I'll call you ^Lotte", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var f TextField
			f.SetMultiline(true)
			f.SetText(c.before)
			if c.caret >= 0 {
				f.ed.caret, f.ed.anchor = c.caret, c.caret
			}
			submit := f.Handle(c.frame, nil)
			if f.Text() != c.want || submit != c.submit {
				t.Fatalf("after %+v: %q (submit %v), want %q (submit %v)", c.frame, f.Text(), submit, c.want, c.submit)
			}
		})
	}
}
