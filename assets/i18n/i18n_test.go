package i18n

import (
	"strings"
	"testing"
)

// A key missing from one language shows the raw key (or the other
// language) on screen, so both catalogues must hold the same keys, with
// the same plural forms.
func TestCataloguesHaveTheSameKeys(t *testing.T) {
	have := map[string]map[string]bool{}
	for _, lang := range Languages {
		have[lang] = map[string]bool{}
		for _, k := range Keys(lang) {
			have[lang][k] = true
			key, form, _ := strings.Cut(k, "#")
			msg := T(lang, key)
			if form != "" {
				msg = catalogs[lang][key].plural[form]
			}
			if strings.TrimSpace(msg) == "" {
				t.Errorf("%s: message %q is empty", lang, k)
			}
		}
		if len(have[lang]) < 50 {
			t.Fatalf("%s: only %d messages", lang, len(have[lang]))
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

// Counted things take their form from the catalogue: one attempt is not
// "1 pogingen".
func TestPluralsComeFromTheCatalogue(t *testing.T) {
	for _, tc := range []struct {
		lang string
		n    int
		want string
	}{
		{"nl", 1, "1 poging · 1 afgemaakt"},
		{"nl", 3, "3 pogingen · 2 afgemaakt"},
		{"en", 1, "1 attempt · 1 finished"},
		{"en", 0, "0 attempts · 0 finished"},
	} {
		fin := min(tc.n, 2)
		if got := N(tc.lang, "history.attempts", tc.n, tc.n, fin); got != tc.want {
			t.Errorf("%s, %d: %q, want %q", tc.lang, tc.n, got, tc.want)
		}
	}
}

// Every face reads the same catalogues: the server's pages have their
// messages under "web.".
func TestServerPagesReadTheCatalogues(t *testing.T) {
	for _, lang := range Languages {
		web := Section(lang, "web.")
		if web["join_title"] == "" || web["trainer_title"] == "" {
			t.Errorf("%s: the server's page messages are not in the catalogue: %v", lang, len(web))
		}
	}
	if Section("nl", "web.")["join_button"] == Section("en", "web.")["join_button"] {
		t.Error("the Dutch and English join buttons are the same")
	}
}

// The comparison with the real case (the window's and the browser
// player's words) groups its figures: HEMA's boycott page of 6,100
// followers read "6100".
func TestComparisonGroupsThousandsInEachLanguage(t *testing.T) {
	for lang, want := range map[string]string{"nl": "6.100", "en": "6,100"} {
		got := T(lang, "debrief.comparison.real", Number(6100, lang), "volgers") + " " + T(lang, "session.comparison.times", Number(12480, lang), "2")
		if !strings.Contains(got, want) || !strings.Contains(got, Number(12480, lang)) || strings.Contains(got, "6100") {
			t.Errorf("%s: %q, want %s and the round's figure grouped", lang, got, want)
		}
	}
	for n, want := range map[int]string{0: "0", 999: "999", 1000: "1.000", 1234567: "1.234.567", -6100: "-6.100"} {
		if got := Number(n, "nl"); got != want {
			t.Errorf("Number(%d, nl) = %q, want %q", n, got, want)
		}
	}
}
