package session

import (
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
)

// BenchmarkRoundSanomaHistorical plays the Sanoma case's historical path, a
// storm of about two thousand posts over 26 scenario hours, without a window:
// what `webcaresim replay` and the window's time-lapse cost.
func BenchmarkRoundSanomaHistorical(b *testing.B) {
	sc, ok := scenarios.Builtin().Find("sanoma-juf", "nl")
	if !ok {
		b.Fatal("sanoma-juf missing")
	}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		if _, err := Run(sc, Options{Seed: uint64(i%50 + 1)}, Historical{}); err != nil {
			b.Fatal(err)
		}
	}
}
