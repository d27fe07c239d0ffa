package server_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io"
	"net/http"
	"net/url"
	"path/filepath"
	"strings"
	"testing"
)

// Everything a trainer reads exists in Dutch and English: no refusal of
// the workshop server or the studio is written as an English sentence in
// the code. A refusal names a catalogue key and is said in the language
// of the page that asked. This finds http.Error and the studio's fail with
// a sentence of their own: a literal, a literal with something added, or
// one formatted from a literal.
func TestNoRefusalIsWrittenInOneLanguage(t *testing.T) {
	var found []string
	for _, dir := range []string{".", "../../studio"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.go"))
		for _, file := range files {
			if strings.HasSuffix(file, "_test.go") {
				continue
			}
			fset := token.NewFileSet()
			f, err := parser.ParseFile(fset, file, nil, 0)
			if err != nil {
				t.Fatal(err)
			}
			ast.Inspect(f, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok {
					return true
				}
				msg := refusalMessage(call)
				if msg != nil && sentence(msg) {
					found = append(found, fset.Position(call.Pos()).String())
				}
				return true
			})
		}
	}
	if len(found) > 0 {
		t.Errorf("refusals written in one language (give them a catalogue key in nl and en):\n%s", strings.Join(found, "\n"))
	}
}

// refusalMessage is the message argument of http.Error(w, MSG, code) or the
// studio's fail(w, code, MSG), or nil.
func refusalMessage(call *ast.CallExpr) ast.Expr {
	switch fn := call.Fun.(type) {
	case *ast.SelectorExpr:
		if x, ok := fn.X.(*ast.Ident); ok && x.Name == "http" && fn.Sel.Name == "Error" && len(call.Args) == 3 {
			return call.Args[1]
		}
	case *ast.Ident:
		if fn.Name == "fail" && len(call.Args) == 3 {
			return call.Args[2]
		}
	}
	return nil
}

// sentence reports whether an expression writes its own text: a string
// literal, a sum with one, or fmt.Sprintf, fmt.Errorf or errors.New of one.
func sentence(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.BasicLit:
		return e.Kind == token.STRING
	case *ast.BinaryExpr:
		return sentence(e.X) || sentence(e.Y)
	case *ast.ParenExpr:
		return sentence(e.X)
	case *ast.CallExpr:
		if sel, ok := e.Fun.(*ast.SelectorExpr); ok {
			if x, ok := sel.X.(*ast.Ident); ok && (x.Name == "fmt" || x.Name == "errors") && len(e.Args) > 0 {
				return sentence(e.Args[0])
			}
		}
	}
	return false
}

// The trainer's plain-text refusals come in the language of the page that
// asked: a link followed without a login, a form from another site, a
// form too big to read.
func TestTheTrainersPlainRefusalsComeInBothLanguages(t *testing.T) {
	e := start(t, t.TempDir()+"/w.db")
	read := func(r *http.Response) string {
		defer r.Body.Close()
		b, _ := io.ReadAll(r.Body)
		return strings.TrimSpace(string(b))
	}
	for lang, want := range map[string][3]string{
		"nl": {"Log eerst in op de trainerspagina", "Geweigerd: dit verzoek kwam van een andere website", "Geen workshop met deze code"},
		"en": {"Log in on the trainer page", "Refused: this request came from another website", "No workshop with this code"},
	} {
		resp, err := http.Get(e.base + "/trainer/w/ABCDEFGH/export.csv?lang=" + lang)
		if err != nil {
			t.Fatal(err)
		}
		if got := read(resp); resp.StatusCode != http.StatusUnauthorized || !strings.HasPrefix(got, want[0]) {
			t.Errorf("%s: an export without login: %d %q, want %q", lang, resp.StatusCode, got, want[0])
		}
		req, _ := http.NewRequest("POST", e.base+"/trainer/login", strings.NewReader(url.Values{"secret": {secret}}.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.Header.Set("Origin", "https://elsewhere.example")
		req.AddCookie(&http.Cookie{Name: "lang", Value: lang}) // the language the trainer chose on the page
		if resp, err = http.DefaultClient.Do(req); err != nil {
			t.Fatal(err)
		}
		if got := read(resp); resp.StatusCode != http.StatusForbidden || !strings.HasPrefix(got, want[1]) {
			t.Errorf("%s: a login from another site: %d %q, want %q", lang, resp.StatusCode, got, want[1])
		}
	}
	e.login()
	for lang, want := range map[string]string{"nl": "Geen workshop met deze code.", "en": "No workshop with this code."} {
		status, body := e.get("/trainer/w/ABCDEFGH/export.json?lang=" + lang)
		if status != http.StatusNotFound || strings.TrimSpace(body) != want {
			t.Errorf("%s: the export of an unknown workshop: %d %q, want %q", lang, status, body, want)
		}
	}
}
