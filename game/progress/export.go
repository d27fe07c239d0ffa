package progress

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/webcaresim/webcaresim/game/session"
)

// ExportFormat names the JSON export in its "format" field.
const ExportFormat = "webcaresim-results"

// Export is the JSON export: the full attempts, as stored.
type Export struct {
	Format   string    `json:"format"` // ExportFormat
	Version  int       `json:"version"`
	Exported time.Time `json:"exported"`
	Attempts []Attempt `json:"attempts"`
}

// WriteJSON writes the attempts as an Export. A round without a mark (left
// early or interrupted: Marked) has no grade there, as it has none in the
// list, the CSV, the dashboard and the debrief; its scores of the part
// played stay beside its status, so that the debrief reopened after an
// import draws them as it did (grey, without a mark).
func WriteJSON(w io.Writer, as []Attempt, now time.Time) error {
	out := make([]exportedAttempt, len(as))
	for i, a := range as {
		out[i] = forExport(a)
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(struct {
		Format   string            `json:"format"`
		Version  int               `json:"version"`
		Exported time.Time         `json:"exported"`
		Attempts []exportedAttempt `json:"attempts"`
	}{ExportFormat, FormatVersion, now.UTC(), out})
}

// ForExport is attempt a as a JSON export writes it (WriteJSON, the
// workshop server's export): without a grade when it has no mark.
func ForExport(a Attempt) any { return forExport(a) }

func forExport(a Attempt) exportedAttempt {
	out := exportedAttempt{Attempt: a, Report: exportedReport{Report: a.Report, Grade: a.Report.Grade}}
	if !a.Marked() {
		out.Report.Grade = ""
	}
	return out
}

// exportedAttempt is an attempt as the JSON export writes it: its report's
// grade left out when empty (a round without a mark).
type exportedAttempt struct {
	Attempt
	Report exportedReport `json:"report"`
}

type exportedReport struct {
	session.Report
	Grade string `json:"grade,omitempty"`
}

// CSVHeader is the first row of the CSV export.
var CSVHeader = []string{"date", "player", "scenario", "language", "mode", "empathy", "speed",
	"deescalation", "overall", "grade", "ending", "status", "id"}

// WriteCSV writes one row per attempt for a spreadsheet: the start time in
// loc ("2026-11-22 20:01:05"), the player, the scenario, the scores (speed
// empty when it was not scored, in relaxed mode), the grade and the ending.
// A round left early or interrupted has empty scores and grade: no mark.
// Text cells are protected against formula injection (see SafeCell).
func WriteCSV(w io.Writer, as []Attempt, loc *time.Location) error {
	return WriteCSVWith(w, as, loc, CSVOptions{})
}

// CSVOptions adapt the CSV export to a spreadsheet program.
type CSVOptions struct {
	// Excel writes what Excel with Dutch (or other European) settings opens
	// by double-click: a UTF-8 byte order mark (else names with é or emoji
	// come out garbled), semicolons between cells and decimal commas.
	Excel bool
}

// start writes what opens a file in these options (the byte order mark for
// Excel) and the header row, and returns the writer for the rows.
func (o CSVOptions) start(w io.Writer, header []string) (*csv.Writer, error) {
	if o.Excel {
		if _, err := io.WriteString(w, "\ufeff"); err != nil {
			return nil, err
		}
	}
	cw := csv.NewWriter(w)
	if o.Excel {
		cw.Comma = ';'
	}
	return cw, cw.Write(header)
}

// number writes a score or minute with one decimal, with a decimal comma
// for Excel.
func (o CSVOptions) number(x float64) string {
	s := strconv.FormatFloat(x, 'f', 1, 64)
	if o.Excel {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// WriteCSVWith is WriteCSV with options.
func WriteCSVWith(w io.Writer, as []Attempt, loc *time.Location, o CSVOptions) error {
	cw, err := o.start(w, CSVHeader)
	if err != nil {
		return err
	}
	num := o.number
	for _, a := range as {
		sc := a.Report.Scores
		// A round left early or interrupted has no mark: its score cells
		// stay empty, so a spreadsheet's sort, average or best does not
		// count the part played as a result (its replies, with their
		// scores, are in the replies export).
		empathy, speed, deescalation, overall, grade := "", "", "", "", ""
		if a.Marked() {
			empathy, deescalation, overall, grade = num(sc.Empathy), num(sc.Deescalation), num(sc.Overall), a.Report.Grade
			if sc.SpeedScored {
				speed = num(sc.Speed)
			}
			if o.Excel {
				grade = strings.Replace(grade, ".", ",", 1)
			}
		}
		row := []string{a.Started.In(loc).Format(time.RFC3339), SafeCell(a.Player),
			SafeCell(a.Scenario), SafeCell(a.Language), SafeCell(string(a.Mode)), empathy, speed,
			deescalation, overall, SafeCell(grade), SafeCell(a.Report.Ending),
			SafeCell(csvStatus(a)), SafeCell(a.ID)}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// SafeCell protects a text cell of a CSV file against formula injection: a
// cell that a spreadsheet would read as a formula (starting with = + - @,
// a tab or a carriage return) gets a leading apostrophe, which spreadsheets
// treat as "this is text". A cell that already starts with an apostrophe
// gets one more, so UnsafeCell can always undo SafeCell exactly.
func SafeCell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r'", rune(s[0])) {
		return "'" + s
	}
	return s
}

// UnsafeCell undoes SafeCell, for a program reading the CSV back.
func UnsafeCell(s string) string {
	if len(s) >= 2 && s[0] == '\'' && strings.ContainsRune("=+-@\t\r'", rune(s[1])) {
		return s[1:]
	}
	return s
}

// ReadExport reads attempts to import: a JSON export (WriteJSON), a JSON
// array of attempts, or a store file (JSON Lines, e.g. a trainee's
// attempts.jsonl). Records that cannot be read are problems named by name
// and line; the error is for a file that is none of these. A CSV export
// holds only scores and cannot be imported.
func ReadExport(r io.Reader, name string) ([]Attempt, []Problem, error) {
	br := bufio.NewReader(r)
	head, _ := br.Peek(512)
	trimmed := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")), " \t\r\n")
	if len(trimmed) == 0 {
		return nil, nil, nil
	}
	if trimmed[0] != '{' && trimmed[0] != '[' {
		return nil, nil, fmt.Errorf("%s is not a JSON export (a CSV export holds only scores; export with --format json to merge)", name)
	}
	kind := trimmed[0] // trimmed points into br's buffer, which ReadAll reuses
	data, err := io.ReadAll(br)
	if err != nil {
		return nil, nil, err
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	switch kind {
	case '[':
		return decodeArray(data, name, 1)
	case '{':
		// An export object or a store file whose first line is a record.
		var probe struct {
			Format   *string         `json:"format"`
			Attempts json.RawMessage `json:"attempts"`
		}
		if json.Unmarshal(data, &probe) == nil && probe.Format != nil {
			if *probe.Format != ExportFormat {
				return nil, nil, fmt.Errorf("%s: format %q, want %q", name, *probe.Format, ExportFormat)
			}
			// The line where the attempts begin, so problems point into the file.
			line := 1 + bytes.Count(data[:max(0, bytes.Index(data, []byte(`"attempts"`)))], []byte("\n"))
			return decodeArray(probe.Attempts, name, line)
		}
		return decodeLines(bytes.NewReader(data), name, false)
	}
	return nil, nil, fmt.Errorf("%s is not a results file", name)
}

// decodeArray reads a JSON array of attempts one element at a time, so a
// damaged attempt is reported and the others still load.
func decodeArray(data []byte, name string, line0 int) ([]Attempt, []Problem, error) {
	var raws []json.RawMessage
	if err := json.Unmarshal(data, &raws); err != nil {
		return nil, nil, fmt.Errorf("%s: %v", name, err)
	}
	var out []Attempt
	var problems []Problem
	seen := map[string]bool{}
	offset := 0
	for i, raw := range raws {
		// Find the element's line for the problem report.
		line := line0
		if j := bytes.Index(data[offset:], raw); j >= 0 {
			line += bytes.Count(data[:offset+j], []byte("\n"))
			offset += j + len(raw)
		}
		var a Attempt
		if err := json.Unmarshal(raw, &a); err != nil {
			problems = append(problems, Problem{name, line, fmt.Sprintf("attempt %d: %v", i+1, err)})
			continue
		}
		if msg := a.check(); msg != "" {
			problems = append(problems, Problem{name, line, fmt.Sprintf("attempt %d: %s", i+1, msg)})
			continue
		}
		if seen[a.ID] {
			continue
		}
		seen[a.ID] = true
		out = append(out, a)
	}
	return out, problems, nil
}

// csvStatus is an attempt's status in the spreadsheet: "interrupted" for a
// round the program (or a browser that went away) stopped in, which the
// store keeps as abandoned, so a trainer can tell a round cut short from
// one the trainee left.
func csvStatus(a Attempt) string {
	if a.Interrupted != nil {
		return "interrupted"
	}
	return a.Status
}
