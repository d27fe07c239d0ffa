package session

import (
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
)

// stillUninsured are words of the insurer's bystanders that presume Marco
// is still without insurance, or that nobody has sorted it out with him.
var stillUninsured = map[string][]string{
	"en": {"uninsured", "insured again soon", "insured one day", "drive to work in a minute", "standing next to his car",
		"really gone, or only on hold"},
	"nl": {"onverzekerd", "snel weer verzekerd", "vandaag verzekerd, morgen niet", "zo naar zijn werk moet", "staat naast zijn auto",
		"echt weg, of alleen stopgezet"},
}

// Once Marco has posted that his insurance is running again, no
// bystander says he drives to work uninsured or hopes he will soon be
// insured again (the lead's playtest: "{customer}, hope you're insured
// again soon" after his "Insurance is running again").
func TestNoBystanderHopesMarcoGetsInsuredAfterHeIs(t *testing.T) {
	checked := 0
	for _, lang := range []string{"en", "nl"} {
		sc, _ := scenarios.Builtin().Find("wanbetaler-privacy", lang)
		d, ok := sc.Decision("oplossing")
		if !ok || len(d.Posts) == 0 {
			t.Fatalf("%s: no decision oplossing with Marco's post", lang)
		}
		fixPost := d.Posts[0].Text
		for _, path := range []Strategy{Historical{}, Best{}, mixed{}} {
			for seed := uint64(1); seed <= 6; seed++ {
				s, err := Run(sc, Options{Seed: seed}, path)
				if err != nil {
					t.Fatal(err)
				}
				known := false
				for _, f := range s.Feed() {
					switch {
					case f.By == "customer" && f.Text == fixPost:
						known = true
					case f.By == "crowd" && known:
						checked++
						low := strings.ToLower(f.Text)
						for _, w := range stillUninsured[lang] {
							if strings.Contains(low, w) {
								t.Errorf("%s %T seed %d: %q after Marco said his insurance runs again", lang, path, seed, f.Text)
							}
						}
					}
				}
			}
		}
	}
	if checked == 0 {
		t.Fatal("no crowd line after Marco's post: the test saw nothing")
	}
}
