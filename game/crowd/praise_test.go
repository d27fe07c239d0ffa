package crowd

import (
	"strings"
	"testing"
)

// complaintPresumingSections are the generic pools written for a complaint:
// fellow customers who say "same story here", onlookers who ask whether the
// customer got helped in the end, supporters who say everyone makes
// mistakes.
func complaintPresumingSections(lang string) map[string]string {
	out := map[string]string{}
	for sec, lines := range builtinPools(lang) {
		top, _, _ := strings.Cut(sec, ".")
		switch top {
		case "complaint", "negative", "positive", "neutral", "joker", "press":
		default:
			continue
		}
		for _, l := range lines {
			_, tmpl := tagged(l)
			out[tmpl] = sec
		}
	}
	return out
}

// A customer who praises the brand draws no line written for a complaint,
// whatever the brand does (nothing, a warm thank-you, a canned reply) and in
// any world: over 50 seeds in both languages, every voiced bystander line
// is one of a praise case's (or quotes the reply), and the praise case's
// own generic lines are heard.
func TestPraiseDrawsNoComplaintLines(t *testing.T) {
	for _, lang := range []string{"nl", "en"} {
		presumes := complaintPresumingSections(lang)
		praiseHeard := 0
		for seed := uint64(1); seed <= 50; seed++ {
			for _, good := range []bool{true, false} {
				m := New(Params{Audience: 60000, BaselinePerHour: 6, Branching: 0.8}, seed, lang, 0.8)
				m.SetContext("Domino's", "dominos", "Kevin", "kevinvdl")
				m.Seed(false, Weight(900))
				ev := m.AdvanceTo(90)
				m.Seed(true, Weight(20000))
				if good {
					m.Stimulate(Stimulus{Empathy: 85, Deescalation: 80, Quote: "Thank you Kevin, enjoy"})
				} else {
					m.Stimulate(Stimulus{Empathy: 5, Deescalation: 10, Provocation: 0.4, Quote: "Sorry about that", Worst: "Sorry about that"})
				}
				ev = append(ev, m.AdvanceTo(24*60)...)
				keys := map[string]string{}
				for tmpl, sec := range presumes {
					keys[sayKey(m.text.ctx.Replace(tmpl))] = sec
				}
				for _, e := range ev {
					if e.Text == "" || e.ActorID != "" || e.Kind == KindCustomer {
						continue
					}
					if sec, ok := keys[sayKey(e.Text)]; ok {
						t.Errorf("%s seed %d (good reply %v): %q from the complaint pool %s under a customer's praise", lang, seed, good, e.Text, sec)
					}
					praiseHeard++
				}
			}
		}
		if praiseHeard < 200 {
			t.Errorf("%s: %d bystander lines in 100 praise rounds; want the praise pools to be heard", lang, praiseHeard)
		}
	}
}
