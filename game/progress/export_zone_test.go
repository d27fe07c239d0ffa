package progress

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"
	"time"
)

// A results file's times say their time zone: a spreadsheet opened in
// another zone, or a workshop server that runs in UTC, reads the moment a
// round started, not a clock time of no place.
func TestTheResultsCSVSaysItsTimeZone(t *testing.T) {
	amsterdam := time.FixedZone("CET", 3600)
	started := time.Date(2026, 12, 7, 13, 5, 9, 0, time.UTC)
	as := []Attempt{attempt("", "Anouk", "sanoma-juf", started, 55.25)}
	for name, write := range map[string]func(*bytes.Buffer) error{
		"results": func(b *bytes.Buffer) error { return WriteCSV(b, as, amsterdam) },
		"replies": func(b *bytes.Buffer) error { return WriteReplyCSV(b, as, amsterdam, CSVOptions{}) },
	} {
		var buf bytes.Buffer
		if err := write(&buf); err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(&buf).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) < 2 {
			t.Fatalf("%s: %d rows", name, len(rows))
		}
		cell := rows[1][0]
		at, err := time.Parse(time.RFC3339, cell)
		if err != nil || !at.Equal(started) || !strings.HasSuffix(cell, "+01:00") {
			t.Errorf("%s: the start is written %q, want ISO 8601 with its offset (2026-12-07T14:05:09+01:00)", name, cell)
		}
	}
}
