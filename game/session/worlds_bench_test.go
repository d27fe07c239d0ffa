package session

import (
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
)

// BenchmarkDebriefWorlds is a debrief's "100 worlds" of each built-in case
// in each language (sub-benchmarks id/lang) after the first debrief of
// that case: the trainee's best replies over 100 worlds beside the
// historical path's 100, which the first debrief (or the warming during
// the round) has cached. cpu-s/op is the CPU time per debrief on the
// cores given (-cpu 1 for one core).
// `go test -run X -bench DebriefWorlds -cpu 1 ./game/session/`
func BenchmarkDebriefWorlds(b *testing.B) {
	for _, sc := range scenarios.Builtin().Scenarios {
		b.Run(sc.ID+"/"+sc.Language, func(b *testing.B) {
			played, err := Run(sc, Options{Seed: 1}, Best{})
			if err != nil {
				b.Fatal(err)
			}
			steps := played.Transcript().Steps
			if _, err := ReplayWorlds(sc, steps, 100, Options{}); err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			start := cpuSeconds()
			for b.Loop() {
				if _, err := ReplayWorlds(sc, steps, 100, Options{}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric((cpuSeconds()-start)/float64(b.N), "cpu-s/op")
		})
	}
}
