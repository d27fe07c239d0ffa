package session

import (
	"regexp"
	"strconv"
	"testing"
)

// The round's figure beside the real one never reads as a share over 100%:
// Sanoma's 1,161 retweets against the real 127 read "(914% daarvan)". Above
// the recorded figure the line says how many times as many, in each
// language's own decimal mark; up to it, the share.
func TestComparisonSaysTimesAsManyAboveTheRecordedFigure(t *testing.T) {
	cases := []struct {
		round, recorded int
		lang, want      string
	}{
		{1161, 127, "nl", "In jouw ronde: 1.161, 9,1 keer zoveel."},
		{1161, 127, "en", "In your round: 1,161, 9.1 times as many."},
		{12480, 6100, "nl", "In jouw ronde: 12.480, 2 keer zoveel."},
		{36188, 127, "en", "In your round: 36,188, 285 times as many."},
		{57, 127, "en", "In your round: 57 (45% of that)."},
		{127, 127, "nl", "In jouw ronde: 127 (100% daarvan)."},
		{0, 127, "nl", "In jouw ronde: 0 (0% daarvan)."},
	}
	for _, c := range cases {
		if got := (Comparison{Recorded: c.recorded, Round: c.round}).RoundLine(c.lang); got != c.want {
			t.Errorf("%d of %d, %s: %q, want %q", c.round, c.recorded, c.lang, got, c.want)
		}
	}
	share := regexp.MustCompile(`(\d+)%`)
	for _, lang := range []string{"nl", "en"} {
		for round := 0; round <= 2000; round += 7 {
			line := (Comparison{Recorded: 127, Round: round}).RoundLine(lang)
			if m := share.FindStringSubmatch(line); m != nil {
				if p, _ := strconv.Atoi(m[1]); p > 100 {
					t.Fatalf("%s: %q says a share over 100%%", lang, line)
				}
			}
		}
	}
}
