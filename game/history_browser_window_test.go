package game

import (
	"strings"
	"testing"
)

// The browser keeps no attempts. In a workshop "My progress" says that the
// results went to the trainer instead of only that nothing is kept, which
// read as a leftover bug (playtest P16-22); without a workshop it says the
// browser keeps nothing. Both languages.
func TestBrowserProgressSaysWhereTheResultsWent(t *testing.T) {
	d := window(t)
	readText(t)
	store, workshop := d.App.opts.Store, d.App.workshop
	t.Cleanup(func() { d.Do(func(a *App) { a.opts.Store, a.workshop = store, workshop }) })
	for _, lang := range []string{"nl", "en"} {
		for _, inWorkshop := range []bool{true, false} {
			d.Do(func(a *App) {
				a.lang, a.opts.Store, a.workshop = lang, nil, nil
				if inWorkshop {
					a.workshop = NewWorkshop("http://127.0.0.1:1", "ABCD1234")
				}
				a.setScene(newHistory(a))
			})
			img := mustScreen(t, d.Step(Frame{}, 0))
			if inWorkshop {
				shotTo(t, img, "progress-browser-workshop-"+lang)
			}
			want := tr(lang, "history.no_store")
			if inWorkshop {
				want = tr(lang, "history.no_store_workshop")
			}
			if strings.Contains(shownText(), flat(tr(lang, "history.all_players"))) {
				t.Errorf("%s: My progress speaks of all attempts on this computer while it keeps none", lang)
			}
			if !strings.Contains(shownText(), flat(want)) {
				t.Errorf("%s, workshop %v: My progress does not say %q; it shows: %s", lang, inWorkshop, want, shownText())
			}
		}
	}
}
