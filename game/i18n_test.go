package game

import (
	"strings"
	"testing"
)

// A key missing from one language shows the raw key (or the other
// language) on screen, so both catalogs must hold the same keys.
func TestCatalogsHaveTheSameKeys(t *testing.T) {
	have := map[string]map[string]bool{}
	for _, lang := range Languages {
		have[lang] = map[string]bool{}
		for _, k := range catalogKeys(lang) {
			have[lang][k] = true
			if strings.TrimSpace(catalogs[lang][k]) == "" {
				t.Errorf("%s: message %q is empty", lang, k)
			}
		}
		if len(have[lang]) == 0 {
			t.Fatalf("%s: no messages", lang)
		}
	}
	for _, a := range Languages {
		for _, b := range Languages {
			for k := range have[a] {
				if !have[b][k] {
					t.Errorf("message %q is in %s but not in %s", k, a, b)
				}
			}
		}
	}
}
