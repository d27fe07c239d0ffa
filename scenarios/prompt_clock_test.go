package scenarios

import (
	"regexp"
	"strings"
	"testing"
)

// earliestOpenings is, per decision, the earliest scenario minute it can
// open: the sum of the decisions' at along the quickest path, replies
// taking no time (a decision opens at after the reply before it).
func earliestOpenings(sc *Scenario) map[string]float64 {
	at := map[string]float64{}
	var walk func(id string, now float64)
	walk = func(id string, now float64) {
		d, ok := sc.Decision(id)
		if !ok {
			return
		}
		open := now + d.At.Minutes()
		if v, seen := at[id]; seen && v <= open {
			return
		}
		at[id] = open
		for _, c := range d.Choices {
			walk(c.Next, open)
		}
		for _, r := range d.Routes {
			walk(r.Next, open)
		}
		for _, a := range d.Actions {
			walk(a.Next, open+a.Minutes.Minutes())
		}
		if d.OnTimeout != "" {
			walk(d.OnTimeout, open+d.Timeout.Minutes())
		}
	}
	start := sc.Start
	if start == "" && len(sc.Decisions) > 0 {
		start = sc.Decisions[0].ID
	}
	walk(start, 0)
	return at
}

var (
	promptWeekday = regexp.MustCompile(`(?i)^(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)`)
	promptSpan    = regexp.MustCompile(`(?i)^(een paar|a few|een|één|a|an|one|twee|two|drie|three)\s+(uur|hours?|dag|dagen|days?|week|weken|weeks?)\s+later`)
	promptNextDay = regexp.MustCompile(`(?i)^(de volgende (dag|ochtend|morgen|avond)|the next (day|morning|evening))`)
	promptSameDay = regexp.MustCompile(`(?i)^(later die dag|later that day|die avond|that evening)`)
)

// spanMinutes is the span a prompt's opening words name ("Twee dagen
// later"), in minutes.
func spanMinutes(count, unit string) float64 {
	n := map[string]float64{"een paar": 3, "a few": 3, "een": 1, "één": 1, "a": 1, "an": 1, "one": 1, "twee": 2, "two": 2, "drie": 3, "three": 3}[strings.ToLower(count)]
	switch u := strings.ToLower(unit); {
	case strings.HasPrefix(u, "uur"), strings.HasPrefix(u, "hour"):
		return n * 60
	case strings.HasPrefix(u, "dag"), strings.HasPrefix(u, "day"):
		return n * 1440
	default:
		return n * 7 * 1440
	}
}

// A prompt that opens on a moment ("Dinsdag.", "Sunday morning", "Een week
// later", "De volgende ochtend", "Later that day") agrees with the clock
// the trainee sees beside it: the weekday is the one the feed shows when
// the decision opens, and the span is about the decision's at, the time
// since the reply before it. Playtest 12: "Tuesday. The new sofa is in
// place." at Wed 18:01 (P12-13); "Een week later" one day later (P12-36).
func TestPromptsThatNameAMomentAgreeWithTheClock(t *testing.T) {
	checked := 0
	for _, sc := range Builtin().Scenarios {
		opens := earliestOpenings(sc)
		for _, d := range sc.Decisions {
			open, reached := opens[d.ID]
			if !reached {
				continue
			}
			prompt := strings.TrimSpace(d.Prompt)
			clock := strings.ToLower(sc.WallClock(open, sc.Language))
			gap := d.At.Minutes()
			if m := promptWeekday.FindString(prompt); m != "" && sc.StartClock != "" {
				checked++
				if day := strings.Fields(clock)[0]; !strings.HasPrefix(strings.ToLower(m), day) {
					t.Errorf("%s %s: the prompt opens on %q but the clock shows %s", sc.Key(), d.ID, m, clock)
				}
			}
			if m := promptSpan.FindStringSubmatch(prompt); m != nil {
				checked++
				if span := spanMinutes(m[1], m[2]); gap < span/2 || gap > span*2 {
					t.Errorf("%s %s: the prompt says %q but the decision opens %v after the reply before it", sc.Key(), d.ID, m[0], d.At)
				}
			}
			if m := promptNextDay.FindString(prompt); m != "" {
				checked++
				if gap < 8*60 || gap > 36*60 {
					t.Errorf("%s %s: the prompt says %q but the decision opens %v after the reply before it", sc.Key(), d.ID, m, d.At)
				}
			}
			if m := promptSameDay.FindString(prompt); m != "" {
				checked++
				before := strings.Fields(strings.ToLower(sc.WallClock(open-gap, sc.Language)))[0]
				if day := strings.Fields(clock)[0]; gap >= 12*60 || day != before {
					t.Errorf("%s %s: the prompt says %q but the decision opens %v later, on %s", sc.Key(), d.ID, m, d.At, clock)
				}
			}
		}
	}
	if checked < 10 {
		t.Fatalf("only %d prompts name a moment; the patterns no longer find them", checked)
	}
}
