package e2e

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/scenarios"
)

// The form's variants: the author gives the second decision's prompt a
// variant for rounds whose first reply apologised, types a tag the checker
// does not know and sees why beside it, fixes it, and gives the bad ending
// a variant for rounds that went through the first decision. The saved
// files carry both in both languages, and a round of the saved case shows
// the variant's prompt after the apology and the main prompt after the
// other reply.
func TestVariantsInTheForm(t *testing.T) {
	h := newHarness(t, false)
	h.save("pakje", smallCase("pakje", false))
	const dv = "decision[2].variant"
	h.run(h.first, "open the case",
		chromedp.Navigate(h.base+"/?lang=nl&case=pakje"),
		chromedp.WaitVisible(chromedp.CSS(field("title", "nl"))),
		clickText(`[data-field="`+dv+`"]`, "+ variant"),
		chromedp.WaitVisible(chromedp.CSS(field(dv+"[1].prompt", "nl"))),
		fill(dv+"[1].if", "both", "heeft:apology"),
		fill(dv+"[1].prompt", "nl", "Kim bedankt je voor je excuses. Wat nu?"),
		fill(dv+"[1].prompt", "en", "Kim thanks you for the apology. What now?"),
		// The page is Dutch, so the checker's problem beside the tag is too.
		waitText(`[data-field="`+dv+`[1].if"]`, "onbekende tag"),
		eval(`document.querySelector('[data-field="`+dv+`[1]"]').scrollIntoView({block: "center"})`),
	)
	h.shotView(h.first, "variant-1-unknown-tag-nl")
	const ev = "ending[2].variant"
	h.run(h.first, "fix the tag, and an ending's variant",
		fill(dv+"[1].if", "both", "has:apology"),
		waitJS(`!document.querySelector('[data-field="`+dv+`[1].if"] .problem')`),
		clickText(`[data-field="`+ev+`"]`, "+ variant"),
		chromedp.WaitVisible(chromedp.CSS(field(ev+"[1].text", "nl"))),
		eval(`(function(){var e=document.querySelector('select[data-path="`+ev+`[1].after"]');
			e.value="eerste"; e.dispatchEvent(new Event("change",{bubbles:true}));})()`),
		fill(ev+"[1].text", "nl", "Na je eerste antwoord ging het mis."),
		fill(ev+"[1].text", "en", "After your first answer it went wrong."),
		waitText(`[data-field="`+ev+`[1].after"]`, "eerste"),
		chromedp.Click(chromedp.CSS(`#save`)),
		waitText(`#banner-notice`, "Opgeslagen"),
		waitText(`#check-summary`, "Geen problemen"),
		eval(`document.querySelector('[data-field="`+dv+`[1]"]').scrollIntoView({block: "center"})`),
	)
	h.shotView(h.first, "variant-2-saved-nl")

	set := scenarios.Load(h.dir)
	if errs := set.Errors(); len(errs) > 0 {
		t.Fatalf("the saved case does not load: %v", errs)
	}
	for _, lang := range []string{"nl", "en"} {
		sc, _ := set.Find("pakje", lang)
		d, _ := sc.Decision("tweede")
		if len(d.Variants) != 1 || d.Variants[0].If != "has:apology" || !strings.Contains(d.Variants[0].Prompt, "?") {
			t.Fatalf("%s: saved decision variants %+v", lang, d.Variants)
		}
		e, _ := sc.Ending("slecht")
		if len(e.Variants) != 1 || strings.Join(e.Variants[0].After, ",") != "eerste" || e.Variants[0].Text == "" {
			t.Fatalf("%s: saved ending variants %+v", lang, e.Variants)
		}
	}
	sc, _ := set.Find("pakje", "en")
	play := func(choice int) *session.Session {
		s, err := session.New(sc, session.Options{Seed: 1})
		if err != nil {
			t.Fatal(err)
		}
		s.AdvanceTo(6)
		if err := s.Choose(choice); err != nil {
			t.Fatal(err)
		}
		s.AdvanceTo(20)
		return s
	}
	const prompt = "Kim thanks you for the apology. What now?"
	if d := play(0).Decision(); d == nil || d.Prompt != prompt {
		t.Errorf("after the apology the second decision reads %+v, want the variant's prompt %q", d, prompt)
	}
	if e := play(1).Ending(); e == nil || e.Text != "After your first answer it went wrong." {
		t.Errorf("the round through the first decision ends with %+v, want the ending's variant", e)
	}
}
