package session

import (
	"slices"
	"strconv"
	"testing"
)

// Playtest 18, P18-15: in the Zitcomfort case, telling Marieke in your own
// words that her complaint comes down ("we halen je bericht hier weg … stuur
// ons een DM") went the good way: her post still stood, Gerrit asked whether
// his could stay, and the round ended "Zichtbaar opgelost" with a 9.0. The
// announced removal now takes the case's removal branch, where she sees her
// post gone, and the round fails as a silencing does; the written choice
// that leaves her post up keeps the good way.
func TestAnnouncingTheRemovalTakesTheRemovalBranch(t *testing.T) {
	removal := map[string]string{
		"nl": "Hoi Marieke, we halen je bericht hier weg omdat het niet over de actie gaat, maar we willen je natuurlijk wel helpen! Stuur ons even een DM met je ordernummer. Groetjes, Joyce",
		"en": "Hi Marieke, we're removing your post here because it's not about the promotion, but of course we want to help! Send us a DM with your order number. Joyce",
	}
	for _, lang := range []string{"nl", "en"} {
		sc := builtin(t, "facebook-verwijderen", lang)
		s, err := Run(sc, Options{Seed: 3}, typedFirst{removal[lang]})
		if err != nil {
			t.Fatal(err)
		}
		rep := s.Report()
		if !slices.Contains(rep.Path, "gezien") || slices.Contains(rep.Path, "tweede-klant") {
			t.Errorf("%s: the announced removal went %v, want the removal branch (gezien)", lang, rep.Path)
		}
		if g, _ := strconv.ParseFloat(rep.Grade, 64); g > attackCapGrade {
			t.Errorf("%s: a round that silenced the customer grades %s", lang, rep.Grade)
		}
		kept, err := Run(sc, Options{Seed: 3}, Choices{2, 1, 1, 1})
		if err != nil {
			t.Fatal(err)
		}
		if p := kept.Report().Path; !slices.Contains(p, "tweede-klant") {
			t.Errorf("%s: the reply that leaves her post up went %v, want tweede-klant", lang, p)
		}
	}
}
