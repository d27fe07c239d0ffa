package archtest

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/assets/i18n"
)

// faceMessages are how the faces name a message of the one catalogue in
// their code: in the files glob matches, the pattern's groups hold the key,
// under the prefix.
var faceMessages = []struct {
	glob, prefix string
	pattern      *regexp.Regexp
}{
	// The window: a.t("key"), tr(lang, "key").
	{"game/*.go", "", regexp.MustCompile(`\ba\.t\("([a-z0-9_.]+)"[,)]|\btrN?\([a-zA-Z.]+, "([a-z0-9_.]+)"[,)]`)},
	// The browser player: g.t("key").
	{"cmd/webplayer/*.go", "player.", regexp.MustCompile(`\bg\.t\("([a-z0-9_.]+)"[,)]`)},
	// The browser player's words the window says too: g.w("key").
	{"cmd/webplayer/*.go", "", regexp.MustCompile(`\bg\.w\("([a-z0-9_.]+)"[,)]`)},
	// The workshop server's pages: messages[lang]["key"], T["key"] in Go,
	// {{.T.key}} in the templates.
	{"game/workshop/server/*.go", "web.", regexp.MustCompile(`\bmessages\[lang\]\["([a-z0-9_]+)"\]|\bT\["([a-z0-9_]+)"\]`)},
	{"assets/web/templates/*.html", "web.", regexp.MustCompile(`\.T\.([a-z0-9_]+)`)},
	// The control room and the projector debrief: controlText[lang]["key"]
	// in Go, {{.C.key}} in the templates, L.key in control.js.
	{"game/workshop/server/*.go", "control.", regexp.MustCompile(`\bcontrolText\[lang\]\["([a-z0-9_]+)"\]`)},
	{"assets/web/templates/*.html", "control.", regexp.MustCompile(`\.C\.([a-z0-9_]+)`)},
	{"assets/web/static/control.js", "control.", regexp.MustCompile(`\bL\.([a-z0-9_]+)`)},
	// The round's words for the trainer's inputs: trainerText(lang, "key").
	{"game/session/*.go", "session.trainer.", regexp.MustCompile(`\btrainerText\([a-zA-Z.]+, "([a-z0-9_.]+)"\)`)},
	// The command line's printouts: label(lang, "key").
	{"cmd/webcaresim/score.go", "cli.score.", regexp.MustCompile(`\blabel\(lang, "([a-z0-9_.]+)"\)`)},
	// The scenario studio: T.key in studio.js, data-t="key" in its page.
	{"assets/web/studio/*.js", "studio.", regexp.MustCompile(`\bT\.([a-z0-9_]+)`)},
	{"assets/web/studio/*.html", "studio.", regexp.MustCompile(`data-t="([a-z0-9_]+)"`)},
}

// Every message a face names in its code is in the catalogue in Dutch and
// in English: a missing one would show its bare key to a trainee.
func TestEveryMessageAFaceNamesIsInBothLanguages(t *testing.T) {
	root := moduleRoot(t)
	have := map[string]map[string]bool{}
	for _, lang := range i18n.Languages {
		have[lang] = map[string]bool{}
		for _, k := range i18n.Keys(lang) {
			key, _, _ := strings.Cut(k, "#")
			have[lang][key] = true
		}
	}
	for _, face := range faceMessages {
		files, err := filepath.Glob(filepath.Join(root, face.glob))
		if err != nil {
			t.Fatal(err)
		}
		named := 0
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") {
				continue
			}
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			for _, m := range face.pattern.FindAllStringSubmatch(string(src), -1) {
				key := face.prefix + strings.Join(m[1:], "")
				named++
				for _, lang := range i18n.Languages {
					if !have[lang][key] {
						rel, _ := filepath.Rel(root, f)
						t.Errorf("%s names the message %q, which the %s catalogue lacks", rel, key, lang)
					}
				}
			}
		}
		if named < 3 {
			t.Errorf("%s: found only %d messages named: the pattern no longer matches how it names them", face.glob, named)
		}
	}
}
