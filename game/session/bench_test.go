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

// BenchmarkHundredWorlds plays 100 worlds of each built-in case's
// historical path in each language (sub-benchmarks id/lang), the
// debrief's "100 worlds" for one side. Run it with
// -cpu 1 for the cost on one core; cpu-s/op is the CPU time per 100
// worlds, which a busy machine does not inflate as it does ns/op.
// `go test -run X -bench HundredWorlds -cpu 1 ./game/session/`
func BenchmarkHundredWorlds(b *testing.B) {
	for _, sc := range scenarios.Builtin().Scenarios {
		b.Run(sc.ID+"/"+sc.Language, func(b *testing.B) {
			b.ReportAllocs()
			start := cpuSeconds()
			for b.Loop() {
				if _, err := PlayWorlds(sc, 100, Options{}, func() Strategy { return Historical{} }); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric((cpuSeconds()-start)/float64(b.N), "cpu-s/op")
		})
	}
}
