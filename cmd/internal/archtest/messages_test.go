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
// their code: the pattern's first group is the key, under the prefix.
var faceMessages = []struct {
	dir, prefix string
	pattern     *regexp.Regexp
}{
	{"game", "", regexp.MustCompile(`\ba\.t\("([a-z0-9_.]+)"[,)]|\btrN?\([a-zA-Z.]+, "([a-z0-9_.]+)"[,)]`)},
	{"cmd/webplayer", "player.", regexp.MustCompile(`\bg\.t\("([a-z0-9_.]+)"[,)]`)},
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
		files, err := filepath.Glob(filepath.Join(root, face.dir, "*.go"))
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
		if named < 20 {
			t.Errorf("%s: found only %d messages named: the pattern no longer matches how it names them", face.dir, named)
		}
	}
}
