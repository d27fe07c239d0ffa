package server_test

import (
	"context"
	"html"
	"net/http"
	"regexp"
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/assets/i18n"
	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/game/workshop/client"
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

// dutchMark is a mark as a Dutch page writes it.
func dutchMark(grade string) string { return i18n.DecimalPoint(grade, "nl") }

// firstOf is want when s has it, else the start of s.
func firstOf(s, want string) string {
	if strings.Contains(s, want) {
		return want
	}
	return s[:min(len(s), 80)]
}

// The Dutch dashboard writes a trainee's mark as the game's debrief does,
// with a decimal comma ("8,1"), in the table and on the leaderboard; it
// said "8.1" beside "hitte nu 1,0". The English one keeps the point.
func TestTheDutchDashboardWritesTheMarkWithAComma(t *testing.T) {
	e := start(t, t.TempDir()+"/w.db")
	e.login()
	code := e.workshop()
	c, _, err := client.Join(context.Background(), e.base, code, "Anouk", "nl")
	if err != nil {
		t.Fatal(err)
	}
	rep, _ := playAndReport(t, c, session.Historical{})
	if !strings.Contains(rep.Grade, ".") {
		t.Fatalf("the mark %q has no decimal", rep.Grade)
	}
	comma := strings.ReplaceAll(rep.Grade, ".", ",")
	dutch := e.livePartOf("/trainer?lang=nl&w=" + code)
	if n := strings.Count(dutch, comma); n < 2 || strings.Contains(dutch, rep.Grade) {
		t.Errorf("the Dutch dashboard shows the mark %s as %q %d times (want the table and the leaderboard), and as %q: %v", rep.Grade, comma, n, rep.Grade, strings.Contains(dutch, rep.Grade))
	}
	if english := e.livePartOf("/trainer?lang=en&w=" + code); strings.Count(english, rep.Grade) < 2 {
		t.Errorf("the English dashboard does not show the mark %s in the table and on the leaderboard", rep.Grade)
	}
}
