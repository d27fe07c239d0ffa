//go:build !js

package ui

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"github.com/webcaresim/webcaresim/assets"
)

// productTexts gathers, by file, every text the window can draw that the
// product itself brings: the scenarios, the message catalogues, the crowd's
// lines, what the rubric shows (labels, tips, what is missing) and the
// string literals of the window and the core under game/.
func productTexts(t *testing.T) map[string]string {
	t.Helper()
	out := map[string]string{}
	read := func(pattern string) {
		files, err := filepath.Glob(pattern)
		if err != nil || len(files) == 0 {
			t.Fatalf("no files match %s", pattern)
		}
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			out[f] = string(data)
		}
	}
	read("../../scenarios/builtin/*.toml")
	// The window's catalogue files: the languages' own and the round's
	// (session.*). The studio's, the control room's and the HTML player's
	// words are drawn by a browser with the system's fonts, score's by a
	// terminal.
	read("../../assets/i18n/??.toml")
	read("../../assets/i18n/session.*.toml")
	read("../crowd/pools_*.txt")

	var rubric map[string]any
	if _, err := toml.DecodeFile("../../scoring/rubric.toml", &rubric); err != nil {
		t.Fatal(err)
	}
	var shown []string
	collectShown(rubric, false, &shown)
	out["../scoring/rubric.toml (label, tip, missing)"] = strings.Join(shown, "\n")

	err := filepath.WalkDir("..", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && path == filepath.Join("..", "workshop") { // the server's pages are HTML, drawn by the browser
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		file, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		var lits []string
		ast.Inspect(file, func(n ast.Node) bool {
			if lit, ok := n.(*ast.BasicLit); ok && (lit.Kind == token.STRING || lit.Kind == token.CHAR) {
				if s, err := strconv.Unquote(lit.Value); err == nil {
					lits = append(lits, s)
				}
			}
			return true
		})
		out[path] = strings.Join(lits, "\n")
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// collectShown appends the strings under the rubric's keys a player reads.
func collectShown(v any, shown bool, out *[]string) {
	switch v := v.(type) {
	case string:
		if shown {
			*out = append(*out, v)
		}
	case map[string]any:
		for k, x := range v {
			collectShown(x, shown || k == "label" || k == "tip" || k == "missing", out)
		}
	case []any:
		for _, x := range v {
			collectShown(x, shown, out)
		}
	case []map[string]any:
		for _, x := range v {
			collectShown(x, shown, out)
		}
	}
}

// The subset fonts must draw every character of the product's own texts:
// a character they lack would make every window load the full fonts, and
// the browser show a box until they arrive. When this fails, run
// scripts/subset-fonts.sh.
func TestSubsetFontsDrawEveryProductText(t *testing.T) {
	full, err := runesOf(assets.FullFS, assets.FullRegular, assets.FullSymbols)
	if err != nil {
		t.Fatal(err)
	}
	texts := productTexts(t)
	files := make([]string, 0, len(texts))
	for f := range texts {
		files = append(files, f)
	}
	sort.Strings(files)
	checked := 0
	for _, f := range files {
		missing := map[rune]bool{}
		for _, r := range texts[f] {
			if r >= ' ' && !subsetDraws(string(r)) {
				missing[r] = true
			}
			checked++
		}
		for r := range missing {
			if full[r] {
				t.Errorf("%s: %q (U+%04X) is not in the subset fonts: run scripts/subset-fonts.sh", f, r, r)
			} else {
				t.Errorf("%s: %q (U+%04X) is in none of the fonts, subset or full", f, r, r)
			}
		}
	}
	if checked < 100000 {
		t.Errorf("only %d characters checked: are the texts found?", checked)
	}
}

// Ordinary Dutch and English typing never needs the full fonts.
func TestSubsetFontsDrawDutchAndEnglishTyping(t *testing.T) {
	for _, s := range []string{
		"Hé Dorien, wat vervelend! Ik bel je morgen vóór 12:00 ^Lotte",
		"Café, naïef, coördinatie, “echt”, ‘zo’ — €12,50 … Ĳsselmeer",
		"Sorry Ms O'Brien: we'll fix it today – promise™",
	} {
		if !subsetDraws(s) {
			t.Errorf("the subset fonts do not draw %q", s)
		}
	}
}

// What a trainee types or pastes beyond the subsets still draws as itself:
// the first such text switches the faces to the full fonts, so a Cyrillic
// letter or an emoji Symbola has is measured (and drawn) with its own
// glyph rather than the subset's empty box.
func TestTextBeyondTheSubsetsDrawsWithTheFullFonts(t *testing.T) {
	for _, s := range []string{"Жанна", "🦊"} {
		if subsetDraws(s) {
			t.Fatalf("%q is in the subsets: pick a character they lack for this test", s)
		}
	}
	boxes := &text.GoTextFace{Source: subsetFonts.regular, Size: 20}
	f := faceOf(20, false)
	got := TextWidth("Жанна", f)
	if got == text.AdvanceAt("Жанна", len("Жанна"), boxes) {
		t.Errorf("Жанна is measured as the subset's boxes (%.1f px)", got)
	}
	set := fullFonts.Load()
	if set == nil {
		t.Fatal("text beyond the subsets did not load the full fonts")
	}
	want := text.AdvanceAt("Жанна", len("Жанна"), &text.GoTextFace{Source: set.regular, Size: 20})
	if got != want {
		t.Errorf("Жанна measures %.1f px, with the full font %.1f px", got, want)
	}
	if g := faceOf(20, false); faceKeys[g].full != true {
		t.Error("faces made after the full fonts loaded still use the subsets")
	}
	fox, emoji := TextWidth("🦊", f), set.symbols
	if src := colourEmoji.Load(); src != nil {
		emoji = src // the system's colour emoji font comes before Symbola
	}
	if fox != text.AdvanceAt("🦊", len("🦊"), &text.GoTextFace{Source: emoji, Size: 20}) {
		t.Errorf("🦊 is not measured with the emoji font's glyph (%.1f px)", fox)
	}
}
