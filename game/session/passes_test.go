package session

import "testing"

// The mark a trainee reads decides the pass: an overall of 49.5 shows
// "5.5", which passes; 49.4 shows "5.4", which does not (playtest 20,
// P20-20: a shown 5.5 was painted as a fail).
func TestPassesByTheMarkShown(t *testing.T) {
	for _, c := range []struct {
		overall float64
		mark    string
		passes  bool
	}{{49.4, "5.4", false}, {49.5, "5.5", true}, {52, "5.7", true}, {44.4, "5.0", false}, {100, "10.0", true}} {
		if g, p := Grade(c.overall), Passes(c.overall); g != c.mark || p != c.passes {
			t.Errorf("overall %.1f: mark %s, passes %v; want %s, %v", c.overall, g, p, c.mark, c.passes)
		}
	}
}
