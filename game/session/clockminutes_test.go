package session

import (
	"strconv"
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
)

// The minutes a badge or the debrief gives beside a clock time are the
// difference of the clock times the trainee reads. A newcomer saw "SLA
// sinds di 20:29: 0 / 60 min" with the clock at 20:30, and a debrief line
// "om 10:53 · 2 min nadat je kon reageren" for a decision that opened at
// 10:50.
func TestMinutesBesideAClockAreTheClocksDifference(t *testing.T) {
	sc, ok := scenarios.BuiltinForPlay().Find("tmobile-fransbauer", "nl")
	if !ok {
		t.Fatal("tmobile-fransbauer missing")
	}
	minuteOf := func(clock string) int {
		hm := clock[strings.LastIndexByte(clock, ' ')+1:]
		h, _ := strconv.Atoi(hm[:2])
		m, _ := strconv.Atoi(hm[3:])
		return h*60 + m
	}
	for _, c := range [][2]float64{{14.7, 15.2}, {14.2, 14.9}, {13.95, 17.05}, {3, 63.99}, {59.5, 60.5}} {
		shown := minuteOf(sc.WallClock(c[1], "nl")) - minuteOf(sc.WallClock(c[0], "nl"))
		if got := ClockMinutes(c[0], c[1]); got != shown {
			t.Errorf("from %.2f to %.2f: %d minutes, the clock reads %s and %s (%d)", c[0], c[1], got,
				sc.WallClock(c[0], "nl"), sc.WallClock(c[1], "nl"), shown)
		}
		sla := SLA{Start: c[0], Waited: c[1] - c[0], Minutes: 60}
		if sla.WaitedOnClock() != shown {
			t.Errorf("the badge from %.2f at %.2f says %d, the clock %d", c[0], c[1], sla.WaitedOnClock(), shown)
		}
	}
}
