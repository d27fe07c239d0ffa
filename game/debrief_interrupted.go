package game

import (
	"strings"

	"github.com/webcaresim/webcaresim/game/progress"
	"github.com/webcaresim/webcaresim/scenarios"
)

// interruptedNote is what the debrief of a round the program stopped in
// says above its replies: when it stopped, that what was done is kept,
// what is missing (a step cut short, lines that could not be read), and
// whether it can be resumed and why not. resume is the attempt to go on
// from, nil when it cannot be.
func interruptedNote(a *App, at progress.Attempt, sc *scenarios.Scenario) (note string, resume *progress.Attempt) {
	in := at.Interrupted
	if in == nil {
		return leftEarlyNote(a, at, sc), nil
	}
	when := in.Last.Local().Format("2006-01-02 15:04")
	if a.lang == "nl" {
		when = in.Last.Local().Format("02-01-2006 15:04")
	}
	lines := []string{a.t("debrief.interrupted", when, sc.WallClock(at.Report.Minutes, a.lang))}
	if in.Torn {
		lines = append(lines, a.t("debrief.interrupted_torn"))
	}
	if in.Damaged > 0 {
		lines = append(lines, trN(a.lang, "debrief.interrupted_damaged", in.Damaged, in.Damaged))
	}
	var resumed map[string]bool
	if a.opts.Store != nil {
		if as, _, err := a.opts.Store.List(progress.Filter{Scenario: at.Key()}); err == nil {
			resumed = progress.Resumed(as)
		}
	}
	_, loaded := a.set.Find(at.Scenario, at.Language)
	switch {
	case in.NotReplayed != "" || !loaded:
		lines = append(lines, a.t("debrief.interrupted_not_replayed"))
	case resumed[at.ID]:
		lines = append(lines, a.t("debrief.interrupted_resumed"))
	default:
		lines = append(lines, a.t("debrief.interrupted_resume"))
		resume = &at
	}
	return strings.Join(lines, " "), resume
}

// leftEarlyNote is what the debrief of a round the trainee left (Esc,
// "Leave the round") says above its replies: that it was left, when, and
// that its scores cover only the part played. Reopened from My progress it
// showed a green 7.9 and nothing else, as if it were finished (playtest
// 18, P18-7). Empty for a finished round.
func leftEarlyNote(a *App, at progress.Attempt, sc *scenarios.Scenario) string {
	if at.Status != progress.Abandoned {
		return ""
	}
	when := at.Ended.Local().Format("2006-01-02 15:04")
	if a.lang == "nl" {
		when = at.Ended.Local().Format("02-01-2006 15:04")
	}
	return a.t("debrief.left_early", when, sc.WallClock(at.Report.Minutes, a.lang))
}
