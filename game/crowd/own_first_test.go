package crowd

import (
	"strings"
	"testing"
)

// A critic who reacts to a fresh reply says the case's own line for the
// moment before a generic quote line ("'…' Wie schrijft dat nou naar een
// klant?", the same in every case): the generic ones came first about 40%
// of the time (closing note 13). Here the generic quote lines are said
// only once every case line for the moment has been.
func TestCaseLinesForTheMomentComeBeforeGenericQuotes(t *testing.T) {
	own := []string{"Naomi was handed to the police and this is the answer?", "I'm done with {brand}. They protect themselves.",
		"Whatever {brand} posts, the word sorry isn't in it.", "That's all {brand} has to say to a girl in tears?"}
	generic := map[string]bool{}
	for _, l := range builtinPools("en")["quote.critic"] {
		_, tmpl := tagged(l)
		generic[tmpl] = true
	}
	early := 0
	for seed := uint64(1); seed <= 20; seed++ {
		m := New(Params{Audience: 150000, BaselinePerHour: 20, Branching: 1.1}, seed, "en", -0.8)
		m.SetContext("HEMA", "hema", "Naomi", "naomi.d")
		m.AddLines(Critic, BadReply, own)
		m.Seed(false, Weight(5000))
		m.AdvanceTo(20)
		m.Seed(true, Weight(3000))
		m.Stimulate(Stimulus{Empathy: 10, Deescalation: 10, Provocation: 0.9, Quote: "Next time just ask", Worst: "Next time just ask",
			Phrases: []string{"The fitting room is not for injections", "Next time just ask"}})
		left := len(own)
		for _, e := range m.AdvanceTo(110) {
			for _, l := range own {
				if strings.Contains(e.Text, strings.ReplaceAll(l, "{brand}", "HEMA")) {
					left--
				}
			}
			for tmpl := range generic {
				core := strings.NewReplacer("{worst}", "Next time just ask", "{quote}", "Next time just ask", "{brand}", "HEMA", "@{brandhandle}", "@hema").Replace(tmpl)
				if left > 0 && strings.Contains(e.Text, core) {
					early++
					t.Errorf("seed %d minute %.0f: generic %q while %d of the case's lines for the moment were unsaid", seed, e.Minute, e.Text, left)
				}
			}
		}
	}
	t.Logf("%d generic quote lines before the case's own were spent", early)
}
