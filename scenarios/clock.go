package scenarios

import (
	"fmt"
	"strconv"
	"strings"
)

// Day names as a scenario's start_clock may write them, Monday first.
var (
	daysNL = []string{"ma", "di", "wo", "do", "vr", "za", "zo"}
	daysEN = []string{"mon", "tue", "wed", "thu", "fri", "sat", "sun"}
)

// clockError is what is wrong with a start_clock, kept as format and values
// so that the checker's reader gets it in their language.
type clockError struct {
	Format string
	Args   []any
}

func (e clockError) Error() string { return fmt.Sprintf(e.Format, e.Args...) }

// startClock reads start_clock ("za 11:00", "sat 11:00" or "11:00") as a
// weekday (0 Monday, -1 none) and the minute of the day.
func startClock(s string) (day, minute int, err error) {
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "" {
		return -1, 0, nil
	}
	day = -1
	if f := strings.Fields(s); len(f) == 2 {
		for i := range daysNL {
			if f[0] == daysNL[i] || f[0] == daysEN[i] {
				day = i
			}
		}
		if day < 0 {
			return 0, 0, clockError{Format: "unknown day %q: use ma di wo do vr za zo or mon … sun", Args: []any{f[0]}}
		}
		s = f[1]
	}
	hh, mm, ok := strings.Cut(s, ":")
	h, err1 := strconv.Atoi(hh)
	m, err2 := strconv.Atoi(mm)
	if !ok || err1 != nil || err2 != nil || h < 0 || h > 23 || m < 0 || m > 59 {
		return 0, 0, clockError{Format: "%q is not a time like \"za 11:00\" or \"11:00\"", Args: []any{s}}
	}
	return day, h*60 + m, nil
}

// WallClock shows scenario minute m as the time of day the trainee reads in
// the feed ("za 11:13" in Dutch, "Sat 11:13" in English), counting from
// start_clock; without a start_clock it shows the minutes since the start
// ("+1:13").
func (s *Scenario) WallClock(m float64, lang string) string {
	day, start, err := startClock(s.StartClock)
	if err != nil || s.StartClock == "" {
		total := int(m)
		return fmt.Sprintf("+%d:%02d", total/60, total%60)
	}
	t := start + int(m)
	hm := fmt.Sprintf("%02d:%02d", (t/60)%24, t%60)
	if day < 0 {
		return hm
	}
	d := (day + t/1440) % 7
	name := daysNL[d]
	if lang == "en" {
		name = strings.ToUpper(daysEN[d][:1]) + daysEN[d][1:]
	}
	return name + " " + hm
}

// StartMinuteOfDay is the minute of the day the round starts at, from
// start_clock; false when the scenario gives no (valid) start_clock. The
// crowd uses it for the daily rhythm of activity.
func (s *Scenario) StartMinuteOfDay() (int, bool) {
	_, minute, err := startClock(s.StartClock)
	if err != nil || strings.TrimSpace(s.StartClock) == "" {
		return 0, false
	}
	return minute, true
}
