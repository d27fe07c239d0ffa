package i18n

import "testing"

// A chart's axis names a count of people in a few characters: five digits
// ran off the browser chart's left edge.
func TestCompactCountStaysShort(t *testing.T) {
	for n, want := range map[int]string{950: "950", 1_234: "1.2k", 74_310: "74k", 2_500_000: "2.5M"} {
		if got := CompactCount(n); got != want {
			t.Errorf("CompactCount(%d) = %q, want %q", n, got, want)
		}
	}
}
