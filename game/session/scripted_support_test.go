package session

import (
	"strings"
	"testing"
)

// Liberty: Megan from customer service thanked everyone "for all the kind
// messages" while the crowd was against the brand and the meter showed no
// support (playtests 20 and 21). A scripted post's variant may wait for
// the crowd (crowd = { critics_at_least = 0.5 }): when most of the crowd
// is against the brand as the post is due, she thanks nobody for kind
// messages; when it is not, she still does.
func TestScriptedThanksForSupportFollowTheCrowd(t *testing.T) {
	openings := map[string][]string{
		"nl": {"Jason, met zo'n toon hoef je bij ons niet aan te kloppen. Je geld krijg je vandaag terug, maar als klant ben je hier niet meer welkom. Mijn team verdient beter. - Rob, COO",
			"Jason, jullie klantenservice mag zich schamen? Nee: jij mag je schamen. Zo praat je niet tegen mijn mensen. - Rob, COO"},
		"en": {"Jason, with a tone like that you needn't come knocking. You'll get your money back today, but as a customer you're no longer welcome here. My team deserves better. - Rob, COO",
			"Jason, our customer service should be ashamed? No: you should be ashamed. You don't talk to my people like that. - Rob, COO"},
	}
	thanks := map[string]string{"nl": "lieve berichten", "en": "kind messages"}
	for lang, list := range openings {
		sc := builtin(t, "liberty-bottleworks", lang)
		against, sided := 0, 0
		for _, opening := range append(list, "") {
			for seed := uint64(1); seed <= 8; seed++ {
				var s *Session
				var err error
				if opening == "" {
					s, err = Run(sc, Options{Seed: seed, Mode: Practice}, Historical{})
				} else {
					s, err = Run(sc, Options{Seed: seed, Mode: Practice}, TypedAt{Decision: "scheldpost", Reply: opening})
				}
				if err != nil {
					t.Fatalf("%s seed %d: %v", lang, seed, err)
				}
				for _, f := range s.Feed() {
					if f.By != "teamlid" || !strings.Contains(f.Text, "Liberty") {
						continue
					}
					crowdAgainst := s.againstAt(f.Minute) >= 0.5
					saysThanks := strings.Contains(f.Text, thanks[lang])
					if crowdAgainst {
						against++
					} else {
						sided++
					}
					if crowdAgainst == saysThanks {
						t.Errorf("%s seed %d (%.40q): crowd against the brand %v, and Megan says %q", lang, seed, opening, crowdAgainst, f.Text)
					}
				}
			}
		}
		if against == 0 || sided == 0 {
			t.Errorf("%s: Megan posted in %d worlds with the crowd against the brand and %d without; want both", lang, against, sided)
		}
	}
}

// againstAt is the crowd's share against the brand at minute m, from the
// round's curve (the last point at or before m).
func (s *Session) againstAt(m float64) float64 {
	share := 0.0
	for _, p := range s.Report().Curve {
		if p.Minute <= m {
			share = p.NegativeShare
		}
	}
	return share
}
