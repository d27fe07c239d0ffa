package game

import (
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/game/session"
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
			p := &playScene{sc: a.set.Scenarios[0]}
			meter := p.regions(a).meter
			in := meter.Inset(a.px(14))
			widest := widestCountersWidth(a)
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
	for lang, want := range map[string][2]string{"nl": {"1 reactie, 1 in de feed", "2 reacties, 1 in de feed"}, "en": {"1 reaction, 1 in the feed", "2 reactions, 1 in the feed"}} {
		a := New(Options{Lang: lang, Input: &ScriptedInput{}, Clock: NewManualClock(), Clipboard: &MemoryClipboard{}})
		for i, n := range []int{1, 2} {
			if got := meterCounters(a, session.MeterCounts{Posts: n, InFeed: 1}); !strings.HasPrefix(got, want[i]) {
				t.Errorf("%s: %d posts, 1 in the feed, reads %q, want %q", lang, n, got, want[i])
			}
		}
	}
}

// The meter's reach and support are never cut off ("steun 0,1 p…" on a
// 1400-pixel window in Dutch): in every case, at every window size the
// trainee may use and in both languages, the widest they get in the case
// fits, on one row or with support on a row of its own.
func TestMeterReachAndSupportAreNeverCut(t *testing.T) {
	for _, lang := range []string{"nl", "en"} {
		a := New(Options{Lang: lang, Input: &ScriptedInput{}, Clock: NewManualClock(), Clipboard: &MemoryClipboard{}})
		for _, size := range [][2]int{{1024, 640}, {1280, 800}, {1400, 900}, {1440, 900}, {1920, 1080}} {
			a.Layout(size[0], size[1])
			for _, sc := range a.set.Scenarios {
				p := &playScene{sc: sc}
				in := p.regions(a).meter.Inset(a.px(14))
				reach, support := p.reachAndSupport(a, true)
				face := a.font(ui.Caption.Strong())
				rows := []string{reach + "  ·  " + support}
				if p.supportOwnRow(a, in.Dx()) {
					rows = []string{reach, support}
				}
				for _, row := range rows {
					if w := ui.TextWidth(row, face); w > float64(in.Dx()) {
						t.Errorf("%s %s %dx%d: %q needs %.0f px, has %d: cut off", sc.ID, lang, size[0], size[1], row, w, in.Dx())
					}
				}
			}
		}
	}
}

// Over a handful of reactions and shares the meter counts what is against
// the brand instead of giving a percentage: "50% against you" over two
// shares read as half the public turning (P18-5). With none it says
// nothing about sides; from twenty on it is a percentage again.
func TestMeterCountsSidesWhileThereAreFew(t *testing.T) {
	for lang, want := range map[string][3]string{
		"en": {"1 of 2 against you", "against you", "30% against you"},
		"nl": {"1 van 2 tegen jullie", "tegen jullie", "30% tegen jullie"}} {
		a := New(Options{Lang: lang, Input: &ScriptedInput{}, Clock: NewManualClock(), Clipboard: &MemoryClipboard{}})
		few := meterCounters(a, session.MeterCounts{Shares: 2, Against: 1, Negative: 0.5})
		if !strings.HasSuffix(few, want[0]) || strings.Contains(few, "%") {
			t.Errorf("%s: two shares, one against: %q, want it to end %q", lang, few, want[0])
		}
		if none := meterCounters(a, session.MeterCounts{}); strings.Contains(none, want[1]) {
			t.Errorf("%s: nothing posted yet: %q speaks of sides", lang, none)
		}
		many := meterCounters(a, session.MeterCounts{Posts: 12, InFeed: 5, Shares: 8, Against: 6, Negative: 0.3})
		if !strings.HasSuffix(many, want[2]) {
			t.Errorf("%s: twenty reactions and shares: %q, want it to end %q", lang, many, want[2])
		}
	}
}

// The meter's reach says who saw the story: "44 saw the complaint" read as
// a figure with its noun missing in English; and a share that rounds to
// 100% but is not everyone reads ">99%", as one that rounds to 0 but is not
// nobody reads "<1%".
func TestMeterReachSaysPeopleAndNeverAllForNearlyAll(t *testing.T) {
	want := map[string][]string{
		"en": {"Reach so far: 44 people saw the complaint or criticism (<1%)",
			"Reach so far: 1 person saw the complaint or criticism (<1%)",
			"Reach so far: 119,900 people saw the complaint or criticism (>99%)",
			"Reach so far: 120,000 people saw the complaint or criticism (100%)"},
		"nl": {"Bereik tot nu: 44 mensen zagen de klacht of kritiek (<1%)",
			"Bereik tot nu: 1 persoon zag de klacht of kritiek (<1%)",
			"Bereik tot nu: 119.900 mensen zagen de klacht of kritiek (>99%)",
			"Bereik tot nu: 120.000 mensen zagen de klacht of kritiek (100%)"},
	}
	for lang, lines := range want {
		a := New(Options{Lang: lang, Input: &ScriptedInput{}, Clock: NewManualClock(), Clipboard: &MemoryClipboard{}})
		for i, seen := range []int{44, 1, 119900, 120000} {
			if got := reachLine(a, seen, 120000); got != lines[i] {
				t.Errorf("%s: %d of 120,000 reads %q, want %q", lang, seen, got, lines[i])
			}
		}
	}
}
