package scoring

import (
	"math"
	"testing"
)

// A promise for if the fix fails is no wall: "Komt de bus morgen niet, dan
// vergoeden we je taxi" was read as the refusal "niet … vergoeden" and
// scored 19 against 48 for "If the bus doesn't come tomorrow, we'll refund
// your taxi" (the retired blind9). "Helaas vergoeden we de taxi niet"
// stays a wall.
func TestAPromiseForIfItFailsIsNoWall(t *testing.T) {
	post := "De bus kwam vanochtend niet en ik moest een taxi nemen. / The bus never came this morning and I had to take a taxi."
	pairs := [][2]string{
		{"Rijdt de bus morgen weer niet, dan vergoeden we ook die taxi. ^Sara", "If the bus doesn't run again tomorrow, we'll refund that taxi too. ^Sara"},
		{"Als de vervangende bus er om 8:00 niet is, dan betalen wij je taxi. ^Sara", "If the replacement bus isn't there at 8:00, we'll pay for your taxi. ^Sara"},
	}
	for _, p := range pairs {
		nl := Default().Analyze(p[0], Context{Language: "nl", CustomerPost: post, CustomerMood: -0.6})
		en := Default().Analyze(p[1], Context{Language: "en", CustomerPost: post, CustomerMood: -0.6})
		if nl.Has("refusal") || en.Has("refusal") {
			t.Errorf("a promise read as a wall:\n  %q %v\n  %q %v", p[0], ids(nl), p[1], ids(en))
		}
		if d := math.Abs(Overall(nl) - Overall(en)); d > 10 {
			t.Errorf("%q %.1f against %q %.1f", p[0], Overall(nl), p[1], Overall(en))
		}
	}
	wall := "Helaas vergoeden we de taxi niet. ^Sara"
	if a := Default().Analyze(wall, Context{Language: "nl", CustomerPost: post, CustomerMood: -0.6}); !a.Has("refusal") {
		t.Errorf("%q: want a wall, got %v", wall, ids(a))
	}
}
