package session

import (
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
)

// paperScript plays the Service Police case: at the response to the paper
// it publishes first (or lets silence run when first is ""), under the
// column it takes written choice column (1-based), and elsewhere the best
// written choice.
type paperScript struct {
	first  string
	column int
}

func (p paperScript) Act(s *Session, d *scenarios.Decision, k int) error {
	switch d.ID {
	case "verweer":
		if p.first == "" {
			return letSilenceRun(s, d)
		}
		return s.Publish(p.first)
	case "column-slecht":
		return s.Choose(p.column - 1)
	}
	return Best{}.Act(s, d, k)
}

// TestServicePoliceEndingSaysWhenTheSorryCame: a first reply to the paper
// that said sorry and defended in the same breath ("Sorry dat het zo lang
// duurde. Maar…") is printed as a defence, and a sorry under the column
// reaches the good ending. Its story said "pas onder de column zei je
// sorry" / "only under the column did you apologise" (found in play): the
// first reply had said it. Nor did a round that sent the paper nothing
// "dispute the complaint in the paper". The story follows what the replies
// did, in the good ending, the one the crowd turns it to and the late
// sorry after the blog.
func TestServicePoliceEndingSaysWhenTheSorryCame(t *testing.T) {
	first := map[string]string{
		"nl": "Sorry dat het zo lang duurde. Maar het was die avond gekkenhuis, en onze ober zegt dat de gast vanaf het begin lastig was.",
		"en": "Sorry it took so long. But it was mayhem that night, and our waiter says the guest was difficult from the start.",
	}
	onlyLater := map[string][]string{
		"nl": {"pas onder de column zei je sorry", "zei pas onder de column sorry", "zei pas sorry"},
		"en": {"only under the column did you apologise", "only said sorry under the column", "only said sorry when"},
	}
	disputed := map[string]string{"nl": "betwistte", "en": "disputed"}
	for _, lang := range []string{"nl", "en"} {
		sc := builtin(t, "servicepolitie", lang)
		for _, c := range []struct {
			name   string
			script paperScript
			ending string // the ending's id begins so
		}{
			{"sorry and a defence, sorry under the column", paperScript{first[lang], 2}, "tweede-kans"},
			{"sorry and a defence, sorry after the blog", paperScript{first[lang], 1}, "laat-sorry"},
			{"no reply to the paper, sorry under the column", paperScript{"", 2}, "tweede-kans"},
			{"no reply to the paper, sorry after the blog", paperScript{"", 1}, "laat-sorry"},
		} {
			for seed := uint64(1); seed <= 3; seed++ {
				s, err := Run(sc, Options{Seed: seed, Mode: Practice}, c.script)
				if err != nil {
					t.Fatalf("%s %s seed %d: %v", lang, c.name, seed, err)
				}
				e := s.Ending()
				if e == nil || !strings.HasPrefix(e.ID, c.ending) || !strings.Contains(strings.Join(s.history, " "), "column-slecht") {
					t.Fatalf("%s %s seed %d: path %v; the test needs the column of a defence and the ending %s", lang, c.name, seed, s.history, c.ending)
				}
				if c.script.first != "" {
					for _, w := range onlyLater[lang] {
						if strings.Contains(e.Text, w) {
							t.Errorf("%s %s seed %d: the first reply said sorry, and the ending (%s) says %q", lang, c.name, seed, e.ID, e.Text)
						}
					}
				} else if strings.Contains(e.Text, disputed[lang]) {
					t.Errorf("%s %s seed %d: the paper got no reply, and the ending (%s) says %q", lang, c.name, seed, e.ID, e.Text)
				}
			}
		}
	}
}
