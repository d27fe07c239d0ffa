package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/webcaresim/webcaresim/assets/i18n"
	"github.com/webcaresim/webcaresim/game/progress"
	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/scenarios"
)

// writeListJSON writes the attempts and the per-scenario summaries as one
// JSON object.
func writeListJSON(stdout io.Writer, as []progress.Attempt, sums []progress.Summary) error {
	type row struct {
		ID       string       `json:"id"`
		Started  time.Time    `json:"started"`
		Player   string       `json:"player"`
		Scenario string       `json:"scenario"`
		Language string       `json:"language"`
		Mode     session.Mode `json:"mode"`
		Status   string       `json:"status"`
		// Scores and Grade are left out for a round left early or
		// interrupted: it has no mark (progress.Attempt.Marked).
		Scores *session.Scores `json:"scores,omitempty"`
		Grade  string          `json:"grade,omitempty"`
		Ending string          `json:"ending"`
		// EndingTitle is set where a variant titled the ending otherwise
		// than the scenario does (session.Report.EndingTitle).
		EndingTitle string `json:"ending_title,omitempty"`
		// Interrupted: the game stopped in the round (checkpoint.go).
		Interrupted bool `json:"interrupted,omitempty"`
	}
	type summary struct {
		Scenario string    `json:"scenario"`
		Title    string    `json:"title"`
		Attempts int       `json:"attempts"`
		Finished int       `json:"finished"`
		Best     string    `json:"best,omitempty"` // attempt id
		Latest   string    `json:"latest"`
		Trend    []float64 `json:"trend"`
		Slope    float64   `json:"slope"`
	}
	out := struct {
		Attempts  []row     `json:"attempts"`
		Summaries []summary `json:"summaries"`
	}{Attempts: []row{}, Summaries: []summary{}}
	for _, a := range as {
		var scores *session.Scores
		grade := ""
		if a.Marked() {
			scores, grade = &a.Report.Scores, a.Report.Grade
		}
		out.Attempts = append(out.Attempts, row{a.ID, a.Started, a.Player, a.Scenario, a.Language, a.Mode,
			a.Status, scores, grade, a.Report.Ending, a.Report.EndingTitle, a.Interrupted != nil})
	}
	for _, s := range sums {
		sm := summary{Scenario: s.Scenario, Title: s.Title, Attempts: s.Attempts, Finished: s.Finished,
			Best: s.Best.ID, Latest: s.Latest.ID, Trend: []float64{}, Slope: s.Slope}
		for _, p := range s.Trend {
			sm.Trend = append(sm.Trend, p.Overall)
		}
		out.Summaries = append(out.Summaries, sm)
	}
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// endingTitle is the title of the attempt's ending as the trainee read it
// in the game (a variant's title where the replies gave it one), in lang
// where the case exists in it (the id when the case is no longer loaded).
func endingTitle(set scenarios.Set, a progress.Attempt, lang string) string {
	rep := a.Report
	if rep.Ending == "" {
		return ""
	}
	if lang == "" {
		lang = a.Language
	}
	played, _ := set.Find(a.Scenario, a.Language)
	for _, l := range []string{lang, a.Language} {
		sc, ok := set.Find(a.Scenario, l)
		if !ok || sc.Language != l {
			continue
		}
		if l == a.Language {
			return rep.EndingName(sc)
		}
		if rep.EndingTitle == "" {
			if e, ok := sc.Ending(rep.Ending); ok && e.Title != "" {
				return e.Title
			}
		} else if t, ok := scenarios.VariantTitleIn(played, sc, rep.Ending, rep.EndingTitle); ok {
			return t
		}
	}
	return rep.EndingName(nil)
}

// status is an attempt's status for the list in lang. An interrupted round
// is stored as abandoned, but the trainee did not leave it: it says so.
func status(a progress.Attempt, lang string) string {
	if a.Interrupted != nil {
		return i18n.T(lang, "cli.results.status.interrupted")
	}
	return i18n.T(lang, "cli.results.status."+a.Status)
}

// printList prints the attempts and the per-scenario summaries as two
// tables; ending gives an attempt's ending as shown.
func printList(stdout io.Writer, lang string, as []progress.Attempt, sums []progress.Summary, ending func(progress.Attempt) string) error {
	if len(as) == 0 {
		fmt.Fprintln(stdout, i18n.T(lang, "cli.results.none"))
		return nil
	}
	tw := tabwriter.NewWriter(stdout, 2, 8, 2, ' ', 0)
	fmt.Fprintln(tw, i18n.T(lang, "cli.results.head"))
	for _, a := range as {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", a.Started.Local().Format("2006-01-02 15:04"),
			printable(a.Player), printable(a.Key()), i18n.T(lang, "mode."+string(a.Mode)), overall(a, lang),
			grade(a, lang), printable(ending(a)), status(a, lang))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintln(stdout)
	tw = tabwriter.NewWriter(stdout, 2, 8, 2, ' ', 0)
	fmt.Fprintln(tw, i18n.T(lang, "cli.results.sums_head"))
	for _, s := range sums {
		best := "—"
		if s.Finished > 0 {
			best = fmt.Sprintf("%s (%s)", decimal1(s.Best.Overall(), lang), i18n.DecimalPoint(s.Best.Report.Grade, lang))
		}
		var trend []string
		for _, p := range s.Trend {
			trend = append(trend, fmt.Sprintf("%.0f", p.Overall))
		}
		arrow := ""
		switch {
		case s.Slope >= 1:
			arrow = " ↗"
		case s.Slope <= -1:
			arrow = " ↘"
		case len(s.Trend) >= 2:
			arrow = " →"
		}
		fmt.Fprintf(tw, "%s\t%d\t%d\t%s\t%s %s\t%s%s\n", printable(s.Scenario), s.Attempts, s.Finished, best,
			overall(s.Latest, lang), status(s.Latest, lang), strings.Join(trend, " "), arrow)
	}
	return tw.Flush()
}

// noMark stands in the lists where a round left early or interrupted
// would have its score and grade: it has no mark.
const noMark = "—"

// overall is an attempt's overall score for the list, or noMark.
func overall(a progress.Attempt, lang string) string {
	if !a.Marked() {
		return noMark
	}
	return decimal1(a.Overall(), lang)
}

// grade is an attempt's mark for the list, or noMark.
func grade(a progress.Attempt, lang string) string {
	if !a.Marked() {
		return noMark
	}
	return i18n.DecimalPoint(a.Report.Grade, lang)
}
