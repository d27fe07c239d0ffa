package i18n

import "testing"

// 152 people of 120,000 reached is not nobody: "(0%)" beside it read as
// if the story had reached no one. A share that rounds to 0 but is not 0
// says "<1%"; none at all is "0%".
func TestShareOfSomeButUnderOnePercentIsNotZero(t *testing.T) {
	for _, c := range []struct {
		part, whole int
		want        string
	}{
		{152, 120000, "<1%"},
		{1, 40000, "<1%"},
		{0, 120000, "0%"},
		{600, 120000, "1%"}, // 0.5% rounds up, as before
		{36, 1000, "4%"},
		{120000, 120000, "100%"},
		{119900, 120000, ">99%"}, // nearly all is not all
		{119399, 120000, "99%"},
		{5, 0, "0%"}, // no audience: nothing to be a share of
	} {
		if got := Share(c.part, c.whole); got != c.want {
			t.Errorf("Share(%d, %d) = %q, want %q", c.part, c.whole, got, c.want)
		}
	}
	if got := Percent(0.003); got != "<1%" {
		t.Errorf("Percent(0.003) = %q, want <1%%", got)
	}
	if got := Percent(0.997); got != ">99%" {
		t.Errorf("Percent(0.997) = %q, want >99%%", got)
	}
	if got := Percent(1); got != "100%" {
		t.Errorf("Percent(1) = %q, want 100%%", got)
	}
	if got := Percent(0.253); got != "25%" {
		t.Errorf("Percent(0.253) = %q, want 25%%", got)
	}
}
