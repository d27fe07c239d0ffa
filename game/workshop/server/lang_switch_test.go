package server_test

import (
	"strings"
	"testing"
)

// The NL · EN switch of a page opened with a workshop code (the join link
// the trainer shares, the dashboard of one workshop) changes the language and
// keeps the code.
func TestLanguageSwitchKeepsTheWorkshopCode(t *testing.T) {
	e := start(t, t.TempDir()+"/w.db")
	e.login()
	code := e.workshop()
	for _, page := range []string{"/?w=" + code + "&lang=en", "/trainer?w=" + code + "&lang=en"} {
		status, body := e.get(page)
		if status != 200 {
			t.Fatalf("%s: %d", page, status)
		}
		want := `href="?lang=nl&amp;w=` + code + `"`
		if !strings.Contains(body, want) {
			i := strings.Index(body, "?lang=nl")
			t.Errorf("%s: the NL link is %q, want %s", page, body[i:min(len(body), i+40)], want)
		}
	}
	status, body := e.get("/?lang=nl&w=" + code)
	if status != 200 || !strings.Contains(body, `lang="nl"`) {
		t.Errorf("/?lang=nl&w=%s: %d, not a Dutch page", code, status)
	}
}
