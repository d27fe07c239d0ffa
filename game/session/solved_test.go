package session

import (
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
)

// stillBroken are words of T-Mobile's bystanders that presume the mast at
// Fijnaart is still broken and nobody has said when it will be fixed.
var stillBroken = map[string][]string{
	"en": {"when is the mast", "hope they sort", "now the signal", "fix the signal", "sort the signal out", "when your signal",
		"no signal either", "how long has the coverage", "still rubbish", "is coverage bad"},
	"nl": {"wanneer is de mast", "hopelijk lossen", "nu graag het bereik", "laat ze het bereik maken", "lossen het bereik",
		"als je bereik terug", "ook geen bereik", "hoe lang is de dekking", "nog steeds waardeloos", "is het bereik slecht"},
}

// Once the customer has told the mast is fixed ("Signal is back in
// Fijnaart!"), or a reply of the brand's said it was fixed or when it
// will be ("will be repaired this week"), no bystander asks when the mast
// will be fixed or hopes they sort it out soon.
func TestNoBystanderAsksForAFixThatWasAnnounced(t *testing.T) {
	checked := 0
	for _, lang := range []string{"en", "nl"} {
		sc, _ := scenarios.Builtin().Find("tmobile-fransbauer", lang)
		fixPost := ""
		if d, ok := sc.Decision("opvolging"); ok {
			fixPost = d.Posts[0].Text
		}
		for _, path := range []Strategy{Historical{}, Best{}, mixed{}} {
			for seed := uint64(1); seed <= 4; seed++ {
				s, err := Run(sc, Options{Seed: seed}, path)
				if err != nil {
					t.Fatal(err)
				}
				replies := s.Replies()
				known := ""
				for _, f := range s.Feed() {
					switch {
					case f.By == "customer" && f.Text == fixPost:
						known = "the customer said it is fixed"
					case f.By == "brand" && f.Reply > 0 && replies[f.Reply-1].Public && replies[f.Reply-1].Analysis.Has("resolved"):
						known = "the brand reported the fix: " + f.Text
					case f.By == "crowd" && known != "":
						checked++
						low := strings.ToLower(f.Text)
						for _, w := range stillBroken[lang] {
							if strings.Contains(low, w) {
								t.Errorf("%s %T seed %d: %q after %s", lang, path, seed, f.Text, known)
							}
						}
					}
				}
			}
		}
	}
	if checked == 0 {
		t.Fatal("no crowd line after the fix was known: the test saw nothing")
	}
}
