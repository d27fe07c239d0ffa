package ui

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func runsOf(s string) (texts []string, rtl []bool) {
	for _, r := range visualRuns(s) {
		texts = append(texts, r.text)
		rtl = append(rtl, r.rtl)
	}
	return texts, rtl
}

// A Dutch sentence with a Hebrew name keeps its order; the name reads
// from the right.
func TestBidiDutchWithHebrew(t *testing.T) {
	texts, rtl := runsOf("Hoi שלום, hoe gaat het?")
	if len(texts) != 3 || texts[0] != "Hoi " || !rtl[1] || !strings.HasPrefix(texts[1], "שלום") || rtl[0] || rtl[2] {
		t.Fatalf("runs %q rtl %v; want Hoi, the Hebrew word right to left, the rest", texts, rtl)
	}
}

// An Arabic sentence with a Dutch name runs right to left: its first
// words are drawn rightmost, so the Dutch name and what follows it in the
// text stand to their left.
func TestBidiArabicWithDutch(t *testing.T) {
	texts, rtl := runsOf("مرحبا Dorien، شكرا")
	if len(texts) != 3 || !rtl[0] || rtl[1] || !rtl[2] || texts[1] != "Dorien" {
		t.Fatalf("runs %q rtl %v; want Arabic, Dorien, Arabic", texts, rtl)
	}
	if !strings.Contains(texts[0], "شكرا") || !strings.Contains(texts[2], "مرحبا") {
		t.Errorf("runs %q: the first Arabic word must be drawn last (rightmost)", texts)
	}
}

func TestBidiPlainTextTakesThePlainPath(t *testing.T) {
	for _, s := range []string{"", "Sorry Dorien! ^Lotte", "Één café, naïef 🙂 — “quote”", "Привет"} {
		if hasRTL(s) {
			t.Errorf("%q: taken for right-to-left", s)
		}
	}
	for _, s := range []string{"שלום", "x مرحبا", "Fatima (فاطمة)"} {
		if !hasRTL(s) {
			t.Errorf("%q: not taken for right-to-left", s)
		}
	}
}

// Whatever a player types, the runs hold the whole text and nothing else.
func TestBidiRunsKeepEveryCharacter(t *testing.T) {
	for _, s := range []string{
		"שלום Dorien, مرحبا بك! סליחה, اتصل بك قبل 12:00 ^Lotte",
		"\u202eevil\u202c \u200f\u200e\u2066x\u2069 مرحبا",
		"(((شكرا))) [שלום] 1-2-3 ٣٤٥",
		strings.Repeat("سلام ", 2000),
		"ok\xff مرحبا",
	} {
		got := 0
		for _, r := range visualRuns(s) {
			got += utf8.RuneCountInString(r.text)
		}
		// An invalid byte comes back as U+FFFD: count characters.
		if want := utf8.RuneCountInString(s); got != want {
			t.Errorf("%.40q: runs hold %d characters of %d", s, got, want)
		}
		f := faceOf(17, false)
		if w := TextWidth(s, f); w <= 0 {
			t.Errorf("%.40q: width %.1f", s, w)
		}
	}
}
