package scoring

import "testing"

// The lead's round of the T-Mobile case (L26-7): "I've reported it to our
// network team and I promise your signal will be perfect again by
// tomorrow" scored 98/98, read as a fix under way with a concrete step for
// "tomorrow". A report passed to another team fixes nothing yet, and a
// promise of an outcome that team must deliver is an overpromise; both
// languages alike (groups nl81/en81, nl82/en82).
func TestAHandOffWithAPromisedOutcomeIsNoFixInBothLanguages(t *testing.T) {
	posts := map[string]string{
		"nl": "@tmobile_webcare Bijna geen bereik in Fijnaart weer, binnen bellen lukt niet eens",
		"en": "@tmobile_webcare Barely any signal in Fijnaart again, can't even call indoors",
	}
	for _, c := range []struct{ lang, overpromise, honest string }{
		{"en", "@usurpia Sorry, calling indoors should just work. I've reported it to our network team and I promise your signal will be perfect again by tomorrow ^Jacob",
			"@usurpia Sorry, calling indoors should just work. I've reported it to our network team; I'll chase them at 10 tomorrow and message you here by noon with a date. ^Jacob"},
		{"nl", "@usurpia Sorry, binnen bellen hoort gewoon te werken. Ik heb het gemeld bij ons netwerkteam en ik beloof je dat je bereik morgen weer perfect is ^Jacob",
			"@usurpia Sorry, binnen bellen hoort gewoon te werken. Ik heb het gemeld bij ons netwerkteam; ik bel ze morgen om 10 uur na en laat je hier voor 12 uur een datum weten. ^Jacob"},
		{"en", "@usurpia Sorry! I've escalated it to our engineers and I guarantee it'll be working again tonight. ^Jacob",
			"@usurpia Sorry! I've escalated it to our engineers and I'll call you at 5pm with what they found. ^Jacob"},
		{"nl", "@usurpia Sorry! Ik heb het geëscaleerd naar onze monteurs en ik garandeer je dat het vanavond weer werkt. ^Jacob",
			"@usurpia Sorry! Ik heb het geëscaleerd naar onze monteurs en ik bel je om 17:00 met wat ze vonden. ^Jacob"},
	} {
		ctx := Context{Language: c.lang, CustomerPost: posts[c.lang], CustomerMood: -0.6}
		a := Default().Analyze(c.overpromise, ctx)
		if a.Has("resolved") || !a.Has("guaranteed_outcome") {
			t.Errorf("%q: want no fix done and an overpromise; got %v", c.overpromise, ids(a))
		}
		h := Default().Analyze(c.honest, ctx)
		if Overall(a) >= Overall(h) {
			t.Errorf("%q scores %.1f, not below the honest hand-off %q (%.1f)", c.overpromise, Overall(a), c.honest, Overall(h))
		}
	}
}

// A promise of the writer's own act is no overpromise, and a fix the team
// has made, told in other words beside the hand-off, still counts.
func TestAPromiseOfOnesOwnActAndAFixBesideAHandOffStand(t *testing.T) {
	for _, c := range []struct{ lang, text, want string }{
		{"en", "Sorry Tom! I promise I'll call you at 3 with an update. ^Jacob", "next_step"},
		{"nl", "Sorry Tom! Ik beloof je dat ik je om 15 uur bel met een update. ^Jacob", "concrete_time"},
		{"en", "Sorry Tom, I've reported it to our network team. An engineer is booked for Tuesday at 9am. ^Jacob", "resolved"},
	} {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: "No signal for three days", CustomerMood: -0.6})
		if a.Has("guaranteed_outcome") || !a.Has(c.want) {
			t.Errorf("%q: want %s and no overpromise; got %v", c.text, c.want, ids(a))
		}
	}
}

// "I've done that in the meantime" and "dat heb ik intussen gedaan" report
// the fix named before them (pro_verb.go); "in the meantime" is a word of
// now only beside that verb, not in "We've discussed that in the meantime".
func TestAFixDoneInTheMeantimeIsAFixInBothLanguages(t *testing.T) {
	for _, c := range []struct {
		lang, post, text string
		fix              bool
	}{
		{"en", "You took my direct debit twice this month.", "Sorry Hannah, the second £96 should never have been taken. It had to go back straight away; I've done that in the meantime.", true},
		{"nl", "Jullie hebben deze maand twee keer afgeschreven.", "Sorry Naima, die tweede €96 had nooit afgeschreven mogen worden. Het moest meteen terug; dat heb ik intussen gedaan.", true},
		{"en", "The queue at your till is ridiculous.", "We've discussed that in the meantime. Meanwhile we're working on a better till.", false},
	} {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: c.post, CustomerMood: -0.6})
		if a.Has("resolved") != c.fix {
			t.Errorf("%q: fix done = %v, want %v; got %v", c.text, a.Has("resolved"), c.fix, ids(a))
		}
	}
}
