package progress

import "sort"

// Summary is a trainee's progress on one scenario, for the history screen.
type Summary struct {
	Scenario string // scenario id
	Title    string // title of the latest attempt's scenario
	Attempts int    // all attempts, abandoned ones included
	Finished int
	// Best is the finished attempt with the highest overall score (the
	// earliest of equals); zero when none is finished.
	Best Attempt
	// Latest is the most recent attempt, finished or not.
	Latest Attempt
	// Trend holds the overall scores of the finished attempts, oldest first.
	Trend []TrendPoint
	// Slope is the least-squares change of the overall score per attempt
	// over the last TrendWindow finished attempts: positive when the
	// trainee improves. Zero with fewer than two.
	Slope float64
}

// TrendPoint is one finished attempt in a trend.
type TrendPoint struct {
	ID      string
	Overall float64
	Grade   string
}

// TrendWindow is how many recent finished attempts Slope looks at.
const TrendWindow = 5

// Summaries groups attempts per scenario id (both languages together),
// sorted by scenario id. Filter first (List with a Player) to summarise one
// trainee.
func Summaries(as []Attempt) []Summary {
	sorted := append([]Attempt(nil), as...)
	sortAttempts(sorted)
	by := map[string]*Summary{}
	var keys []string
	for _, a := range sorted {
		s := by[a.Scenario]
		if s == nil {
			s = &Summary{Scenario: a.Scenario}
			by[a.Scenario] = s
			keys = append(keys, a.Scenario)
		}
		s.Attempts++
		s.Latest = a
		s.Title = a.Report.Title
		if !a.Marked() {
			continue // no mark: neither best nor trend
		}
		if s.Finished == 0 || a.Overall() > s.Best.Overall() {
			s.Best = a
		}
		s.Finished++
		s.Trend = append(s.Trend, TrendPoint{ID: a.ID, Overall: a.Overall(), Grade: a.Report.Grade})
	}
	sort.Strings(keys)
	out := make([]Summary, 0, len(keys))
	for _, k := range keys {
		s := by[k]
		s.Slope = slope(s.Trend)
		out = append(out, *s)
	}
	return out
}

// slope fits overall = a + b·i over the last TrendWindow points and returns b.
func slope(t []TrendPoint) float64 {
	if len(t) > TrendWindow {
		t = t[len(t)-TrendWindow:]
	}
	n := float64(len(t))
	if n < 2 {
		return 0
	}
	var sx, sy, sxx, sxy float64
	for i, p := range t {
		x := float64(i)
		sx += x
		sy += p.Overall
		sxx += x * x
		sxy += x * p.Overall
	}
	return (n*sxy - sx*sy) / (n*sxx - sx*sx)
}
