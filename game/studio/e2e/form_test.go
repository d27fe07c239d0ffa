package e2e

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/scenarios"
)

// The form's misreadings and injects: the author adds a misreading with a
// pattern the checker refuses and sees why beside it, adds an inject for
// the trainer and types a word where its followers go, which stays on
// screen with its error (through a reload of the page too) and keeps the
// case from being saved with the old number; once fixed, the saved file
// has both, and a round of it plays: the trainer's inject opens a
// decision, and a reply that states the misreading is caught with the
// author's fact.
func TestMisreadingsAndInjectsInTheForm(t *testing.T) {
	h := newHarness(t, false)
	h.save("pakje", smallCase("pakje", false))
	const fact = "Kim had al twee keer gebeld voordat ze tweette."
	h.run(h.first, "open the case",
		chromedp.Navigate(h.base+"/?lang=nl&case=pakje"),
		chromedp.WaitVisible(chromedp.CSS(field("title", "nl"))),
		clickText(`#sec-debrief`, "+ misverstand"),
		chromedp.WaitVisible(chromedp.CSS(field("misreading[1].fact", "nl"))),
		fill("misreading[1].fact", "nl", fact),
		fill("misreading[1].fact", "en", "Kim had called twice before she tweeted."),
		fill("misreading[1].says", "nl", "nog niet * gebeld\nre:niet.*gebeld"),
		fill("misreading[1].says", "en", "not * called yet"),
		// The page is Dutch, so the checker's problem beside the field is too.
		waitText(`[data-field="misreading[1].says"][data-lang="nl"]`, "een reguliere expressie mag hier niet"),
		eval(`document.querySelector('[data-field="misreading[1]"]').scrollIntoView({block: "center"})`),
	)
	h.shotView(h.first, "misreading-1-check-nl")
	h.run(h.first, "fix the pattern",
		fill("misreading[1].says", "nl", "nog niet * gebeld\nniet * gebeld"),
		waitJS(`!document.querySelector('[data-field="misreading[1].says"][data-lang="nl"] .problem')`),
	)

	h.run(h.first, "an inject",
		clickText(`#sec-inject`, "+ inject"),
		chromedp.WaitVisible(chromedp.CSS(field("inject[1].text", "nl"))),
		fill("inject[1].name", "both", "Joost de Vries (Dagblad)"),
		fill("inject[1].handle", "both", "joostdv"),
		fill("inject[1].label", "nl", "Journalist belt over het pakket"),
		fill("inject[1].label", "en", "A journalist asks about the parcel"),
		fill("inject[1].text", "nl", "@pakjego Klopt het dat jullie klanten wekenlang op hun pakket laten wachten? Graag een reactie."),
		fill("inject[1].text", "en", "@pakjego Is it true that your customers wait weeks for their parcels? A reaction, please."),
		fill("inject[1].prompt", "nl", "Een journalist vraagt om een reactie."),
		fill("inject[1].prompt", "en", "A journalist asks for a reaction."),
		chromedp.Click(chromedp.CSS(field("inject[1].asks_answer", "both"))),
		fill("inject[1].followers", "both", "veel volgers"),
		waitText(`[data-field="inject[1].followers"]`, "„veel volgers” is geen getal"),
		waitText(`#invalid-summary`, "1 veld(en) bevatten geen getal"),
		chromedp.Click(chromedp.CSS(`#save`)),
		waitText(`#banner-notice`, "Niet opgeslagen: 1 veld"),
		eval(`document.querySelector('[data-field="inject[1]"]').scrollIntoView({block: "center"})`),
	)
	h.shotView(h.first, "inject-1-not-a-number-nl")
	if data, _ := os.ReadFile(filepath.Join(h.dir, "pakje.nl.toml")); strings.Contains(string(data), "[[inject]]") {
		t.Fatal("the case was saved with a number field that holds no number")
	}
	// The historical curve takes pairs of numbers; a line that is not one
	// stays too.
	const curve = `[data-field="debrief.historical_curve"] textarea`
	h.run(h.first, "a curve with a bad line",
		eval(`(function(){var e=document.querySelector('`+curve+`'); e.value="0, 0\n240 veel"; e.dispatchEvent(new Event("input",{bubbles:true}));})()`),
		waitText(`[data-field="debrief.historical_curve"]`, "Geen paar getallen: 240 veel"),
		waitText(`#invalid-summary`, "2 veld(en)"))
	// A new render of the form, and the page opened again from its draft:
	// what was typed is still there with its error.
	h.run(h.first, "a new render", clickText(`#sec-debrief`, "+ misverstand"), clickText(`[data-field="misreading[2]"]`, "weg"),
		waitText(`[data-field="inject[1].followers"]`, "„veel volgers” is geen getal"),
		waitText(`[data-field="debrief.historical_curve"]`, "Geen paar getallen: 240 veel"),
		waitText(`#autosave`, "Concept bewaard"),
		chromedp.Navigate(h.base+"/?lang=en&case=pakje"),
		chromedp.WaitVisible(chromedp.CSS(field("inject[1].followers", "both"))),
		waitText(`[data-field="inject[1].followers"]`, "“veel volgers” is not a number"),
		eval(`document.querySelector('[data-field="inject[1]"]').scrollIntoView({block: "center"})`),
	)
	if v := get(t, h.first, "followers", chromedp.Evaluate[string](`document.querySelector('`+field("inject[1].followers", "both")+`').value`)); v != "veel volgers" {
		t.Fatalf("the reopened form shows %q in the followers, want what was typed", v)
	}
	h.shotView(h.first, "inject-2-kept-en")
	if v := get(t, h.first, "curve", chromedp.Evaluate[string](`document.querySelector('`+curve+`').value`)); v != "0, 0\n240 veel" {
		t.Fatalf("the reopened form shows the curve %q, want what was typed", v)
	}
	h.run(h.first, "fix and save",
		eval(`(function(){var e=document.querySelector('`+curve+`'); e.value="0, 0\n240, 40"; e.dispatchEvent(new Event("input",{bubbles:true}));})()`),
		fill("inject[1].followers", "both", "12000"),
		waitJS(`!document.querySelector('[data-field="inject[1].followers"] .local')`),
		chromedp.Click(chromedp.CSS(`#save`)),
		waitText(`#banner-notice`, "Saved"),
		waitText(`#check-summary`, "No problems"),
		waitJS(`!document.getElementById("invalid-summary")`),
		eval(`document.querySelector('[data-field="misreading[1]"]').scrollIntoView({block: "center"})`),
	)
	h.shotView(h.first, "misreading-2-saved-en")

	set := scenarios.Load(h.dir)
	if errs := set.Errors(); len(errs) > 0 {
		t.Fatalf("the saved case does not load: %v", errs)
	}
	sc, _ := set.Find("pakje", "nl")
	if len(sc.Misreadings) != 1 || sc.Misreadings[0].Fact != fact || strings.Join(sc.Misreadings[0].Says, "|") != "nog niet * gebeld|niet * gebeld" {
		t.Fatalf("saved misreadings %+v", sc.Misreadings)
	}
	if c := sc.Debrief.HistoricalCurve; len(c) != 2 || c[1][0] != 240 || c[1][1] != 40 {
		t.Errorf("saved historical curve %v, want 0,0 and 240,40", c)
	}
	if len(sc.Injects) != 1 || sc.Injects[0].Followers != 12000 || !sc.Injects[0].AsksAnswer || sc.Injects[0].Handle != "joostdv" {
		t.Fatalf("saved injects %+v", sc.Injects)
	}
	playInjectAndMisreading(t, sc, fact)
}

