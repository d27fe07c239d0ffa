package studio

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/assets/i18n"
)

// checkerFormats reads the scenarios package's source and returns every
// message format its checker reports with: the format argument of each
// v.errorf and v.warnf, and the Format of each Problem it builds, with
// string constants and concatenations folded.
func checkerFormats(t *testing.T) []string {
	t.Helper()
	fset := token.NewFileSet()
	files, err := filepath.Glob("../../scenarios/*.go")
	if err != nil {
		t.Fatal(err)
	}
	var parsed []*ast.File
	consts := map[string]ast.Expr{}
	for _, f := range files {
		if filepath.Ext(f) != ".go" || len(f) > 8 && f[len(f)-8:] == "_test.go" {
			continue
		}
		file, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		parsed = append(parsed, file)
		ast.Inspect(file, func(n ast.Node) bool {
			if vs, ok := n.(*ast.ValueSpec); ok {
				for i, name := range vs.Names {
					if i < len(vs.Values) {
						consts[name.Name] = vs.Values[i]
					}
				}
			}
			return true
		})
	}
	var fold func(e ast.Expr) (string, bool)
	fold = func(e ast.Expr) (string, bool) {
		switch x := e.(type) {
		case *ast.BasicLit:
			if x.Kind != token.STRING {
				return "", false
			}
			s, err := strconv.Unquote(x.Value)
			return s, err == nil
		case *ast.BinaryExpr:
			a, ok1 := fold(x.X)
			b, ok2 := fold(x.Y)
			return a + b, ok1 && ok2 && x.Op == token.ADD
		case *ast.Ident:
			if c, ok := consts[x.Name]; ok {
				return fold(c)
			}
		case *ast.ParenExpr:
			return fold(x.X)
		}
		return "", false
	}
	seen := map[string]bool{}
	add := func(e ast.Expr) {
		if s, ok := fold(e); ok {
			seen[s] = true
		}
	}
	for _, file := range parsed {
		ast.Inspect(file, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.CallExpr:
				if sel, ok := x.Fun.(*ast.SelectorExpr); ok && (sel.Sel.Name == "errorf" || sel.Sel.Name == "warnf") && len(x.Args) >= 2 {
					if s, ok := fold(x.Args[1]); ok {
						seen[s] = true
					} else {
						t.Errorf("%s: a checker message whose format is not a constant: it cannot be translated", fset.Position(x.Pos()))
					}
				}
			case *ast.KeyValueExpr:
				if k, ok := x.Key.(*ast.Ident); ok && k.Name == "Format" {
					add(x.Value)
				}
			case *ast.AssignStmt:
				for i, l := range x.Lhs {
					if sel, ok := l.(*ast.SelectorExpr); ok && sel.Sel.Name == "Format" && i < len(x.Rhs) {
						add(x.Rhs[i])
					}
				}
			}
			return true
		})
	}
	out := make([]string, 0, len(seen))
	for s := range seen {
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}

// Every message the checker can report has its English text in the
// catalogue, so the studio can say it in Dutch (the catalogue test keeps
// the Dutch keys equal to the English ones).
func TestEveryCheckerMessageIsInTheCatalogue(t *testing.T) {
	formats := checkerFormats(t)
	if len(formats) < 50 {
		t.Fatalf("found %d checker messages in scenarios/: the source reader misses them", len(formats))
	}
	for _, f := range formats {
		key, ok := checkerKeys[f]
		if !ok {
			t.Errorf("no key in assets/i18n/checker.en.toml for %q", f)
			continue
		}
		if nl := i18n.T("nl", key); nl == key {
			t.Errorf("%s: no Dutch text (%q)", key, nl)
		}
	}
}

// The studio speaks the author's language: the same broken case checked
// from a Dutch page gets Dutch messages, from an English page English ones,
// with the checker's values filled in; the missing-translation warning too.
func TestStudioCheckerSpeaksThePagesLanguage(t *testing.T) {
	data, err := os.ReadFile("../../scenarios/builtin/sanoma-juf.nl.toml")
	if err != nil {
		t.Fatal(err)
	}
	broken := strings.Replace(string(data), `difficulty = `, `difficulty = 7 # `, 1)
	c, err := Decode([]byte(broken))
	if err != nil {
		t.Fatal(err)
	}
	en, err := Decode([]byte(broken))
	if err != nil {
		t.Fatal(err)
	}
	en.Language, en.Title = "en", "The teacher"
	en.Summary = ""
	want := map[string][2]string{
		"nl": {"is 7; gebruik 1 (makkelijk) tot 3 (moeilijk)", "vertaling ontbreekt: de Nederlandse tekst is ingevuld"},
		"en": {"is 7; use 1 (easy) to 3 (hard)", "missing translation: the Dutch text is filled in"},
	}
	for ui, w := range want {
		rep := CheckIn(ui, Pair{"nl": c, "en": en}, nil)
		var difficulty, summary string
		for _, p := range rep.Problems["nl"] {
			if p.Field == "difficulty" {
				difficulty = p.Message
			}
		}
		for _, p := range rep.Problems["en"] {
			if p.Field == "summary" {
				summary = p.Message
			}
		}
		if difficulty != w[0] {
			t.Errorf("page in %s: the difficulty's problem reads %q, want %q", ui, difficulty, w[0])
		}
		if !strings.HasPrefix(summary, w[1]) {
			t.Errorf("page in %s: the empty English summary's warning reads %q, want it to start %q", ui, summary, w[1])
		}
	}
}
