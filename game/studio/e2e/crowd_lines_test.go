package e2e

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/scenarios"
)

// The crowd's own lines in the form: the author writes lines per stance
// and per moment in both languages, sees the checker's word beside a line
// that does not fit its moment, saves, and finds them again when the case
// is opened anew; the saved files have them, and a round of the case puts
// them in the bystanders' mouths.
func TestCrowdLinesInTheForm(t *testing.T) {
	h := newHarness(t, false)
	h.save("kraam", smallCase("kraam", false))
	// "Nog steeds niks" presumes the customer has waited: the line says so
	// with its tag, as the checker asks.
	silentNL := []string{"<waited> Nog steeds niks van {brand} voor {customer}. Hoe lang nog?", "Een week te laat en {brand} zwijgt. Typisch."}
	silentEN := []string{"<waited> Still nothing from {brand} for {customer}. How much longer?", "A week late and {brand} says nothing. Typical."}
	h.run(h.first, "open the case",
		chromedp.Navigate(h.base+"/?lang=nl&case=kraam"),
		chromedp.WaitVisible(chromedp.CSS(field("title", "nl"))),
		chromedp.Click(chromedp.CSS(`details[data-stance="critic"] summary`)),
		chromedp.WaitVisible(chromedp.CSS(field("crowd.lines.critic.silent", "nl"))),
		// {agent} greets an employee who has not posted yet: the checker
		// says so beside the line, in the author's language
		fill("crowd.lines.critic.silent", "nl", silentNL[0]+"\nDank je {agent}, al iets gehoord?"),
		fill("crowd.lines.critic.silent", "en", strings.Join(silentEN, "\n")),
		waitText(`[data-field="crowd.lines.critic.silent"][data-lang="nl"]`, "{agent} en {quote} vragen om een antwoord"),
		eval(`document.querySelector('details[data-stance="critic"]').scrollIntoView({block: "start"})`),
	)
	h.shotView(h.first, "crowd-lines-1-check-nl")
	h.run(h.first, "fix the line, and write lines of another stance and moment",
		fill("crowd.lines.critic.silent", "nl", strings.Join(silentNL, "\n")),
		waitJS(`!document.querySelector('[data-field="crowd.lines.critic.silent"][data-lang="nl"] .problem')`),
		fill("crowd.lines.critic.bad", "nl", "'{worst}'? Echt, {brand}?"),
		fill("crowd.lines.critic.bad", "en", "'{worst}'? Really, {brand}?"),
		chromedp.Click(chromedp.CSS(`details[data-stance="supporter"] summary`)),
		fill("crowd.lines.supporter.apology", "nl", "Netjes opgelost, {brand}."),
		fill("crowd.lines.supporter.apology", "en", "Nicely sorted, {brand}."),
		// a line that presumes the brand's brush-off: tied to the ending it
		// leads to
		clickText(`[data-field="crowd.tied"]`, "+ regels bij een daad"),
		chromedp.WaitVisible(chromedp.CSS(field("crowd.tied[1].lines", "nl"))),
		eval(`(function(){var s=document.querySelector('select[data-path="crowd.tied[1].after"]'); s.value="slecht"; s.dispatchEvent(new Event("change",{bubbles:true}));})()`),
		waitJS(`!!document.querySelector('[data-field="crowd.tied[1].after"] .chip') && document.querySelector('[data-field="crowd.tied[1].after"] .chip').textContent.indexOf("slecht") >= 0`),
		chromedp.Click(chromedp.CSS(`input[data-path="crowd.tied[1].wait"]`)),
		fill("crowd.tied[1].lines", "nl", "Eerst zelf op de site kijken? Lekkere service, {brand}."),
		fill("crowd.tied[1].lines", "en", "Check the site yourself first? Great service, {brand}."),
		eval(`document.querySelector('[data-field="crowd.tied"]').scrollIntoView({block: "center"})`),
	)
	h.shotView(h.first, "crowd-lines-3-tied-nl")
	h.run(h.first, "save",
		chromedp.Click(chromedp.CSS(`#save`)),
		waitText(`#banner-notice`, "Opgeslagen"),
	)
	// Opened anew, in English: the lines are there, and the stances that
	// have lines open by themselves with their count.
	h.run(h.first, "open the case again",
		chromedp.Navigate(h.base+"/?lang=en&case=kraam"),
		chromedp.WaitVisible(chromedp.CSS(field("crowd.lines.critic.silent", "en"))),
		eval(`document.querySelector('details[data-stance="critic"]').scrollIntoView({block: "start"})`),
	)
	h.shotView(h.first, "crowd-lines-2-reopened-en")
	if v := get(t, h.first, "critic lines", chromedp.Evaluate[string](`document.querySelector('`+field("crowd.lines.critic.silent", "nl")+`').value`)); v != strings.Join(silentNL, "\n") {
		t.Errorf("the reopened form shows %q, want the saved lines", v)
	}
	if s := get(t, h.first, "supporter summary", chromedp.Text(chromedp.CSS(`details[data-stance="supporter"] summary`))); !strings.Contains(s, "Supporters") || !strings.Contains(s, "(1)") {
		t.Errorf("the supporters' fold says %q, want its name and its one line", s)
	}
	if open := get(t, h.first, "folds", chromedp.Evaluate[string](`Array.from(document.querySelectorAll('details.stance')).map(function(d){return d.dataset.stance+":"+d.open}).join(" ")`)); open != "critic:true supporter:true joker:false customer:false press:false onlooker:false" {
		t.Errorf("folds %s: the stances with lines should open, the others stay folded", open)
	}

	set := scenarios.Load(h.dir)
	if errs := set.Errors(); len(errs) > 0 {
		t.Fatalf("the saved case does not load: %v", errs)
	}
	for lang, want := range map[string][]string{"nl": silentNL, "en": silentEN} {
		sc, ok := set.Find("kraam", lang)
		if !ok {
			t.Fatalf("no saved case in %s", lang)
		}
		if got := sc.Crowd.Lines.Critic.Silent; strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("%s: saved critic lines %q, want %q", lang, got, want)
		}
		if len(sc.Crowd.Lines.Critic.Bad) != 1 || len(sc.Crowd.Lines.Supporter.Apology) != 1 {
			t.Errorf("%s: saved lines %+v", lang, sc.Crowd.Lines)
		}
		if len(sc.Crowd.Tied) != 1 || strings.Join(sc.Crowd.Tied[0].After, "|") != "slecht" || sc.Crowd.Tied[0].Stance != "critic" ||
			sc.Crowd.Tied[0].Moment != "bad" || len(sc.Crowd.Tied[0].Lines) != 1 || !sc.Crowd.Tied[0].Wait {
			t.Errorf("%s: saved tied lines %+v", lang, sc.Crowd.Tied)
		}
		if heard := heardSilentLine(t, sc); !heard {
			t.Errorf("%s: no round of the saved case let a critic say the author's lines while the brand was silent", lang)
		}
	}
}

