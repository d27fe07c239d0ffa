package main

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/webcaresim/webcaresim/assets/i18n"
	"github.com/webcaresim/webcaresim/game/progress"
	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/scenarios"
)

// A round left early is kept "without a mark", as the window promises when
// the trainee leaves: results list showed it with 97.9 and a 9.8, and as the
// scenario's latest score (play28, F5). Now its score and grade are "—" in
// both tables and absent from --json, in Dutch and English, while the
// finished round beside it keeps its mark and stays the best.
func TestResultsListGivesARoundLeftEarlyNoMark(t *testing.T) {
	data := t.TempDir()
	t.Setenv("WEBCARESIM_DATA", data)
	sc, ok := scenarios.BuiltinForPlay().Find("hema-insuline", "nl")
	if !ok {
		t.Fatal("hema-insuline is not built in")
	}
	played, err := session.Run(sc, session.Options{Seed: 3, Mode: session.Practice, Player: "Linde"}, session.Choices{1, 1, 1})
	if err != nil {
		t.Fatal(err)
	}
	full := played.Report()
	left := full
	left.Replies, left.Ending = full.Replies[:1], ""
	left.Scores.Overall, left.Grade = 97.9, session.Grade(97.9)
	start := time.Date(2026, 12, 7, 10, 0, 0, 0, time.Local)
	s, err := progress.Open(data)
	if err != nil {
		t.Fatal(err)
	}
	done := progress.New(full, start, start.Add(10*time.Minute), true, "game")
	gone := progress.New(left, start.Add(time.Hour), start.Add(70*time.Minute), false, "game")
	for _, a := range []progress.Attempt{done, gone} {
		if err := s.Save(a); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	mark := func(lang string) string { return decimal1(97.9, lang) }
	for _, c := range []struct{ lang, env, status string }{{"nl", "nl_NL.UTF-8", "voortijdig gestopt"}, {"en", "C", "left early"}} {
		t.Setenv("LC_ALL", c.env)
		code, out, errs := runCmd(t, "", "results", "list", "--lang", c.lang)
		if code != 0 {
			t.Fatalf("results list: %d %s", code, errs)
		}
		if strings.Contains(out, mark(c.lang)) || strings.Contains(out, i18nGrade(left.Grade, c.lang)) {
			t.Errorf("%s: the round left early shows its score %s or grade %s:\n%s", c.lang, mark(c.lang), left.Grade, out)
		}
		var leftRow, latest string
		for _, line := range strings.Split(out, "\n") {
			switch {
			case strings.HasPrefix(line, start.Add(time.Hour).Format("2006-01-02 15:04")):
				leftRow = line
			case strings.HasPrefix(line, "hema-insuline "):
				latest = line
			}
		}
		if strings.Count(leftRow, noMark) != 2 || !strings.Contains(leftRow, c.status) {
			t.Errorf("%s: the row of the round left early is %q; want %s twice and %q", c.lang, leftRow, noMark, c.status)
		}
		best := decimal1(done.Overall(), c.lang) + " (" + i18nGrade(done.Report.Grade, c.lang) + ")"
		if !strings.Contains(latest, best) || !strings.Contains(latest, noMark+" "+c.status) {
			t.Errorf("%s: summary %q; want best %s and latest %s %s", c.lang, latest, best, noMark, c.status)
		}
	}
	_, out, _ := runCmd(t, "", "results", "list", "--json")
	var list struct {
		Attempts []struct {
			ID     string
			Scores *session.Scores
			Grade  *string
		}
		Summaries []struct {
			Best  string
			Trend []float64
		}
	}
	if err := json.Unmarshal([]byte(out), &list); err != nil {
		t.Fatal(err)
	}
	for _, a := range list.Attempts {
		if left := a.ID == gone.ID; left != (a.Scores == nil) || left != (a.Grade == nil) {
			t.Errorf("--json attempt %s (left early %v): scores %v grade %v", a.ID, left, a.Scores, a.Grade)
		}
	}
	if len(list.Summaries) != 1 || list.Summaries[0].Best != done.ID || len(list.Summaries[0].Trend) != 1 {
		t.Errorf("--json summaries %+v; want the finished round as best and only point", list.Summaries)
	}
}

// i18nGrade writes a grade as the list does in lang.
func i18nGrade(g, lang string) string { return i18n.DecimalPoint(g, lang) }
