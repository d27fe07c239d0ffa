package crowd

import (
	"strings"
	"testing"
)

// A line tagged <desk> presumes a help desk people wait on ("they promised
// to get back to me", "never got helped on the phone"). A case that writes
// its own fellow customers (a brasserie's guests) never hears one, in a
// round where an unoffending reply and a storm of fellow customers give
// them every chance; a case without its own does.
func TestHelpDeskLinesOnlyWhereTheCaseHasNoCustomersOfItsOwn(t *testing.T) {
	for _, lang := range []string{"nl", "en"} {
		desk := map[string]bool{}
		for _, lines := range builtinPools(lang) {
			for _, l := range lines {
				if tag, tmpl := tagged(l); strings.Contains(tag, "desk") {
					desk[tmpl] = true
				}
			}
		}
		if len(desk) < 10 {
			t.Fatalf("%s: %d <desk> lines; the pools lost their tags", lang, len(desk))
		}
		for _, own := range []bool{true, false} {
			heard := 0
			for seed := uint64(1); seed <= 20; seed++ {
				m := New(Params{Audience: 150000, BaselinePerHour: 20, Branching: 0.9}, seed, lang, 0.8)
				m.SetContext("Brasserie Kade 12", "brasseriekade12", "Anouk", "anouk")
				if own {
					m.AddLines(FellowCustomer, AnyMoment, []string{"Fifty minutes for a cold plate at {brand}, same here."})
				}
				m.Seed(false, Weight(5000))
				ev := m.AdvanceTo(60)
				m.Seed(true, Weight(3000))
				m.Stimulate(Stimulus{Empathy: 45, Deescalation: 45})
				ev = append(ev, m.AdvanceTo(24*60)...)
				keys := map[string]bool{}
				for tmpl := range desk {
					keys[sayKey(m.text.ctx.Replace(tmpl))] = true
				}
				for _, e := range ev {
					if e.Text != "" && keys[sayKey(e.Text)] {
						if own {
							t.Errorf("%s seed %d: %q, a help-desk line, in a case with fellow customers of its own", lang, seed, e.Text)
						}
						heard++
					}
				}
			}
			if !own && heard == 0 {
				t.Errorf("%s: no help-desk line in 20 rounds of a case without its own fellow customers; the test never met one", lang)
			}
		}
	}
}