// heardSilentLine reports whether, in any of a few rounds in which the
// brand stays silent for four hours, a bystander says one of the case's
// critic lines for that moment. A small case's crowd says little, so it
// takes a few rounds.
func heardSilentLine(t *testing.T, sc *scenarios.Scenario) bool {
	t.Helper()
	r := strings.NewReplacer("{brand}", sc.Brand.Name, "{customer}", sc.Customer.Name)
	for seed := uint64(1); seed <= 40; seed++ {
		s, err := session.New(sc, session.Options{Seed: seed})
		if err != nil {
			t.Fatal(err)
		}
		s.AdvanceTo(240)
		for _, f := range s.Feed() {
			for _, l := range sc.Crowd.Lines.Critic.Silent {
				_, l = scenarios.SplitLineTags(l)
				if f.By == "crowd" && saysLine(f.Text, r.Replace(l)) {
					return true
				}
			}
		}
	}
	return false
}

// saysLine reports whether a post says the line: its words, of which one
// may have a slip of the thumb, with perhaps an emoji or a hashtag added.
func saysLine(post, line string) bool {
	p, l := strings.Fields(post), strings.Fields(line)
	if len(p) < len(l) || len(p) > len(l)+1 {
		return false
	}
	diff := 0
	for i := range l {
		if p[i] != l[i] {
			diff++
		}
	}
	return diff <= 1
}
