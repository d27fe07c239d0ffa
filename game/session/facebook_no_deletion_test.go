package session

import (
	"strings"
	"testing"
)

// TestFacebookWeakRepliesWithoutARemovalTellNoDeletion: a hollow first
// reply and a weak second one, neither removing anything, took the
// kitchen sofa case to its oil slick: "People report that their comments
// were deleted too" and the ending "Apologising for deleting — Deleting
// turned one complaint into many" (playtest 22, P22-34). Without a
// removal no prompt, post or ending speaks of one; a removal at the same
// question still leads to the deletion story.
func TestFacebookWeakRepliesWithoutARemovalTellNoDeletion(t *testing.T) {
	rounds := map[string][]string{
		"en": {"Hi Marieke, we completely understand your frustration and we are sorry for any inconvenience caused. We'll make sure it all works out! Kind regards, Joyce",
			"We are looking into it and will get back to you. Kind regards, Joyce"},
		"nl": {"Hoi Marieke, we begrijpen je frustratie volledig en excuses voor het eventuele ongemak. We zorgen dat dit goedkomt! Met vriendelijke groet, Joyce",
			"We zoeken het uit en komen erop terug. Met vriendelijke groet, Joyce"},
	}
	removal := map[string]string{
		"en": "Dear Marieke, we have removed your comment because it is not about this promotion. Please email us.",
		"nl": "Beste Marieke, we hebben je reactie verwijderd omdat die niet over deze actie gaat. Mail ons gerust.",
	}
	deleted := map[string][]string{"en": {"deleted", "deleting", "removed"}, "nl": {"verwijderd", "weggehaald", "het verwijderen"}}
	for lang, replies := range rounds {
		sc := builtin(t, "facebook-verwijderen", lang)
		for seed := uint64(1); seed <= 3; seed++ {
			st := &typedInTurn{replies: replies, prompts: map[string]string{}}
			s, err := Run(sc, Options{Seed: seed, Mode: Practice}, st)
			if err != nil {
				t.Fatal(err)
			}
			if len(s.history) < 2 || s.history[1] != "vaag" {
				t.Fatalf("%s seed %d: path %v; the test needs the vague branch", lang, seed, s.history)
			}
			var told []string
			for id, p := range st.prompts {
				told = append(told, id+": "+p)
			}
			for _, f := range s.Feed() {
				if f.By != "crowd" && f.By != "brand" {
					told = append(told, f.Name+": "+f.Text)
				}
			}
			told = append(told, "ending: "+s.Ending().Title+" "+s.Ending().Text)
			for _, text := range told {
				for _, w := range deleted[lang] {
					if strings.Contains(strings.ToLower(text), w) {
						t.Errorf("%s seed %d (%v): nothing was removed, and %q", lang, seed, s.history, text)
					}
				}
			}
			rm, err := Run(sc, Options{Seed: seed, Mode: Practice}, &typedInTurn{replies: []string{replies[0], removal[lang]}, prompts: map[string]string{}})
			if err != nil {
				t.Fatal(err)
			}
			if len(rm.history) < 3 || rm.history[2] != "verwijderd" {
				t.Errorf("%s seed %d: a removal at the vague branch goes %v, not to the deletion story", lang, seed, rm.history)
			}
		}
	}
}