// playInjectAndMisreading plays a round of the saved case as a workshop
// would: the trainer drops the inject, and the reply to it misreads the
// case.
func playInjectAndMisreading(t *testing.T, sc *scenarios.Scenario, fact string) {
	t.Helper()
	s, err := session.New(sc, session.Options{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	s.AdvanceTo(6)
	if err := s.Trainer(session.TrainerInput{Kind: session.TrainerInject, Inject: sc.Injects[0].ID}); err != nil {
		t.Fatal(err)
	}
	if d := s.Decision(); d == nil || !d.AllowFreeText {
		t.Fatalf("the inject opened no decision for a typed reply: %+v", d)
	}
	if err := s.Publish("@joostdv Kim heeft ons nog niet gebeld, dus we wisten van niets. ^Eva"); err != nil {
		t.Fatal(err)
	}
	reps := s.Replies()
	found := false
	for _, f := range reps[len(reps)-1].Analysis.Features {
		found = found || (f.ID == "misreading" && f.Note == fact)
	}
	if !found {
		t.Errorf("the reply that misreads the case is not caught with the author's fact: %+v", reps[len(reps)-1].Analysis.Features)
	}
}

// waitJS waits until the expression is true in the page.
func waitJS(expr string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := chromedp.Poll[bool](expr, chromedp.WithPollingTimeout(20*time.Second))(ctx, tg)
		return err
	})
}
