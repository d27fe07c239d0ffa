package ui

import (
	"image"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
)

// Backspace, Delete and the arrows go by what the trainee sees as one
// character: an emoji made of several code points, a flag, a skin tone, a
// letter with a combining accent. Going code point by code point left half
// an emoji in the reply (a lone flag letter, an invisible joiner that the
// next Backspace seemed not to delete), which was then published.
func TestBackspaceDeleteAndArrowsGoByWholeCharacters(t *testing.T) {
	keys := func(ks ...ebiten.Key) Events { return Events{Keys: ks} }
	bs, del, left := ebiten.KeyBackspace, ebiten.KeyDelete, ebiten.KeyArrowLeft
	cases := []struct {
		name, typed string
		then        []Events
		want        string
	}{
		{"skin tone", "Top 👍🏽", []Events{keys(bs)}, "Top "},
		{"flag after flag", "Nederland 🇳🇱🇧🇪", []Events{keys(bs)}, "Nederland 🇳🇱"},
		{"joined emoji", "Sorry 👩‍💻", []Events{keys(bs)}, "Sorry "},
		{"family", "👨‍👩‍👧!", []Events{keys(left), keys(bs)}, "!"},
		{"combining accent", "cafe\u0301", []Events{keys(bs)}, "caf"},
		{"left over an emoji, then a letter", "a👩‍💻b", []Events{keys(left), keys(left), keys(bs)}, "👩‍💻b"},
		{"delete before an emoji", "x👍🏽y", []Events{keys(ebiten.KeyHome), keys(ebiten.KeyArrowRight), keys(del)}, "xy"},
		{"backspace at the start", "Hoi", []Events{keys(ebiten.KeyHome), keys(bs, bs)}, "Hoi"},
		{"across a line break", "ab\n🇳🇱", []Events{keys(bs), keys(bs)}, "ab"},
		{"typed after an emoji", "Top 👍🏽", []Events{keys(left), {Text: "!"}, keys(ebiten.KeyEnd), {Text: "?"}}, "Top !👍🏽?"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var f TextField
			f.SetMultiline(true)
			f.Handle(Events{Text: c.typed}, nil)
			for _, ev := range c.then {
				f.Handle(ev, nil)
			}
			if f.Text() != c.want {
				t.Fatalf("%q then %v: %q, want %q", c.typed, c.then, f.Text(), c.want)
			}
		})
	}
}

// Up and Down go by the lines the trainee sees. A reply is mostly one long
// paragraph the field wraps: Up from its last line went to the very start
// of the text (P16-3), so fixing a word one line up meant finding it again.
// The caret keeps its column through a shorter line, and only Up on the
// first line goes to the start.
func TestUpAndDownGoByTheWrappedLinesOnScreen(t *testing.T) {
	var f TextField
	f.SetMultiline(true)
	f.face = faceOf(17, false)
	f.rect = image.Rect(0, 0, 320, 200)
	reply := "Dag Naomi, wat vreselijk dat dit je in onze winkel is overkomen. Ik bel je morgen voor twaalf uur zelf terug om te horen hoe het nu met je gaat. ^Marloes"
	f.Handle(Events{Text: reply}, nil)
	lines := Wrap(reply, f.face, f.inner().Dx()-2)
	if len(lines) < 4 {
		t.Fatalf("the reply wraps in %d lines; the test needs at least 4", len(lines))
	}
	up, down := Events{Keys: []ebiten.Key{ebiten.KeyArrowUp}}, Events{Keys: []ebiten.Key{ebiten.KeyArrowDown}}
	x := func() float64 {
		l := lines[caretLine(lines, f.ed.caret)]
		return CaretX(reply[l.Start:l.End], f.ed.caret-l.Start, f.face)
	}
	f.Handle(Events{Keys: []ebiten.Key{ebiten.KeyHome}}, nil)
	f.Handle(down, nil)
	f.Handle(down, nil)
	f.Handle(Events{Keys: []ebiten.Key{ebiten.KeyArrowRight}}, nil)
	f.Handle(Events{Keys: []ebiten.Key{ebiten.KeyArrowRight}}, nil)
	at, atX := caretLine(lines, f.ed.caret), x()
	if at != 2 {
		t.Fatalf("two Downs from the start put the caret on line %d, want 2", at)
	}
	f.Handle(up, nil)
	if got := caretLine(lines, f.ed.caret); got != 1 || f.ed.caret == 0 {
		t.Fatalf("Up from line 2 put the caret at byte %d on line %d, want line 1", f.ed.caret, got)
	}
	if d := x() - atX; d > 12 || d < -12 {
		t.Errorf("Up moved the caret %.0f px sideways, want the same column", d)
	}
	f.Handle(down, nil)
	if got := caretLine(lines, f.ed.caret); got != 2 {
		t.Errorf("Down from line 1 put the caret on line %d, want 2", got)
	}
	f.Handle(up, nil)
	f.Handle(up, nil)
	f.Handle(up, nil)
	if f.ed.caret != 0 {
		t.Errorf("Up on the first line left the caret at %d, want the start", f.ed.caret)
	}
	f.Handle(Events{Keys: []ebiten.Key{ebiten.KeyEnd}}, nil)
	for range len(lines) {
		f.Handle(down, nil)
	}
	if f.ed.caret != len(reply) {
		t.Errorf("Down on the last line left the caret at %d, want the end", f.ed.caret)
	}
}
