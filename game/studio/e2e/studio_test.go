package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/webcaresim/webcaresim/game/studio"
	"github.com/webcaresim/webcaresim/scenarios"
)

// smallCase is a valid case of two decisions and two endings in both
// languages; forgotten adds a third decision nothing leads to.
func smallCase(id string, forgotten bool) studio.Pair {
	p := studio.Blank(id)
	for _, lang := range studio.Languages {
		c := p[lang]
		word := map[string]string{"nl": "Bezorging", "en": "Delivery"}[lang]
		c.Title = word + " kwijt"
		c.Brand = studio.Brand{Name: "PakjeGo", Handle: "pakjego"}
		c.Customer.Name, c.Customer.Handle = "Kim", "kim_j"
		c.Debrief.WhatHappened = word + ": what happened."
		c.Posts = []studio.Post{{At: "0m", By: "customer", Text: "@pakjego " + word + " is een week te laat!"}}
		c.Decisions = []studio.Decision{
			{ID: "eerste", At: "5m", Prompt: word + "?", Choices: []studio.Choice{
				{Text: "@kim_j Sorry Kim, dat is balen. Stuur je je trackcode via DM? ^Eva", Next: "tweede"},
				{Text: "@kim_j Kijk eerst zelf even op de site.", Next: "slecht"}}},
			{ID: "tweede", At: "10m", Prompt: word + " 2?", Choices: []studio.Choice{
				{Text: "@kim_j Gevonden! Morgen in huis. ^Eva", Next: "afloop"}}},
		}
		if forgotten {
			c.Decisions = append(c.Decisions, studio.Decision{ID: "vergeten", At: "5m", Prompt: word + " 3?",
				Choices: []studio.Choice{{Text: "@kim_j Nog iets?", Next: "afloop"}}})
		}
		c.Endings = []studio.Ending{{ID: "afloop", Kind: "good", Text: word + " ok."}, {ID: "slecht", Kind: "bad", Text: word + " storm."}}
	}
	return p
}

func (h *harness) save(id string, p studio.Pair) {
	h.t.Helper()
	f := &studio.Folder{Dir: h.dir}
	if _, err := f.Save(id, f.Version(id), p); err != nil {
		h.t.Fatal(err)
	}
}

// The map flags a decision nothing leads to; clicking it opens it.
func TestMapFlagsAnUnreachableDecision(t *testing.T) {
	h := newHarness(t, false)
	h.save("pakje", smallCase("pakje", true))
	for _, lang := range []string{"nl", "en"} {
		h.run(h.first, "open the case",
			chromedp.Navigate(h.base+"/?lang="+lang+"&case=pakje"),
			chromedp.WaitVisible(chromedp.CSS(`#map g.node.unreachable[data-id="vergeten"]`)),
		)
		flagged := get(t, h.first, "flagged nodes", chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll('#map g.node.unreachable')).map(n => n.dataset.id)`))
		if len(flagged) != 1 || flagged[0] != "vergeten" {
			t.Fatalf("unreachable nodes on the map: %v, want only vergeten", flagged)
		}
		want := map[string]string{"nl": "onbereikbaar", "en": "unreachable"}[lang]
		h.run(h.first, "the flag in words", waitText(`#map g.node.unreachable[data-id="vergeten"]`, want))
		// The checker says the same beside the decision's id, in the page's language.
		never := map[string]string{"nl": "is nooit te bereiken", "en": "can never be reached"}[lang]
		h.run(h.first, "the checker's problem beside the field", waitText(`#sec-decision\[3\]`, never))
		h.shotView(h.first, "map-unreachable-"+lang)
	}
	h.run(h.first, "click the node", chromedp.Click(chromedp.CSS(`#map g.node[data-id="vergeten"] rect`)))
	in := get(t, h.first, "focus", chromedp.Evaluate[string](`(document.activeElement.closest('section')||{}).id || ""`))
	if in != "sec-decision[3]" {
		t.Errorf("clicking the node put the focus in %q, want the decision's section", in)
	}
	h.shotView(h.first, "map-clicked-en")
}

