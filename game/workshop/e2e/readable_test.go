package e2e

import (
	"context"
	"strings"
	"testing"
	"unicode"

	"github.com/chromedp/chromedp"

	"github.com/webcaresim/webcaresim/game/workshop/client"
)

// TestLongNamesAndJoinRefusalsRead: a trainee's name of 40 characters
// shows whole on the trainer's dashboard, wrapped between its words rather
// than cut in one; a wrong workshop code is refused with a sentence, in
// Dutch and in English.
func TestLongNamesAndJoinRefusalsRead(t *testing.T) {
	h := newHarness(t, t.TempDir(), "")
	code := h.openWorkshop()
	const long = "Annemarie van der Heijden-Vermeulen Smit"
	if n := len([]rune(long)); n != 40 {
		t.Fatalf("the name has %d characters", n)
	}
	if _, _, err := client.Join(context.Background(), h.base, code, long, "nl"); err != nil {
		t.Fatal(err)
	}
	h.until(h.trainer, "the trainee on the dashboard", `Array.from(document.querySelectorAll('td.name .cut')).some(e => e.textContent === `+jsList([]string{long})+`[0])`)
	whole := get(t, h.trainer, "the name's box", chromedp.Evaluate[bool](`Array.from(document.querySelectorAll('td.name .cut')).every(e =>
		e.scrollWidth <= e.clientWidth && getComputedStyle(e).textOverflow !== 'ellipsis')`))
	if !whole {
		t.Error("a 40-character name is cut on the dashboard, want it whole, wrapped between its words")
	}
	h.run(h.trainer, "top", eval(`document.querySelector('td.name .cut').scrollIntoView({block: 'center'})`))
	h.shot(h.trainer, "readable-1-long-name-nl")
	h.run(h.trainer, "the dashboard in English", chromedp.Navigate(h.base+"/trainer?w="+code+"&lang=en"), chromedp.WaitVisible(chromedp.CSS(`td.name .cut`)),
		eval(`document.querySelector('td.name .cut').scrollIntoView({block: 'center'})`))
	h.shot(h.trainer, "readable-1-long-name-en")

	for lang, want := range map[string]string{"nl": "Geen workshop met deze code", "en": "No workshop with this code"} {
		tab := h.newTab()
		h.run(tab, "join with a wrong code ("+lang+")",
			chromedp.Navigate(h.base+"/?lang="+lang),
			chromedp.WaitVisible(chromedp.CSS(`#join`)),
			chromedp.SendKeys(chromedp.CSS(`#code`), "ZZZZZZZZ"),
			chromedp.SendKeys(chromedp.CSS(`#name`), "Mei"),
			eval(`document.getElementById('lang').value = '`+lang+`'`),
			chromedp.Click(chromedp.CSS(`#join-button`)),
			chromedp.WaitVisible(chromedp.CSS(`#join-error`)),
		)
		got := get(t, tab, "the refusal", chromedp.Text(chromedp.CSS(`#join-error`)))
		if r := []rune(got); len(r) == 0 || !unicode.IsUpper(r[0]) || !strings.HasPrefix(got, want) {
			t.Errorf("%s: a wrong code is refused with %q, want a sentence starting %q", lang, got, want)
		}
		h.shot(tab, "readable-2-wrong-code-"+lang)
	}
}
