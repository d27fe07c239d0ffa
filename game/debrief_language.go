package game

import (
	"slices"

	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/scenarios"
	"github.com/webcaresim/webcaresim/scoring"
)

// An attempt reopened from the history in the other interface language
// (played in Dutch, looked at in English) is shown in the interface
// language wherever the text exists in both: the case's title, prompts,
// endings and story come from the case's other file, the rubric explains
// its findings in the interface language, and the real and model replies
// and choice feedback are their translations (the same choice of the same
// decision). What the trainee published stays as it was, and a line says
// so. Before, the debrief mixed the two languages line by line.

// inInterfaceLanguage returns the case and report to show an attempt
// played in rep.Language with, and the line that says which language
// what stays untranslated is in.
func inInterfaceLanguage(a *App, played *scenarios.Scenario, rep session.Report) (*scenarios.Scenario, session.Report, string) {
	other, ok := a.set.Find(rep.Scenario, a.lang)
	if !ok || other.Language != a.lang {
		return played, rep, a.t("debrief.played_in_only." + rep.Language)
	}
	rep.Title = other.Title
	// An ending's variant title in the other file's words, where its
	// variant can be placed; else as it was read.
	if t, ok := scenarios.VariantTitleIn(played, other, rep.Ending, rep.EndingTitle); ok {
		rep.EndingTitle = t
	}
	if t, ok := scenarios.VariantTitleIn(played, other, rep.TurnedFrom, rep.TurnedFromTitle); ok {
		rep.TurnedFromTitle = t
	}
	if o, ok := scenarios.VariantOutcomeIn(played, other, rep.Ending, rep.EndingOutcome); ok {
		rep.EndingOutcome = o
	}
	if rep.HistLabel != "" {
		rep.HistLabel = other.Debrief.HistoricalLabel
	}
	rubric := scoring.Default()
	rep.Replies = slices.Clone(rep.Replies)
	for i, r := range rep.Replies {
		rep.Replies[i].Analysis = rubric.InLanguage(r.Analysis, a.lang, other.Customer.Name)
		if r.Note != "" {
			rep.Replies[i].Note = counterpart(played, other, r.Decision, r.Note)
		}
	}
	rep.Lessons = slices.Clone(rep.Lessons)
	for i, l := range rep.Lessons {
		rep.Lessons[i].Historical = counterpart(played, other, l.Decision, l.Historical)
		rep.Lessons[i].Model = counterpart(played, other, l.Decision, l.Model)
		rep.Lessons[i].ModelFeedback = counterpart(played, other, l.Decision, l.ModelFeedback)
	}
	return other, rep, a.t("debrief.played_in." + rep.Language)
}

// counterpart is text (a choice, its feedback or an action's outcome of
// the decision id in the case as played) in the other language's file:
// the same choice or action of the same decision. A text it cannot place
// stays as it is.
func counterpart(played, other *scenarios.Scenario, id, text string) string {
	pd, ok1 := played.Decision(id)
	od, ok2 := other.Decision(id)
	if text == "" || !ok1 || !ok2 {
		return text
	}
	for i, c := range pd.Choices {
		if i >= len(od.Choices) {
			break
		}
		switch text {
		case c.Text:
			return od.Choices[i].Text
		case c.Feedback:
			return od.Choices[i].Feedback
		}
	}
	for i, act := range pd.Actions {
		if i < len(od.Actions) && text == act.Text {
			return od.Actions[i].Text
		}
	}
	return text
}
