package e2e

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/webcaresim/webcaresim/assets/i18n"
)

// TestPlayerWhoJoinsAgainIsTheSameTrainee: a trainee who joins again in
// the same browser under the same name went on as "Sanne (2)", a second
// row on the trainer's dashboard. They go on as the same trainee; on
// another computer (no join kept) the name is numbered as before, and the
// page says so, in Dutch and in English, before the game opens.
func TestPlayerWhoJoinsAgainIsTheSameTrainee(t *testing.T) {
	h := newHarness(t, os.Getenv("WEBCARESIM_PLAYER_DIST"), "./cmd/webplayer")
	code := h.openWorkshop()
	tab := h.newTab()
	names := func() []string {
		ts, err := h.st.Trainees(context.Background(), code)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, tr := range ts {
			out = append(out, tr.Name)
		}
		return out
	}
	join := func(lang, name string) {
		h.run(tab, name+" joins",
			chromedp.Navigate(h.base+"/?lang="+lang+"&w="+code),
			chromedp.WaitVisible(chromedp.CSS(`#join`)),
			chromedp.SendKeys(chromedp.CSS(`#name`), name),
			chromedp.Click(chromedp.CSS(`#join-button`)),
		)
	}
	inGame := chromedp.WaitVisible(chromedp.CSS(`.scenario-card`))

	join("nl", "Sanne")
	h.run(tab, "the game opens", inGame)
	join("nl", "sanne ")
	h.run(tab, "the game opens again", inGame)
	if got := names(); len(got) != 1 || got[0] != "Sanne" {
		t.Errorf("after joining twice in the same browser the workshop has %q, want one Sanne", got)
	}

	for i, lang := range []string{"en", "nl"} {
		// another computer: this browser keeps no join
		h.run(tab, "forget the join", eval(`localStorage.clear(); sessionStorage.clear()`))
		join(lang, "Sanne")
		h.run(tab, "the page says the name was numbered", chromedp.WaitVisible(chromedp.CSS(`#renamed`)))
		numbered := "Sanne (" + string(rune('2'+i)) + ")"
		said := get(t, tab, "the notice", chromedp.Text(chromedp.CSS(`#renamed-what`)))
		want := i18n.T(lang, "web.join_renamed", "Sanne", numbered)
		if strings.Join(strings.Fields(said), " ") != strings.Join(strings.Fields(want), " ") {
			t.Errorf("%s: the notice says %q, want %q", lang, said, want)
		}
		h.shot(tab, "join-renamed-"+lang)
		h.run(tab, "go on", chromedp.Click(chromedp.CSS(`#renamed-button`)), inGame)
	}
	if got := names(); len(got) != 3 {
		t.Errorf("after two joins from other computers the workshop has %q, want three rows", got)
	}
}
