package game

import (
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/game/session"
)

// At Sanoma's first decision the question is about the brand's earlier
// answer ("het vorige antwoord las haar tweet verkeerd"). That answer, a
// post of the story in the brand's name, stays in sight when the crowd's
// posts push it out of the feed: its first words show in a line under the
// pinned post, headed with the brand's name (lead's play, seed 8: the
// question showed without the answer it was about). Both languages, over
// seeds, so some push it out and some do not.
func TestTheBrandsEarlierAnswerStaysInSightAtTheDecision(t *testing.T) {
	d := window(t)
	readText(t)
	seed := d.App.opts.Seed
	t.Cleanup(func() { d.Do(func(a *App) { a.opts.Seed = seed }) })
	for _, lang := range []string{"nl", "en"} {
		lined := 0
		for s := uint64(1); s <= 12; s++ {
			d.Do(func(a *App) {
				a.lang, a.mode, a.opts.Seed = lang, session.Practice, s
				a.startRound(a.findScenario("sanoma-juf"))
			})
			p := d.App.scene.(*playScene)
			d.Do(func(a *App) {
				for i := 0; p.sess.Decision() == nil && i < 1000; i++ {
					p.sess.AdvanceTo(p.sess.NextStop())
				}
			})
			var answer string
			for _, it := range p.sess.Feed() {
				if it.By == "brand" {
					answer = flat(it.Text)
				}
			}
			if answer == "" {
				t.Fatalf("%s seed %d: no answer of the brand before the first decision", lang, s)
			}
			d.Tick(Frame{}, 0)
			shown := shownText()
			words := strings.Fields(answer)
			if !strings.Contains(shown, strings.Join(words[:min(5, len(words))], " ")) {
				t.Errorf("%s seed %d: the brand's earlier answer %q is not on the screen at the decision about it", lang, s, answer)
			}
			head := flat(strings.SplitN(tr(lang, "play.brand_post_line", "Sanoma Media", "x"), "(", 2)[0])
			if strings.Contains(shown, head) {
				lined++
			}
		}
		if lined == 0 {
			t.Errorf("%s: in none of 12 seeds did the feed push the answer out, so the line was never needed: the test shows nothing", lang)
		}
	}
}
