package server_test

import (
	"html"
	"net/http"
	"regexp"
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/assets/i18n"
)

var liveSrc = regexp.MustCompile(`id="live" data-src="([^"]+)"`)

// livePartOf opens a page and fetches the live part it polls, as its
// script does every two seconds.
func (e *env) livePartOf(page string) string {
	e.t.Helper()
	_, body := e.get(page)
	m := liveSrc.FindStringSubmatch(body)
	if m == nil {
		e.t.Fatalf("%s polls no live part", page)
	}
	code, part := e.get(html.UnescapeString(m[1]))
	if code != http.StatusOK {
		e.t.Fatalf("the live part of %s: %d", page, code)
	}
	return part
}

// A trainer with the dashboard in Dutch in one tab who opens a page in
// English in another (the projector for an English-speaking room) keeps the
// dashboard in Dutch: its live part came in English from the next poll on,
// under Dutch buttons, because the polls followed the language last chosen
// in any tab.
func TestATabKeepsItsLanguageWhenAnotherTabHasTheOther(t *testing.T) {
	e := start(t, t.TempDir()+"/w.db")
	e.login()
	code := e.workshop()
	dutch, english := i18n.T("nl", "web.leaderboard"), i18n.T("en", "web.leaderboard")

	_, body := e.get("/trainer?lang=nl&w=" + code)
	m := liveSrc.FindStringSubmatch(body)
	if m == nil {
		t.Fatal("the dashboard polls no live part")
	}
	dashboardPoll := html.UnescapeString(m[1])
	if part := e.livePartOf("/trainer/w/" + code + "/projector?lang=en"); strings.Contains(part, "Deelnemer") {
		t.Errorf("the projector opened in English polls a Dutch live part")
	}
	_, part := e.get(dashboardPoll)
	if !strings.Contains(part, dutch) || strings.Contains(part, english) {
		t.Errorf("after a page in English opened in another tab, the Dutch dashboard's live part says %q, want %q", firstOf(part, english), dutch)
	}
	// The Dutch dashboard's polls do not switch the language of the next
	// page opened without one: that stays the one last chosen.
	for range 3 {
		e.get(dashboardPoll)
	}
	if _, page := e.get("/trainer?w=" + code); !strings.Contains(page, english) {
		t.Error("the Dutch dashboard's polls switched the next page to Dutch; the trainer last chose English")
	}
}

// firstOf is want when s has it, else the start of s.
func firstOf(s, want string) string {
	if strings.Contains(s, want) {
		return want
	}
	return s[:min(len(s), 80)]
}
