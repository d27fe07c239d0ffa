package session

import (
	"strings"
	"testing"
)

// T-Mobile: an over-apology (no joke, no opinion, no rudeness) drew the
// lines written for the Frans Bauer joke: "who sent that tweet?", "the
// customer asked for coverage, not for your opinion" and "gets this tone
// back" (playtest 21, P21-4). Lines that speak of a joke or a tone follow
// only a reply that joked or was rude; after the joke they are still
// heard.
func TestCrowdDoesNotAnswerAJokeNobodyMade(t *testing.T) {
	overApology := map[string]string{
		"en": "@usurpia Oh no, we're SO sorry!! We sincerely apologise for the inconvenience. We are terribly sorry, really, our deepest apologies, we feel awful about this. Sorry again and again! ^Jacob",
		"nl": "@usurpia Oh nee, het spijt ons ZO!! Onze oprechte excuses voor het ongemak. Het spijt ons verschrikkelijk, echt, onze diepste excuses, we voelen ons er rot over. Nogmaals sorry en nog eens sorry! ^Jacob",
	}
	jokeCues := map[string][]string{
		"en": {"your opinion", "who sent that", "this tone", "with jokes", "came from your webcare"},
		"nl": {"jullie mening", "wie die tweet stuurde", "deze toon", "met grapjes", "van jullie webcare kwam"},
	}
	for lang, reply := range overApology {
		sc := builtin(t, "tmobile-fransbauer", lang)
		jokeHeard := false
		for seed := uint64(1); seed <= 6; seed++ {
			s, err := New(sc, Options{Seed: seed})
			if err != nil {
				t.Fatal(err)
			}
			openNext(t, s)
			if err := s.Publish(reply); err != nil {
				t.Fatal(err)
			}
			s.AdvanceTo(s.Now() + 6*60)
			for _, f := range s.Feed() {
				for _, cue := range jokeCues[lang] {
					if f.By == "crowd" && strings.Contains(strings.ToLower(f.Text), cue) {
						t.Errorf("%s seed %d: after an over-apology without a joke a bystander says %q: %s: %q", lang, seed, cue, f.Name, f.Text)
					}
				}
			}
			joke, err := New(sc, Options{Seed: seed})
			if err != nil {
				t.Fatal(err)
			}
			openNext(t, joke)
			if err := apply(t, joke, joke.Decision(), move{choice: 1}); err != nil {
				t.Fatal(err)
			}
			joke.AdvanceTo(joke.Now() + 6*60)
			for _, f := range joke.Feed() {
				for _, cue := range jokeCues[lang] {
					jokeHeard = jokeHeard || (f.By == "crowd" && strings.Contains(strings.ToLower(f.Text), cue))
				}
			}
		}
		if !jokeHeard {
			t.Errorf("%s: after the Frans Bauer joke no bystander spoke of the joke or its tone in 6 worlds", lang)
		}
	}
}
