package game

import (
	"testing"

	"github.com/webcaresim/webcaresim/game/ui"
)

// The meter's counters are never cut off ("50% neg…" on a 1280-pixel
// window in Dutch): at every window size the trainee may use and in both
// languages, the widest they get fits where they are drawn, beside the
// title or on a row of their own. Their plurals come from the catalogue.
func TestMeterCountersAreNeverCut(t *testing.T) {
	for _, lang := range []string{"nl", "en"} {
		for _, size := range [][2]int{{1024, 640}, {1280, 800}, {1440, 900}, {1920, 1080}} {
			a := New(Options{Lang: lang, Input: &ScriptedInput{}, Clock: NewManualClock(), Clipboard: &MemoryClipboard{}})
			a.Layout(size[0], size[1])
			p := &playScene{}
			meter := p.regions(a).meter
			in := meter.Inset(a.px(14))
			widest := ui.TextWidth(meterCounters(a, 8888, 8888, 1), a.font(ui.Caption.Strong()))
			room := float64(in.Dx())
			if !p.countersOwnRow(a, in.Dx()) {
				heat := ui.TextWidth(a.t("meter.heat", perTenThousand(88.8, a.lang)), a.font(ui.Body.Strong()))
				room -= float64(meterTitleWidth(a)+2*a.px(16)) + heat
			}
			if widest > room {
				t.Errorf("%s %dx%d: the counters need %.0f px, have %.0f: cut off", lang, size[0], size[1], widest, room)
			}
		}
	}
	for lang, want := range map[string][2]string{"nl": {"1 vermelding", "2 vermeldingen"}, "en": {"1 mention", "2 mentions"}} {
		a := New(Options{Lang: lang, Input: &ScriptedInput{}, Clock: NewManualClock(), Clipboard: &MemoryClipboard{}})
		for i, n := range []int{1, 2} {
			if got := meterCounters(a, n, 0, 0); got[:len(want[i])] != want[i] {
				t.Errorf("%s: %d mentions reads %q, want %q", lang, n, got, want[i])
			}
		}
	}
}
