package progress

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/webcaresim/webcaresim/game/session"
)

// hostile names: every one must survive CSV and JSON.
var hostile = []string{
	"Anna, de Vries", `Bram "de Baas"`, "Cor\nvan Dam", "=HYPERLINK(\"http://x\")", "+31 6 1234",
	"-1+2", "@Dorien", "'quoted", "'=both", "Émile 🙂👩🏽‍💻", "مريم", "שרה", "\tTab", "\rCR", "plain",
}

func TestCSVRoundTripAndFormulaInjection(t *testing.T) {
	var as []Attempt
	for i, name := range hostile {
		as = append(as, attempt("", name, "sanoma-juf", t0.Add(time.Duration(i)*time.Minute), 55.25))
	}
	relaxed := attempt("", "Relaxte Rik", "sanoma-juf", t0, 60)
	relaxed.Report.Scores.SpeedScored = false
	as = append(as, relaxed)
	var buf bytes.Buffer
	if err := WriteCSV(&buf, as, time.UTC); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != len(as)+1 || strings.Join(rows[0], ",") != strings.Join(CSVHeader, ",") {
		t.Fatalf("rows %d, header %v", len(rows), rows[0])
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	for i, row := range rows[1 : len(hostile)+1] {
		for j, cell := range row {
			if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
				t.Errorf("row %d column %s starts with %q: a spreadsheet would run it", i+1, rows[0][j], cell[0])
			}
		}
		if got := UnsafeCell(row[col["player"]]); got != hostile[i] {
			t.Errorf("player %q came back as %q", hostile[i], got)
		}
		if row[col["date"]] != as[i].Started.Format(time.RFC3339) || row[col["overall"]] != "55.2" && row[col["overall"]] != "55.3" ||
			row[col["speed"]] != "80.0" || row[col["grade"]] != as[i].Report.Grade || row[col["id"]] != as[i].ID ||
			row[col["ending"]] != "afkoelen" || row[col["status"]] != Finished || row[col["mode"]] != "practice" {
			t.Errorf("row %d: %v", i+1, row)
		}
	}
	if last := rows[len(rows)-1]; last[col["speed"]] != "" {
		t.Errorf("speed not scored in relaxed mode but exported as %q", last[col["speed"]])
	}
}