// What is typed survives closing the tab: a new tab shows it again, and
// the case's files are untouched until Save.
func TestAutosaveSurvivesAClosedTab(t *testing.T) {
	h := newHarness(t, false)
	h.save("pakje", smallCase("pakje", false))
	before, _ := os.ReadFile(filepath.Join(h.dir, "pakje.nl.toml"))
	tab, closeTab := h.newTab()
	const typed = "Kerstpakket kwijt, half getypt"
	h.run(tab, "open and type",
		chromedp.Navigate(h.base+"/?lang=nl&case=pakje"),
		chromedp.WaitVisible(chromedp.CSS(field("title", "nl"))),
		fill("title", "nl", typed),
		// The autosave runs every three seconds.
		waitText(`#autosave`, "Concept bewaard"),
	)
	h.shotView(tab, "autosave-1-typed-nl")
	closeTab()
	if after, _ := os.ReadFile(filepath.Join(h.dir, "pakje.nl.toml")); string(after) != string(before) {
		t.Fatal("the case's file changed without Save")
	}
	if _, err := os.Stat(filepath.Join(h.dir, "pakje.draft.json")); err != nil {
		t.Fatalf("no draft beside the file: %v", err)
	}
	// Another browser (no local storage of the first): the draft on the
	// server brings the text back.
	for _, lang := range []string{"nl", "en"} {
		h.run(h.first, "reopen",
			chromedp.Navigate(h.base+"/?lang="+lang),
			eval(`localStorage.clear()`),
			chromedp.Navigate(h.base+"/?lang="+lang+"&case=pakje"),
			chromedp.WaitVisible(chromedp.CSS(field("title", "nl"))),
		)
		got := get(t, h.first, "title", chromedp.Evaluate[string](`document.querySelector('`+field("title", "nl")+`').value`))
		if got != typed {
			t.Fatalf("after closing the tab the title reads %q, want %q", got, typed)
		}
		h.run(h.first, "the restore is said", chromedp.WaitVisible(chromedp.CSS(`#banner-notice`)))
		h.shotView(h.first, "autosave-2-restored-"+lang)
	}
	// Two tabs on one case are told about each other.
	other, closeOther := h.newTab()
	defer closeOther()
	h.run(other, "a second tab", chromedp.Navigate(h.base+"/?lang=en&case=pakje"), chromedp.WaitVisible(chromedp.CSS(field("title", "nl"))))
	h.run(other, "told of the first tab", waitText(`#banner-tabs`, "other tab"))
	h.shotView(other, "tabs-en")
	// The file edited by hand while open: the conflict is shown.
	data, _ := os.ReadFile(filepath.Join(h.dir, "pakje.en.toml"))
	os.WriteFile(filepath.Join(h.dir, "pakje.en.toml"), []byte(strings.Replace(string(data), "Delivery kwijt", "Edited by hand", 1)), 0o644)
	h.run(other, "the conflict shown", waitText(`#banner-conflict`, "changed outside the studio"))
	h.shotView(other, "conflict-en")
}

// A thread pasted from X becomes a case that loads and plays.
func TestImportAPastedThread(t *testing.T) {
	h := newHarness(t, false)
	const thread = `Dorien de Boef
@dorien_deboef
·
3h
@PakjeGo Al twee keer gemaild over mijn pakket, nog steeds niks. Kan iemand me nu eindelijk helpen?
2
Pakje Go
@PakjeGo
·
3h
@dorien_deboef Vervelend! Heb je al op de site gekeken?
Dorien de Boef
@dorien_deboef
·
2h
Ja. Twee keer. Lezen is ook een vak.
Piet Pieters
@pietp
·
2h
Herkenbaar, bij mij precies hetzelfde.
Pakje Go
@PakjeGo
·
1h
Sorry Dorien, dat lazen we verkeerd. Stuur je je ordernummer via DM? ^Eva`
	for i, lang := range []string{"nl", "en"} {
		id := "pakje-draad-" + lang
		h.run(h.first, "open the import",
			chromedp.Navigate(h.base+"/?lang="+lang),
			chromedp.WaitVisible(chromedp.CSS(`#import-thread`)),
			chromedp.Click(chromedp.CSS(`#import-thread`)),
			chromedp.WaitVisible(chromedp.CSS(`#thread-text`)),
			eval(`document.getElementById('thread-text').value = `+jsString(thread)),
			chromedp.SendKeys(chromedp.CSS(`#thread-id`), id),
			// The thread is Dutch, whatever the page's language.
			eval(`document.getElementById('thread-lang').value = 'nl'`),
		)
		h.shotView(h.first, "import-1-paste-"+lang)
		h.run(h.first, "make the draft",
			chromedp.Click(chromedp.CSS(`#thread-go`)),
			chromedp.WaitVisible(chromedp.CSS(field("decision[2].choice[1].text", "nl"))),
			chromedp.Click(chromedp.CSS(`#banner-notice button`)), // pseudonymise
			waitText(`#banner-notice`, map[string]string{"nl": "verzonnen", "en": "made-up"}[lang]),
			waitText(`#check-summary`, map[string]string{"nl": "laadt in het spel", "en": "loads in the game"}[lang]),
		)
		got := get(t, h.first, "the real reply", chromedp.Evaluate[string](`document.querySelector('`+field("decision[2].choice[1].text", "nl")+`').value`))
		if !strings.HasPrefix(got, "Sorry ") || strings.Contains(got, "Dorien") {
			t.Errorf("the brand's last reply as the historical choice, pseudonymised: %q", got)
		}
		h.run(h.first, "save", chromedp.Click(chromedp.CSS(`#save`)), waitText(`#banner-notice`, map[string]string{"nl": "Opgeslagen", "en": "Saved"}[lang]))
		h.run(h.first, "replay all paths", clickID("all-paths"), chromedp.WaitVisible(chromedp.CSS(`#paths-table td.kind-mixed`)))
		h.shot(h.first, "import-2-draft-"+lang)
		set := scenarios.Load(h.dir)
		if errs := set.Errors(); len(errs) > 0 || len(set.Scenarios) != i+1 {
			t.Fatalf("the imported case's files: %d scenarios, problems %v", len(set.Scenarios), errs)
		}
		sc := set.Scenarios[0]
		for _, s := range set.Scenarios {
			if s.ID == id {
				sc = s
			}
		}
		for _, name := range []string{"dorien", "Dorien", "pietp"} {
			data, _ := os.ReadFile(filepath.Join(h.dir, id+".nl.toml"))
			if strings.Contains(string(data), name) {
				t.Errorf("%q is still in the saved file after pseudonymising", name)
			}
		}
		if len(sc.Decisions) != 2 || !sc.Decisions[0].Choices[0].Historical {
			t.Errorf("the saved case: %d decisions, first choice historical %v", len(sc.Decisions), sc.Decisions[0].Choices[0].Historical)
		}
	}
}
