package session

import (
	"strings"
	"testing"
	"unicode"

	"github.com/webcaresim/webcaresim/scenarios"
)

// No bystander shares a first name with one of the case's own people: the
// customer, the agent who signs, the actors and the injects. "Lotte de
// Wit" beside Sanoma's ^Lotte, or a "Megan" in Liberty's crowd, reads as
// that person speaking.
func TestNoBystanderIsNamedLikeTheCasesPeople(t *testing.T) {
	for _, sc := range scenarios.BuiltinForPlay().Scenarios {
		own := map[string]bool{letterName(sc.Customer.Name): true}
		for _, n := range casePeople(sc) {
			own[letterName(n)] = true
		}
		delete(own, "")
		for seed := uint64(1); seed <= 3; seed++ {
			s, err := New(sc, Options{Seed: seed})
			if err != nil {
				t.Fatal(err)
			}
			for !s.Done() && s.Now() < 12*60 {
				if s.Decision() != nil {
					s.AdvanceTo(s.Deadline())
				}
				s.Advance(30)
			}
			for _, f := range s.Feed() {
				if f.By == "crowd" && own[letterName(f.Name)] {
					t.Errorf("%s/%s seed %d: a bystander is called %q, like one of the case's people", sc.ID, sc.Language, seed, f.Name)
				}
			}
		}
	}
}

func letterName(name string) string {
	start := strings.IndexFunc(name, unicode.IsLetter)
	if start < 0 {
		return ""
	}
	rest := name[start:]
	if end := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) }); end >= 0 {
		rest = rest[:end]
	}
	return strings.ToLower(rest)
}
