package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/webcaresim/webcaresim/assets/i18n"
	"github.com/webcaresim/webcaresim/scenarios"
)

// TestASharedFileThatDoesNotLoadSaysWhyInThePage: a trainer opens a
// scenario file a colleague shared, with a TOML syntax error on line 5.
// The page says, in its language, which file does not load, the line and
// what is wrong (the scenario loader's words, as `check` says them), and
// the studio goes on working. Screenshots: upload-broken-nl, upload-broken-en.
func TestASharedFileThatDoesNotLoadSaysWhyInThePage(t *testing.T) {
	h := newHarness(t, false)
	text := []byte("id = \"gedeeld\"\nlanguage = \"nl\"\ntitle = \"Gedeelde case\"\n\n[brand\nname = \"Voorbeeld\"\n")
	broken := filepath.Join(t.TempDir(), "gedeeld.nl.toml")
	if err := os.WriteFile(broken, text, 0o644); err != nil {
		t.Fatal(err)
	}
	// The line the page names is the scenario loader's, as `check` says it.
	_, problems := scenarios.Parse(broken, text)
	if len(problems) != 1 || problems[0].Line == 0 {
		t.Fatalf("the loader's problems with the file: %v", problems)
	}
	for _, tc := range []struct{ lang, message string }{
		{"nl", "verwacht aan het eind van de tabelnaam"},
		{"en", "expected '.' or ']' to end table name"},
	} {
		tab, cancel := h.newTab()
		h.run(tab, "open the studio", chromedp.Navigate(h.base+"/?lang="+tc.lang), chromedp.WaitReady(chromedp.CSS(`#upload`)))
		h.run(tab, "open the shared file",
			chromedp.SetUploadFiles(chromedp.CSS(`#upload`), []string{broken}),
			chromedp.WaitVisible(chromedp.CSS(`#banner-notice`)))
		said := get(t, tab, "the page's notice", chromedp.Text(chromedp.CSS(`#banner-notice`)))
		line := i18n.T(tc.lang, "studio.problem_line", problems[0].Line)
		for _, want := range []string{"gedeeld.nl.toml", line, tc.message} {
			if !strings.Contains(said, want) {
				t.Errorf("in %s the page says %q, want it to name %q", tc.lang, said, want)
			}
		}
		h.shotView(tab, "upload-broken-"+tc.lang)
		if n := get(t, tab, "the case list", chromedp.Evaluate[int](`document.getElementById('case-list').options.length`)); n == 0 {
			t.Errorf("in %s the studio's case list is empty after the refused file", tc.lang)
		}
		cancel()
	}
}
