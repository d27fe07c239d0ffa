package scoring

import "testing"

// Play of stop 28: "Dat valt onder ons, niet onder de vervoerder" was
// read as a refusal ("valt … niet onder"), and "dit ligt bij ons en niet
// bij de installateur", "this one is ours, not DPD's", "this is our
// responsibility, not the courier's" earned nothing. The brand taking the
// case from another party is ownership; the same contrast turned round
// ("the courier's responsibility, not ours") is a blame-shift.
func TestTakingTheCaseFromAnotherPartyIsOwnership(t *testing.T) {
	post := map[string]string{
		"nl": "Pakket al een week zoek. Jullie zeggen bel DPD, DPD zegt bel de webshop.",
		"en": "Parcel missing for a week. You say call DPD, DPD says call the shop.",
	}
	for _, c := range []struct{ lang, text string }{
		{"nl", "Dat valt onder ons, niet onder de vervoerder. Ik stuur vandaag een nieuw pakket."},
		{"nl", "Dit ligt bij ons en niet bij de installateur. Onze monteur komt donderdag."},
		{"nl", "Dit is onze verantwoordelijkheid, niet die van DPD. Ik stuur vandaag een nieuw pakket."},
		{"en", "That's on us, not on the courier. I'm sending a new parcel today."},
		{"en", "That's down to us, not the installer. Our engineer is coming on Thursday."},
		{"en", "This one is ours, not DPD's. I'm sending a new parcel today."},
		{"en", "This is our responsibility, not the courier's. I'm sending a new parcel today."},
	} {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: post[c.lang], CustomerMood: -0.7})
		if !a.Has("ownership") || a.Has("refusal") || a.Has("deny") || a.Has("deflect") {
			t.Errorf("%s %q: the case taken on is ownership, no wall: %v", c.lang, c.text, ids(a))
		}
	}
	for _, c := range []struct{ lang, text string }{
		{"nl", "Een zoekgeraakt pakket valt onder de verantwoordelijkheid van de vervoerder, niet onder die van ons."},
		{"nl", "Dat is de verantwoordelijkheid van DPD, niet die van ons."},
		{"en", "A lost parcel is the courier's responsibility, not ours."},
		{"en", "That's on the courier, not on us."},
	} {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: post[c.lang], CustomerMood: -0.7})
		if a.Has("ownership") || !(a.Has("refusal") || a.Has("deny")) {
			t.Errorf("%s %q: the case pushed to another party is a wall or a denial: %v", c.lang, c.text, ids(a))
		}
	}
}