func TestCSVForExcel(t *testing.T) {
	a := attempt("id-1", "Émile; \"de\" =baas 🙂", "sanoma-juf", t0, 72.25)
	var buf bytes.Buffer
	if err := WriteCSVWith(&buf, []Attempt{a}, time.UTC, CSVOptions{Excel: true}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if !strings.HasPrefix(out, "\ufeffdate;player;") {
		t.Fatalf("no byte order mark or semicolons: %q", out[:min(len(out), 40)])
	}
	r := csv.NewReader(strings.NewReader(strings.TrimPrefix(out, "\ufeff")))
	r.Comma = ';'
	rows, err := r.ReadAll()
	if err != nil || len(rows) != 2 {
		t.Fatalf("%v, %d rows", err, len(rows))
	}
	row := rows[1]
	if UnsafeCell(row[1]) != a.Player || row[5] != "72,2" && row[5] != "72,3" || row[9] != strings.Replace(a.Report.Grade, ".", ",", 1) {
		t.Errorf("row %q", row)
	}
}

func TestSafeCellInverse(t *testing.T) {
	for _, s := range append(hostile, "", "'", "''", "=", "a'=") {
		if got := UnsafeCell(SafeCell(s)); got != s {
			t.Errorf("UnsafeCell(SafeCell(%q)) = %q", s, got)
		}
	}
}

func TestJSONExportImportRoundTrip(t *testing.T) {
	var as []Attempt
	for i, name := range hostile {
		a := attempt("", name, "sanoma-juf", t0.Add(time.Duration(i)*time.Minute), float64(i))
		a.Report.Replies[0].Text = name + " " + tricky
		as = append(as, a)
	}
	var buf bytes.Buffer
	if err := WriteJSON(&buf, as, t0); err != nil {
		t.Fatal(err)
	}
	got, problems, err := ReadExport(bytes.NewReader(buf.Bytes()), "export.json")
	if err != nil || len(problems) > 0 || len(got) != len(as) {
		t.Fatalf("read back %d attempts, %v, %v", len(got), problems, err)
	}
	for i := range as {
		if got[i].ID != as[i].ID || got[i].Player != as[i].Player || got[i].Report.Replies[0].Text != as[i].Report.Replies[0].Text ||
			!got[i].Started.Equal(as[i].Started) || got[i].Report.Scores != as[i].Report.Scores {
			t.Errorf("attempt %d changed: %+v", i, got[i])
		}
	}

	// Merging two trainees' exports into one store; twice adds nothing.
	s := openT(t, t.TempDir())
	for round, want := range []int{len(as), 0} {
		n, err := s.Import(got)
		if err != nil || n != want {
			t.Errorf("import round %d: added %d, %v; want %d", round+1, n, err, want)
		}
	}
}

func TestReadExportForms(t *testing.T) {
	a, b := attempt("a", "Anna", "x", t0, 1), attempt("b", "Bram", "x", t0, 2)
	var exp bytes.Buffer
	if err := WriteJSON(&exp, []Attempt{a, b}, t0); err != nil {
		t.Fatal(err)
	}
	// A store file (JSON Lines), as a trainee could send attempts.jsonl.
	dir := t.TempDir()
	s := openT(t, dir)
	for _, x := range []Attempt{a, b} {
		if err := s.Save(x); err != nil {
			t.Fatal(err)
		}
	}
	jsonl := mustRead(t, s.Path())

	// A damaged attempt in an export is named by line; the rest loads.
	damaged := strings.Replace(exp.String(), `"status": "finished"`, `"status": 7`, 1)

	for _, c := range []struct {
		name, data  string
		n, problems int
		fails       bool
	}{
		{"export", exp.String(), 2, 0, false},
		{"bom", "\xef\xbb\xbf" + exp.String(), 2, 0, false},
		{"array", "[" + mustJSON(t, a) + "," + mustJSON(t, b) + "]", 2, 0, false},
		{"jsonl", string(jsonl), 2, 0, false},
		{"damaged", damaged, 1, 1, false},
		{"csv", "date,player\n2026-01-01,Anna\n", 0, 0, true},
		{"other format", `{"format":"something-else","attempts":[]}`, 0, 0, true},
		{"empty", "  \n", 0, 0, false},
	} {
		got, problems, err := ReadExport(strings.NewReader(c.data), c.name)
		if (err != nil) != c.fails || len(got) != c.n || len(problems) != c.problems {
			t.Errorf("%s: %d attempts, problems %v, error %v", c.name, len(got), problems, err)
		}
		if c.name == "damaged" && len(problems) == 1 {
			// The second attempt starts well below the first line.
			if problems[0].Line < 3 || !strings.HasPrefix(problems[0].String(), "damaged:") {
				t.Errorf("problem %q does not point into the file", problems[0])
			}
		}
	}
}

func mustJSON(t *testing.T, a Attempt) string {
	var buf bytes.Buffer
	if err := WriteJSON(&buf, []Attempt{a}, t0); err != nil {
		t.Fatal(err)
	}
	got, _, _ := ReadExport(&buf, "x")
	var out bytes.Buffer
	if err := WriteJSON(&out, got, t0); err != nil {
		t.Fatal(err)
	}
	s := out.String()
	return s[strings.Index(s, "[")+1 : strings.LastIndex(s, "]")]
}

func TestSummaries(t *testing.T) {
	mk := func(scenario string, minute int, overall float64, status string) Attempt {
		a := attempt("", "Anna", scenario, t0.Add(time.Duration(minute)*time.Minute), overall)
		a.Status = status
		return a
	}
	as := []Attempt{
		mk("sanoma-juf", 3, 70, Finished),
		mk("sanoma-juf", 1, 40, Finished),
		mk("hema", 2, 20, Abandoned),
		mk("sanoma-juf", 2, 55, Finished),
		mk("sanoma-juf", 4, 90, Abandoned),
	}
	sum := Summaries(as)
	if len(sum) != 2 || sum[0].Scenario != "hema" || sum[1].Scenario != "sanoma-juf" {
		t.Fatalf("summaries %+v", sum)
	}
	h, s := sum[0], sum[1]
	if h.Attempts != 1 || h.Finished != 0 || h.Best.ID != "" || h.Latest.ID != as[2].ID || h.Slope != 0 {
		t.Errorf("hema: %+v", h)
	}
	if s.Attempts != 4 || s.Finished != 3 || s.Best.ID != as[0].ID || s.Latest.ID != as[4].ID {
		t.Errorf("sanoma: attempts %d finished %d best %s latest %s", s.Attempts, s.Finished, s.Best.ID, s.Latest.ID)
	}
	var trend []float64
	for _, p := range s.Trend {
		trend = append(trend, p.Overall)
	}
	if len(trend) != 3 || trend[0] != 40 || trend[1] != 55 || trend[2] != 70 || s.Slope != 15 {
		t.Errorf("trend %v slope %v, want [40 55 70] and 15", trend, s.Slope)
	}
	_ = session.Practice
}

// Only a cell a spreadsheet would run as a formula gets the apostrophe: a
// reply opening with the customer's @handle does, the same handle later in
// the reply and ordinary text do not.
func TestSafeCellOnlyWhereASpreadsheetReadsAFormula(t *testing.T) {
	for in, want := range map[string]string{
		"@brampost Hoi Bram": "'@brampost Hoi Bram",
		"=HYPERLINK(\"x\")":  "'=HYPERLINK(\"x\")",
		"-3 punten":          "'-3 punten",
		"Hoi @brampost":      "Hoi @brampost",
		"Sorry, Bram":        "Sorry, Bram",
		"3 + 4":              "3 + 4",
	} {
		if got := SafeCell(in); got != want {
			t.Errorf("SafeCell(%q) = %q, want %q", in, got, want)
		}
	}
}

// A round cut short (the game killed, a browser gone) reads "interrupted"
// in the spreadsheet, not "abandoned" as a round the trainee left does.
func TestCSVTellsAnInterruptedRoundFromAnAbandonedOne(t *testing.T) {
	left := attempt("", "Linde", "sanoma-juf", t0, 40)
	left.Status = Abandoned
	cut := attempt("", "Cas", "sanoma-juf", t0.Add(time.Minute), 40)
	cut.Status = Abandoned
	cut.Interrupted = &Interruption{}
	var buf bytes.Buffer
	if err := WriteCSV(&buf, []Attempt{left, cut}, time.UTC); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	status := slices.Index(CSVHeader, "status")
	if got := []string{rows[1][status], rows[2][status]}; got[0] != "abandoned" || got[1] != "interrupted" {
		t.Errorf("statuses %v, want [abandoned interrupted]", got)
	}
}

// A round left early is stored "without a mark" (the window says so when
// the trainee leaves): the spreadsheet has no score or grade for it, where
// it exported the part played as a 9.8 a trainer sorted among the finished
// rounds (play28, F5). A finished round of the same trainee keeps its row.
func TestCSVGivesARoundLeftEarlyNoMark(t *testing.T) {
	done := attempt("", "Linde", "hema-insuline", t0, 44.4)
	left := attempt("", "Linde", "hema-insuline", t0.Add(time.Hour), 97.9)
	left.Status = Abandoned
	cut := attempt("", "Linde", "hema-insuline", t0.Add(2*time.Hour), 90)
	cut.Status, cut.Interrupted = Abandoned, &Interruption{}
	for _, excel := range []bool{false, true} {
		var buf bytes.Buffer
		if err := WriteCSVWith(&buf, []Attempt{done, left, cut}, time.UTC, CSVOptions{Excel: excel}); err != nil {
			t.Fatal(err)
		}
		r := csv.NewReader(strings.NewReader(strings.TrimPrefix(buf.String(), "\ufeff")))
		if excel {
			r.Comma = ';'
		}
		rows, err := r.ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		for _, name := range []string{"empathy", "speed", "deescalation", "overall", "grade"} {
			c := slices.Index(CSVHeader, name)
			if rows[1][c] == "" {
				t.Errorf("excel %v: the finished round has no %s", excel, name)
			}
			for i, row := range rows[2:] {
				if row[c] != "" {
					t.Errorf("excel %v: round %d, left early, exports %s %q; want it empty: no mark", excel, i+1, name, row[c])
				}
			}
		}
		if st := slices.Index(CSVHeader, "status"); rows[2][st] != Abandoned || rows[3][st] != "interrupted" {
			t.Errorf("excel %v: statuses %q %q", excel, rows[2][st], rows[3][st])
		}
	}
	// The stored report is not touched: the replies and their analysis
	// stay in the replies export.
	var buf bytes.Buffer
	if err := WriteReplyCSV(&buf, []Attempt{left}, time.UTC, CSVOptions{}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "We bellen je") {
		t.Errorf("the replies export lost the reply of the round left early:\n%s", buf.String())
	}
	if left.Report.Grade == "" || left.Overall() != 97.9 {
		t.Errorf("the stored report changed: grade %q overall %v", left.Report.Grade, left.Overall())
	}
}

// A round left early counts in neither the best nor the trend, however
// high the part played scored.
func TestSummaryLeavesARoundLeftEarlyOut(t *testing.T) {
	done := attempt("", "Linde", "hema-insuline", t0, 44.4)
	left := attempt("", "Linde", "hema-insuline", t0.Add(time.Hour), 97.9)
	left.Status = Abandoned
	s := Summaries([]Attempt{done, left})[0]
	if s.Best.ID != done.ID || len(s.Trend) != 1 || s.Trend[0].Overall != 44.4 || s.Latest.ID != left.ID || s.Latest.Marked() {
		t.Errorf("best %s trend %v latest %s (marked %v); want the finished round's 44.4 alone", s.Best.ID, s.Trend, s.Latest.ID, s.Latest.Marked())
	}
}

// A round left early has no mark: the list, the CSV, the dashboard and the
// debrief show no grade for it, and the JSON export gave its report's
// "grade" (a 7.1 for the part played) for a trainer to read as a mark. It
// now has none there; a finished round keeps its grade, and both come back
// whole from an import.
func TestJSONExportGivesALeftRoundNoGrade(t *testing.T) {
	done := attempt("done", "Anna", "sanoma-juf", t0, 67)
	left := attempt("left", "Anna", "sanoma-juf", t0.Add(time.Hour), 67)
	left.Status = Abandoned
	var buf bytes.Buffer
	if err := WriteJSON(&buf, []Attempt{done, left}, t0); err != nil {
		t.Fatal(err)
	}
	var raw struct {
		Attempts []struct {
			ID     string                     `json:"id"`
			Status string                     `json:"status"`
			Report map[string]json.RawMessage `json:"report"`
		} `json:"attempts"`
	}
	if err := json.Unmarshal(buf.Bytes(), &raw); err != nil {
		t.Fatal(err)
	}
	if len(raw.Attempts) != 2 {
		t.Fatalf("the export holds %d attempts, want 2", len(raw.Attempts))
	}
	for _, a := range raw.Attempts {
		grade, has := a.Report["grade"]
		if a.Status == Abandoned && has {
			t.Errorf("the round left early is exported with the grade %s", grade)
		}
		if a.Status == Finished && string(grade) != `"`+done.Report.Grade+`"` {
			t.Errorf("the finished round is exported with the grade %s, want %q", grade, done.Report.Grade)
		}
		if _, ok := a.Report["replies"]; !ok {
			t.Errorf("attempt %s is exported without its replies", a.ID)
		}
	}
	got, problems, err := ReadExport(&buf, "export.json")
	if err != nil || len(problems) > 0 || len(got) != 2 {
		t.Fatalf("read back %d attempts, %v, %v", len(got), problems, err)
	}
	if got[0].Report.Grade != done.Report.Grade || got[1].Marked() || got[1].Report.Scores != left.Report.Scores {
		t.Errorf("read back: finished grade %q, left round marked %v, scores %+v", got[0].Report.Grade, got[1].Marked(), got[1].Report.Scores)
	}
}
