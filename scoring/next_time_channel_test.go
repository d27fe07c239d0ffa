package scoring

import "testing"

// Playtest 18, P18-3: "Misschien volgende keer eerst even DM'en voordat je
// gaat schelden, dan helpen we je nog sneller ;)" earned the move to DM
// (+15/+16.5 de-escalation) and, in English, an offer of help: a DM told
// as what the customer should do next time is a lesson, not a move to
// private now. A DM offered for this case still is one.
func TestADMForNextTimeIsNoMoveToPrivate(t *testing.T) {
	cases := []struct {
		lang, post, text string
		private          bool
	}{
		{"nl", "Het is gelukt, dank je! En sorry voor mijn gescheld eerder.",
			"@brampost Graag gedaan Bram! Fijn dat het gelukt is. Misschien volgende keer eerst even DM'en voordat je gaat schelden, dan helpen we je nog sneller ;) ^Eva", false},
		{"en", "It worked, thanks! And sorry for swearing earlier.",
			"@brampost You're welcome Bram! Glad it worked out. Maybe next time DM us first before you start swearing, then we can help you even faster ;) ^Eva", false},
		{"nl", "OK het is opgelost, sorry voor mijn boze tweet.",
			"@fleur Graag gedaan! Voortaan gewoon even bellen, dan zijn we er sneller bij. ^Sem", false},
		{"en", "OK it's sorted, sorry for my angry tweet.",
			"@rob Glad we could help! In future just give us a call first and we can help you faster. ^Lena", false},
		{"nl", "Mijn pakket is al een week onderweg. @PostNL", "@fleur Vervelend! Stuur je je trackingcode via DM? Dan zoek ik het vandaag uit. ^Sem", true},
		{"en", "My parcel has been in transit for a week. @DPD", "@rob That's annoying! Can you DM me your tracking code? I'll chase it today. ^Lena", true},
	}
	for _, c := range cases {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: c.post, CustomerMood: 0.3})
		if a.Has("move_private") != c.private {
			t.Errorf("%s %q: move_private %v, want %v (%v)", c.lang, c.text, a.Has("move_private"), c.private, ids(a))
		}
		if !c.private && a.Has("offer_help") {
			t.Errorf("%s %q: the lesson's 'we can help' counts as an offer of help (%v)", c.lang, c.text, ids(a))
		}
	}
}
