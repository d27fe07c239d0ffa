package session

import (
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
)

// typedInTurn types its replies at the first decisions in turn and
// records the prompt of every decision it meets; after them the best
// written choice.
type typedInTurn struct {
	replies []string
	prompts map[string]string
}

func (t *typedInTurn) Act(s *Session, d *scenarios.Decision, k int) error {
	t.prompts[d.ID] = d.Prompt
	if k >= len(t.replies) {
		return Best{}.Act(s, d, k)
	}
	if !think(s, d) {
		return nil
	}
	return s.Publish(t.replies[k])
}

// TestDominosPitchAtTheFollowUpDoesNotGoBackInTime: a warm first reply, then
// a sales pitch in answer to Kevin's "Wat raden jullie aan?", sent the
// round to the branch of a first reply that misread his photo: "Je
// antwoord ging niet in op wat Kevin schreef", Kevin "Eh... ik stuurde
// alleen een foto van mijn pizza, hoor 😅" (playtest 22, P22-19). Kevin
// and the prompt now speak of the question he asked.
func TestDominosPitchAtTheFollowUpDoesNotGoBackInTime(t *testing.T) {
	rounds := map[string][]string{
		"nl": {"@kevinvdl Wat fijn om te lezen, Kevin! Dank je voor de foto, die ziet er heerlijk uit. Ik geef je compliment door aan de bakkers in de winkel. Eet smakelijk! ^Mark",
			"@kevinvdl Probeer de nieuwe Pepperoni Passion! Met code PIZZA25 krijg je 25% korting op je volgende bestelling via dominos.nl. Bestel vandaag nog! ^Mark"},
		"en": {"@kevinvdl Lovely to read, Kevin! Thanks for the photo, it looks delicious. I'll pass your compliment on to the bakers in the store. Enjoy! ^Mark",
			"@kevinvdl Try the new Pepperoni Passion! With code PIZZA25 you get 25% off your next order at dominos.com. Order today! ^Mark"},
	}
	photo := map[string]string{"nl": "foto", "en": "photo"}
	asked := map[string]string{"nl": "vroeg", "en": "asked"}
	for lang, replies := range rounds {
		sc := builtin(t, "dominos-sorry", lang)
		for seed := uint64(1); seed <= 3; seed++ {
			st := &typedInTurn{replies: replies, prompts: map[string]string{}}
			s, err := Run(sc, Options{Seed: seed, Mode: Practice}, st)
			if err != nil {
				t.Fatal(err)
			}
			if len(s.history) < 3 || s.history[1] != "vervolg" || s.history[2] != "automatisch" {
				t.Fatalf("%s seed %d: path %v; the test needs the pitch at the follow-up to reach the template branch", lang, seed, s.history)
			}
			if p := st.prompts["automatisch"]; !strings.Contains(p, asked[lang]) {
				t.Errorf("%s seed %d: after the pitch the prompt says %q", lang, seed, p)
			}
			pitched := s.Replies()[1].Minute
			for _, f := range s.Feed() {
				if f.Minute > pitched && (f.By == "customer" || f.By == "volger") && strings.Contains(f.Text, photo[lang]) {
					t.Errorf("%s seed %d: after the pitch at his question, %s says %q", lang, seed, f.Name, f.Text)
				}
			}
		}
	}
}
