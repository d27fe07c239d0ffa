package progress

import (
	"io"
	"strconv"
	"time"
)

// ReplyCSVHeader is the first row of the per-reply CSV export.
var ReplyCSVHeader = []string{"date", "player", "scenario", "language", "mode", "attempt", "reply",
	"decision", "minute", "minutes_to_answer", "kind", "historical", "text", "empathy", "deescalation",
	"speed", "next"}

// WriteReplyCSV writes one row per reply of every attempt, for a trainer
// who wants to read what trainees wrote beside its scores: the attempt's
// start time in loc, who and which scenario, the reply's number in the
// round, the decision, the scenario minute it was published, the minutes
// since the trainee could answer (what the speed score counts), what it was
// (a written choice "choice 2", "typed", or an action "call"), the text, its
// empathy and de-escalation (empty for an action the public did not see),
// its speed (empty when speed was not scored) and where it led.
func WriteReplyCSV(w io.Writer, as []Attempt, loc *time.Location, o CSVOptions) error {
	cw, err := o.start(w, ReplyCSVHeader)
	if err != nil {
		return err
	}
	num := o.number
	for _, a := range as {
		for i, r := range a.Report.Replies {
			kind := "typed"
			switch {
			case r.Action != "":
				kind = r.Action
			case r.Choice > 0:
				kind = "choice " + strconv.Itoa(r.Choice)
			}
			text := r.Text
			if text == "" {
				text = r.Note
			}
			emp, de := "", ""
			if r.Public {
				emp, de = num(r.Analysis.Empathy), num(r.Analysis.Deescalation)
			}
			speed := ""
			if a.Report.Scores.SpeedScored {
				speed = num(r.Speed)
			}
			row := []string{a.Started.In(loc).Format(time.RFC3339), SafeCell(a.Player),
				SafeCell(a.Scenario), SafeCell(a.Language), SafeCell(string(a.Mode)), SafeCell(a.ID),
				strconv.Itoa(i + 1), SafeCell(r.Decision), num(r.Minute), num(r.Minute - r.Opened), kind,
				strconv.FormatBool(r.Historical), SafeCell(text), emp, de, speed, SafeCell(r.Next)}
			if err := cw.Write(row); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}
