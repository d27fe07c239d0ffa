package session

import (
	"strings"
	"testing"
)

// HEMA: an apology that posts Naomi's phone number on the brand's public
// page. The rubric finds the leak and fails the round, but the story went
// on as if nothing had happened ("Naomi feels heard", ending "Apology
// accepted", playtest 21, P21-21). Now Naomi reacts to her number being
// public, the crowd speaks of it, and even the best recovery after it ends
// on an ending that names the leak and is not a good one. The best path
// without the number still ends well.
func TestHEMAPhoneNumberInPublicSteersTheStory(t *testing.T) {
	leaks := map[string]string{
		"en": "Naomi, what happened to you in our Den Haag store is awful, and I am so sorry. Injecting insulin is never a reason to detain anyone. Our store manager found your number in the incident report (06-41 83 22 97), so I will call you on it today before 5pm. - Marloes, HEMA",
		"nl": "Naomi, wat je in onze winkel in Den Haag is overkomen is verschrikkelijk, en het spijt me zo. Insuline spuiten is nooit een reden om iemand vast te houden. Onze filiaalmanager vond je nummer in het incidentrapport (06-41 83 22 97), dus ik bel je daar vandaag voor 17:00 op. - Marloes, HEMA",
	}
	number := map[string]string{"en": "phone number", "nl": "telefoonnummer"}
	for lang, leak := range leaks {
		sc := builtin(t, "hema-insuline", lang)
		crowdNamesIt := false
		for seed := uint64(1); seed <= 4; seed++ {
			s, err := Run(sc, Options{Seed: seed, Mode: Practice}, TypedAt{Decision: "bericht", Reply: leak})
			if err != nil {
				t.Fatalf("%s seed %d: %v", lang, seed, err)
			}
			e := s.Ending()
			if e == nil {
				t.Fatalf("%s seed %d: no ending after %v", lang, seed, s.history)
			}
			if e.Kind == "good" || !strings.Contains(strings.ToLower(e.Text), number[lang]) {
				t.Errorf("%s seed %d: after the number in public and the best recovery (%v) the ending is %s %q: %s", lang, seed, s.history, e.Kind, e.Title, e.Text)
			}
			customerNamesIt := false
			for _, f := range s.Feed() {
				low := strings.ToLower(f.Text)
				if f.By == "customer" && strings.Contains(low, number[lang]) {
					customerNamesIt = true
				}
				if f.By == "crowd" && strings.Contains(low, number[lang]) {
					crowdNamesIt = true
				}
				if f.By == "customer" && (strings.Contains(low, "feel heard") || strings.Contains(low, "voel me gehoord")) {
					t.Errorf("%s seed %d: Naomi says she feels heard after her number was posted: %q", lang, seed, f.Text)
				}
			}
			if !customerNamesIt {
				t.Errorf("%s seed %d: Naomi never mentions her phone number on the page (%v)", lang, seed, s.history)
			}
			best, err := Run(sc, Options{Seed: seed, Mode: Practice}, Best{})
			if err != nil {
				t.Fatal(err)
			}
			if e := best.Ending(); e == nil || e.Kind != "good" {
				t.Errorf("%s seed %d: the best path no longer ends well: %v", lang, seed, best.history)
			}
		}
		if !crowdNamesIt {
			t.Errorf("%s: in 4 worlds no bystander spoke of the phone number on the page", lang)
		}
	}
}
