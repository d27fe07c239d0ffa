package scoring

import (
	"slices"
	"testing"
)

// What the customer should have done, told as an inverted condition with a
// verb of any kind and its past consequence, is blame ("Had je de reis
// vooraf gepland met Reisassistentie, dan was dit geregeld", "Had you set a
// safe place in the app, it would simply have been left at your door";
// groups nl100/nl101, en100/en101). Before, only a listed verb
// (gebeld, gelezen, booked, checked…) was read, and the Dutch reply scored
// a next step for "geregeld". An offer in the present ("Had je liever een
// andere datum, dan regelen we dat") and the brand's own condition ("Had
// we it known, we would have called") blame nobody.
func TestAConditionOnTheCustomerWithAnyVerbIsBlame(t *testing.T) {
	blame := [][3]string{
		{"nl", "Mijn fiets is gestolen uit jullie bewaakte stalling!", "Had je hem met een tweede slot aan het rek vastgezet, dan was dit waarschijnlijk niet gebeurd."},
		{"en", "My bike was stolen from your guarded bike park!", "Had you locked it to the rack with a second lock, it would probably not have been taken."},
	}
	for _, c := range blame {
		a := Default().Analyze(c[2], Context{Language: c[0], CustomerPost: c[1], CustomerMood: -0.7})
		if !slices.Contains(ids(a), "blame_customer") {
			t.Errorf("%q is not read as blame: %v", c[2], ids(a))
		}
	}
	none := [][3]string{
		{"nl", "Kan de levering van mijn bank een week later?", "Natuurlijk. Had je liever een andere datum, dan regelen we dat vandaag nog."},
		{"en", "Why did nobody tell me the train was cancelled?", "Had we known sooner, we would have texted you, Sam. I'm sorry we didn't."},
	}
	for _, c := range none {
		a := Default().Analyze(c[2], Context{Language: c[0], CustomerPost: c[1], CustomerMood: -0.3})
		if slices.Contains(ids(a), "blame_customer") {
			t.Errorf("%q is read as blame: %v", c[2], ids(a))
		}
	}
}
