package scoring

import "testing"

// Playtest 15 (P15-8): "zet ik liever niet op straat" protects the
// customer's privacy; it was credited as "a concrete next step" on "zet
// ik", because Dutch puts the negation after the verb and its subject.
// What the brand would rather not do is no step; what it will do still is.
func TestWhatTheBrandWouldRatherNotDoIsNoStep(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"nl", "Schrikken, Marco. Wat er met je polis speelt, zet ik liever niet op straat. ^Lisa"},
		{"nl", "Je dossier bespreek ik hier niet, Marco. ^Lisa"},
		{"en", "What a scare, Marco. What's going on with your policy is something I'd rather not put out in public. ^Lisa"},
	} {
		if a := Default().Analyze(c.text, Context{Language: c.lang, CustomerMood: -0.6}); a.Has("next_step") {
			t.Errorf("%q: next_step %v; it says what the brand would rather not do", c.text, ids(a))
		}
	}
	for _, c := range []struct{ lang, text string }{
		{"nl", "Sorry Marco. Ik zet je verzekering vandaag weer aan. ^Lisa"},
		{"nl", "Dat zet ik vandaag voor je recht, Marco. ^Lisa"},
	} {
		if a := Default().Analyze(c.text, Context{Language: c.lang, CustomerMood: -0.6}); !a.Has("next_step") {
			t.Errorf("%q: want next_step, got %v", c.text, ids(a))
		}
	}
}
