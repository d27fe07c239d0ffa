package session

import (
	"testing"

	"github.com/webcaresim/webcaresim/game/crowd"
)

// The meter never shows a storm while the crowd is on the brand's side,
// however loud it is; otherwise it shows the heat's level.
func TestMeterLevel(t *testing.T) {
	cases := []struct {
		name string
		st   crowd.Stats
		want MeterLevel
	}{
		{"a loud crowd cheering the brand", crowd.Stats{Outrage: 95, Heat: 40, Support: 120}, MeterBrandSide},
		{"support just level with the heat", crowd.Stats{Outrage: 70, Heat: 12, Support: 12}, MeterBrandSide},
		{"a storm with a few defenders", crowd.Stats{Outrage: 75, Heat: 60, Support: 5}, MeterStorm},
		{"warm", crowd.Stats{Outrage: 45, Heat: 8, Support: 1}, MeterWarm},
		{"quiet, nobody on either side", crowd.Stats{}, MeterCalm},
	}
	for _, c := range cases {
		if got := MeterLevelOf(c.st); got != c.want {
			t.Errorf("%s: level %q, want %q", c.name, got, c.want)
		}
	}
}
