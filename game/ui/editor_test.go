package ui

import (
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
