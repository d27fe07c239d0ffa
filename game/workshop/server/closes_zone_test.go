package server_test

import (
	"strings"
	"testing"
	"time"
)

// The dashboard says until when trainees can join in the trainer's time
// (Europe/Amsterdam, as the CSV export and the control log), not in the
// server's: a server on UTC told a Dutch trainer who opened a workshop
// for eight hours at 18:27 that it closed at 01:27.
func TestTheDashboardSaysTheClosingTimeInTheTrainersZone(t *testing.T) {
	loc, err := time.LoadLocation("Europe/Amsterdam")
	if err != nil {
		t.Skip("no time zone database")
	}
	e := start(t, t.TempDir()+"/w.db")
	e.login()
	before := time.Now()
	code := e.workshop()
	after := time.Now()
	_, page := e.get("/trainer?w=" + code + "&lang=en")
	var want []string
	for _, at := range []time.Time{before, after} {
		want = append(want, at.Add(8*time.Hour).In(loc).Format("2006-01-02 15:04"))
	}
	if !strings.Contains(page, want[0]) && !strings.Contains(page, want[1]) {
		i := strings.Index(page, "can join until")
		t.Errorf("the dashboard says %q, want the Amsterdam time %q", page[max(0, i):min(len(page), i+60)], want[1])
	}
}
