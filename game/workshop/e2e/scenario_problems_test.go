package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/webcaresim/webcaresim/assets/i18n"
	"github.com/webcaresim/webcaresim/game/workshop/server"
	"github.com/webcaresim/webcaresim/scenarios"
)

// TestTrainerSeesWhyASharedScenarioDoesNotLoad: a case shared into the
// scenario folder with a TOML syntax error is not offered, and the
// trainer's dashboard says so in the trainer's language, naming the file,
// the line and what the loader found wrong; the workshop opens with the
// other cases all the same. Screenshots: scenario-problem-nl, -en.
func TestTrainerSeesWhyASharedScenarioDoesNotLoad(t *testing.T) {
	dir := t.TempDir()
	text := []byte("id = \"gedeeld\"\nlanguage = \"nl\"\ntitle = \"Gedeelde case\"\n\n[brand\nname = \"Voorbeeld\"\n")
	if err := os.WriteFile(filepath.Join(dir, "gedeeld.nl.toml"), text, 0o644); err != nil {
		t.Fatal(err)
	}
	_, problems := scenarios.Parse("gedeeld.nl.toml", text)
	if len(problems) != 1 || problems[0].Line == 0 {
		t.Fatalf("the loader's problems with the file: %v", problems)
	}
	load := func() scenarios.Set { return scenarios.Builtin().Merge(scenarios.Load(dir)) }
	h := newHarnessWith(t, t.TempDir(), "", func(c *server.Config) { c.Scenarios, c.Reload = load(), load })
	code := h.openWorkshop() // the built-in cases go on working
	for _, tc := range []struct{ lang, message string }{
		{"nl", "verwacht aan het eind van de tabelnaam"},
		{"en", "expected '.' or ']' to end table name"},
	} {
		h.run(h.trainer, "the dashboard in "+tc.lang,
			chromedp.Navigate(h.base+"/trainer?lang="+tc.lang+"&w="+code),
			chromedp.WaitVisible(chromedp.CSS(`.scenario-problems`)))
		said := get(t, h.trainer, "the problems", chromedp.Text(chromedp.CSS(`.scenario-problems`)))
		for _, want := range []string{i18n.T(tc.lang, "web.scenario_problems_title"), "gedeeld.nl.toml",
			i18n.T(tc.lang, "web.scenario_problem_line", problems[0].Line), tc.message} {
			if !strings.Contains(said, want) {
				t.Errorf("in %s the dashboard says %q, want it to name %q", tc.lang, said, want)
			}
		}
		h.shot(h.trainer, "scenario-problem-"+tc.lang)
	}
}
