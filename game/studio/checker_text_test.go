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
				// problem(warning, format, args...) is the line check's own
				// reporter, with the line of the line itself.
				if id, ok := x.Fun.(*ast.Ident); ok && id.Name == "problem" && len(x.Args) >= 2 {
					if s, ok := fold(x.Args[1]); ok {
						seen[s] = true
					} else {
						t.Errorf("%s: a checker message whose format is not a constant: it cannot be translated", fset.Position(x.Pos()))
					}
				}
				if sel, ok := x.Fun.(*ast.SelectorExpr); ok && (sel.Sel.Name == "errorf" || sel.Sel.Name == "warnf") && len(x.Args) >= 2 {
					if s, ok := fold(x.Args[1]); ok {
						seen[s] = true
					} else {
						t.Errorf("%s: a checker message whose format is not a constant: it cannot be translated", fset.Position(x.Pos()))
					}
				}
			case *ast.CompositeLit:
				// A problem built by hand must carry its format too, or the
				// studio can only show its English text. The loader's and the
				// shape check's come from a file the studio never writes (it
				// encodes the form itself): a TOML syntax error, a huge file.
				if id, ok := x.Type.(*ast.Ident); ok && id.Name == "Problem" && !hasKey(x, "Format") && hasKey(x, "Message") {
					if base := filepath.Base(fset.Position(x.Pos()).Filename); !untranslatedFiles[base] {
						t.Errorf("%s: a Problem with a Message but no Format: it cannot be translated", fset.Position(x.Pos()))
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

// untranslatedFiles report problems of files written by hand only: the
// decoder's syntax errors and the size and nesting limits.
var untranslatedFiles = map[string]bool{"loader.go": true, "shape.go": true}

func hasKey(lit *ast.CompositeLit, name string) bool {
	for _, e := range lit.Elts {
		if kv, ok := e.(*ast.KeyValueExpr); ok {
			if k, ok := kv.Key.(*ast.Ident); ok && k.Name == name {
				return true
			}
		}
	}
	return false
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
		key, ok := i18n.CheckerKey(f)
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

// The problems the checker finds in a case's own crowd lines and in its
// start_clock read wholly in the page's language: these used to come out in
// English, or half in English ("the case has 2 bystander lines of its own
// …; schrijf er minstens 30"), on a Dutch page.
func TestCrowdLineAndClockProblemsInDutch(t *testing.T) {
	data, err := os.ReadFile("../../scenarios/builtin/sanoma-juf.nl.toml")
	if err != nil {
		t.Fatal(err)
	}
	c, err := Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	c.StartClock = "zat 11:00"
	c.Crowd.Lines = CrowdLines{Critic: LinesByMoment{Silent: []string{"Dank je {agent}, al iets gehoord?"}}}
	want := map[string]map[string]string{
		"nl": {
			"start_clock":                  `onbekende dag "zat": gebruik ma di wo do vr za zo of mon … sun`,
			"crowd.lines.critic.silent[1]": "{agent} en {quote} vragen om een antwoord; op moment silent heeft het merk nog niets geplaatst",
			"crowd.lines":                  "eigen regels van omstanders in de case: ",
		},
		"en": {
			"start_clock":                  `unknown day "zat": use ma di wo do vr za zo or mon … sun`,
			"crowd.lines.critic.silent[1]": "{agent} and {quote} need a reply; the brand has not posted at moment silent",
			"crowd.lines":                  "the case's own bystander lines: ",
		},
	}
	for ui, fields := range want {
		got := map[string]string{}
		for _, p := range CheckIn(ui, Pair{"nl": c}, nil).Problems["nl"] {
			got[p.Field] = p.Message
		}
		for field, w := range fields {
			if !strings.HasPrefix(got[field], w) || field == "crowd.lines" && !strings.Contains(got[field], map[string]string{"nl": "; schrijf er minstens 30", "en": "; write at least 30"}[ui]) {
				t.Errorf("page in %s: %s reads %q, want it to start %q", ui, field, got[field], w)
			}
		}
	}
}

// What the rubric finds wrong with a misreading's pattern reads in the
// page's language too, the pattern and the word at fault filled in: a
// newcomer writes "* niet gebeld" or "ge*b*eld" sooner than anything else.
func TestPatternProblemsInThePagesLanguage(t *testing.T) {
	data, err := os.ReadFile("../../scenarios/builtin/sanoma-juf.nl.toml")
	if err != nil {
		t.Fatal(err)
	}
	c, err := Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	for _, c2 := range []struct{ pattern, nl, en string }{
		{"* niet gebeld", `geen patroon van de rubric: "* niet gebeld": een losse * aan het begin of eind`, `not a pattern of the rubric: "* niet gebeld": a * alone at the start or end`},
		{"niet ge*b*eld", `geen patroon van de rubric: "niet ge*b*eld": ongeldige joker "ge*b*eld"`, `not a pattern of the rubric: "niet ge*b*eld": bad wildcard "ge*b*eld"`},
		{"nog < gebeld", `geen patroon van de rubric: "nog < gebeld": "<" mag alleen vooraan`, `not a pattern of the rubric: "nog < gebeld": "<" may only stand first`},
		{"niet gebeld|", `geen patroon van de rubric: "niet gebeld|": leeg alternatief in "gebeld|"`, `not a pattern of the rubric: "niet gebeld|": empty alternative in "gebeld|"`},
	} {
		c.Misreadings = []Misreading{{Fact: "Dorien had al gebeld.", Says: []string{c2.pattern}}}
		for ui, want := range map[string]string{"nl": c2.nl, "en": c2.en} {
			got := ""
			for _, p := range CheckIn(ui, Pair{"nl": c}, nil).Problems["nl"] {
				if strings.HasPrefix(p.Field, "misreading[1].says") {
					got = p.Message
				}
			}
			if !strings.HasPrefix(got, want) {
				t.Errorf("page in %s, pattern %q: the problem reads %q, want it to start %q", ui, c2.pattern, got, want)
			}
		}
	}
}
