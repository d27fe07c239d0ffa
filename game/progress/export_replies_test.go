package progress

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/scenarios"
)

// playedAttempt plays Sanoma with a typed reply (one a spreadsheet would run
// as a formula), a written choice and silence, and stores it as an attempt.
func playedAttempt(t *testing.T) Attempt {
	t.Helper()
	sc, ok := scenarios.Builtin().Find("sanoma-juf", "nl")
	if !ok {
		t.Fatal("sanoma-juf missing")
	}
	steps := []session.Step{
		{At: 12, Text: "=Sorry Dorien, je hebt gelijk, \"al gebeld\". Mag ik je bellen? ^Lotte"},
		{At: 40, Choice: 1},
	}
	s, err := session.Run(sc, session.Options{Seed: 3, Player: "Anna, de Vries"}, &session.FromTranscript{Steps: steps})
	if err != nil {
		t.Fatal(err)
	}
	return New(s.Report(), t0, t0.Add(10*time.Minute), true, "game")
}

// A trainer reads every reply beside its scores: one CSV row per reply, with
// its text, minute, the minutes to answer, speed and scores exactly as the
// round scored them; the JSON export holds the same per reply.
func TestReplyExportHasOneRowPerReply(t *testing.T) {
	a := playedAttempt(t)
	reps := a.Report.Replies
	if len(reps) < 2 {
		t.Fatalf("the round has %d replies, want at least 2", len(reps))
	}
	var buf bytes.Buffer
	if err := WriteReplyCSV(&buf, []Attempt{a, a}, time.UTC, CSVOptions{}); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1+2*len(reps) {
		t.Fatalf("%d rows for 2 attempts of %d replies", len(rows), len(reps))
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	for i, r := range reps {
		row := rows[1+i]
		f := func(name string) float64 {
			x, err := strconv.ParseFloat(row[col[name]], 64)
			if err != nil {
				t.Fatalf("reply %d %s: %q", i+1, name, row[col[name]])
			}
			return x
		}
		if UnsafeCell(row[col["text"]]) != r.Text || row[col["player"]] == "" || row[col["decision"]] != r.Decision ||
			f("minute") != round1(r.Minute) || f("minutes_to_answer") != round1(r.Minute-r.Opened) ||
			f("speed") != round1(r.Speed) || f("empathy") != round1(r.Analysis.Empathy) ||
			f("deescalation") != round1(r.Analysis.Deescalation) || row[col["attempt"]] != a.ID {
			t.Errorf("reply %d: row %v does not match %+v", i+1, row, r)
		}
		if strings.HasPrefix(row[col["text"]], "=") {
			t.Errorf("reply %d: a typed formula would run in a spreadsheet: %q", i+1, row[col["text"]])
		}
	}
	if rows[1][col["kind"]] != "typed" || rows[2][col["kind"]] != "choice 1" {
		t.Errorf("kinds %q, %q; want typed, choice 1", rows[1][col["kind"]], rows[2][col["kind"]])
	}

	buf.Reset()
	if err := WriteJSON(&buf, []Attempt{a}, t0); err != nil {
		t.Fatal(err)
	}
	var back struct {
		Attempts []struct {
			Report struct {
				Replies []struct {
					Text     string  `json:"text"`
					Minute   float64 `json:"minute"`
					Opened   float64 `json:"opened"`
					Speed    float64 `json:"speed"`
					Analysis struct {
						Empathy      float64 `json:"empathy"`
						Deescalation float64 `json:"deescalation"`
					} `json:"analysis"`
				} `json:"replies"`
			} `json:"report"`
		} `json:"attempts"`
	}
	if err := json.Unmarshal(buf.Bytes(), &back); err != nil {
		t.Fatal(err)
	}
	got := back.Attempts[0].Report.Replies
	for i, r := range reps {
		if got[i].Text != r.Text || got[i].Minute != r.Minute || got[i].Speed != r.Speed ||
			got[i].Analysis.Empathy != r.Analysis.Empathy || got[i].Opened != r.Opened {
			t.Errorf("JSON reply %d: %+v, want %+v", i+1, got[i], r)
		}
	}
}

func round1(x float64) float64 {
	v, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', 1, 64), 64)
	return v
}
