package e2e

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/game/workshop/client"
	"github.com/webcaresim/webcaresim/scenarios"
)

// joinAndStart joins a trainee in a new tab of the HTML player and starts
// the workshop's scenario.
func (h *harness) joinAndStart(code, name string) context.Context {
	h.t.Helper()
	tab := h.newTab()
	h.run(tab, name+" joins",
		chromedp.Navigate(h.base+"/?lang=nl"),
		chromedp.WaitVisible(chromedp.CSS(`#join`)),
		chromedp.SendKeys(chromedp.CSS(`#code`), code),
		chromedp.SendKeys(chromedp.CSS(`#name`), name),
		chromedp.Click(chromedp.CSS(`#join-button`)),
		chromedp.WaitVisible(chromedp.CSS(`.scenario-card`)),
		chromedp.KeyEvent("1"),
		chromedp.WaitVisible(chromedp.CSS(`.briefing`)), // the briefing comes before the clock starts
		chromedp.KeyEvent(kb.Enter),
		chromedp.WaitVisible(chromedp.CSS(`.feed li`)),
	)
	return tab
}

// until polls a condition in a tab with a deadline.
func (h *harness) until(tab context.Context, what, script string) {
	h.t.Helper()
	deadline := time.Now().Add(40 * time.Second)
	for {
		ok, err := chromedp.Run(tab, chromedp.Evaluate[bool](script))
		if err == nil && ok {
			return
		}
		if time.Now().After(deadline) {
			h.shot(tab, "failed")
			h.t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

func feedHas(text string) string {
	return fmt.Sprintf(`Array.from(document.querySelectorAll('.feed li')).some(li => li.textContent.includes(%q))`, text)
}

// TestTrainerDrivesTheRoom: the trainer sends an inject and two trainees see
// it; the trainer takes over one trainee's customer, the trainee sees the
// customer typing and then the trainer's post.
func TestTrainerDrivesTheRoom(t *testing.T) {
	h := newHarness(t, os.Getenv("WEBCARESIM_PLAYER_DIST"), "./cmd/webplayer")
	code := h.openWorkshop()
	anouk := h.joinAndStart(code, "Anouk")
	bram := h.joinAndStart(code, "Bram")

	h.run(h.trainer, "control room",
		chromedp.Navigate(h.base+"/trainer/w/"+code+"/control"),
		chromedp.WaitVisible(chromedp.CSS(`button.inject[data-inject="journalist"]`)),
	)
	h.until(h.trainer, "both trainees on the control page", `document.querySelectorAll('#trainee-rows tr').length === 2 &&
		!Array.from(document.querySelectorAll('#trainee-rows td.scenario')).some(td => td.textContent.includes('speelt nu niet'))`)
	h.run(h.trainer, "send the journalist to everyone playing Sanoma",
		chromedp.Click(chromedp.CSS(`button.inject[data-inject="journalist"]`)),
		chromedp.WaitVisible(chromedp.Search(`//p[@id="flash"][contains(., "Verstuurd naar 2")]`)),
	)
	h.shot(h.trainer, "trainer-1-control")
	for name, tab := range map[string]context.Context{"Anouk": anouk, "Bram": bram} {
		h.until(tab, name+" sees the journalist", feedHas("Marketing Vandaag"))
		h.until(tab, name+" is asked for a statement", `!!document.querySelector('.decision textarea.own') &&
			document.querySelector('.decision .prompt').textContent.includes('journalist')`)
	}
	h.shot(anouk, "trainer-2-inject-anouk")
	h.shot(bram, "trainer-3-inject-bram")
	badge := get(t, bram, "the inject's badge", chromedp.Evaluate[string](`Array.from(document.querySelectorAll('.feed li.post.inject')).map(li => li.querySelector('.badge')?.textContent).join('|')`))
	if badge != "Pers" {
		t.Errorf("the journalist's inject in the feed is marked %q, want one post marked as the press (Pers)", badge)
	}

	// The trainer takes over Anouk's customer. Anouk answers the journalist,
	// then Dorien with the first choice; the round waits for the trainer.
	h.run(h.trainer, "take over Anouk's customer",
		chromedp.Click(chromedp.Search(`//tr[td[contains(@class,"name")][.="Anouk"]]//button`)),
		chromedp.WaitVisible(chromedp.CSS(`.desk-card`)),
	)
	h.until(h.trainer, "Anouk's game has the takeover", `!!document.querySelector('.desk-card.linked')`)
	h.run(anouk, "answer the journalist",
		chromedp.KeyEvent("t"),
		chromedp.WaitReady(chromedp.CSS(`textarea.own:focus`)),
		chromedp.SendKeys(chromedp.CSS(`textarea.own`), "@evabrink_mv Die toon past niet bij ons. Ik heb Dorien mijn excuses aangeboden en bel haar vandaag. ^Lotte"),
		chromedp.KeyEvent("\r", chromedp.KeyModifiers(chromedp.ModifierCtrl)),
		chromedp.WaitVisible(chromedp.CSS(`.choice`)),
		chromedp.KeyEvent("3"), // picks the third choice; Enter publishes it
		chromedp.WaitVisible(chromedp.CSS(`.choice.picked`)),
		chromedp.KeyEvent(kb.Enter),
	)
	h.until(anouk, "Anouk's round waits for Dorien", `document.querySelector('.decision .waiting')?.textContent.includes('Dorien')`)
	h.until(h.trainer, "the trainer's desk shows the wait and the script's suggestion", `!!document.querySelector('.desk-card.waiting .sugg')`)
	h.run(h.trainer, "the trainer types as Dorien",
		chromedp.SendKeys(chromedp.CSS(`.desk-card textarea`), "Oké, bel me maar om 14.00 uur. <b>Niet</b> vergeten!"),
	)
	h.until(anouk, "Anouk sees Dorien typing", `document.querySelector('.decision .waiting')?.textContent.includes('aan het typen')`)
	h.shot(anouk, "trainer-4-typing")
	h.shot(h.trainer, "trainer-5-desk")
	h.run(h.trainer, "post as Dorien", chromedp.Click(chromedp.CSS(`.desk-card button[type=submit]`)))
	h.until(anouk, "Anouk sees the trainer's post", feedHas("bel me maar om 14.00 uur. <b>Niet</b> vergeten!"))
	h.until(anouk, "the next decision opens", `!!document.querySelector('.decision .choice, .decision textarea.own')`)
	h.shot(anouk, "trainer-6-customer-post")
	if bold := get(t, anouk, "no markup from the trainer", chromedp.Evaluate[bool](`!!document.querySelector('.feed b')`)); bold {
		t.Error("the trainer's post was rendered as HTML")
	}
	h.playToDebrief(bram)
	did := get(t, bram, "what the trainer did", chromedp.Text(chromedp.CSS(`.trainer-did`)))
	if !strings.Contains(did, "de trainer voegde hier een journalist toe") {
		t.Errorf("Bram's debrief does not say the trainer added the journalist: %q", did)
	}
	titles := get(t, bram, "the debrief's replies", chromedp.Evaluate[string](`Array.from(document.querySelectorAll('.dreply h3')).map(h => h.textContent).join(' | ')`))
	if !strings.Contains(titles, "Marketing Vandaag") || strings.Contains(titles, "terechtwijzing") || strings.Contains(titles, "inject-") {
		t.Errorf("the debrief names the replies' decisions %q, want what they asked, not their ids", titles)
	}
	h.run(bram, "scroll to the trainer's part", chromedp.ScrollIntoView(chromedp.CSS(`.trainer-did`)))
	h.shot(bram, "trainer-10-debrief-marks")
}

// playToDebrief plays a round in the HTML player to its debrief: the first
// choice where there are choices, a typed answer where there are none.
func (h *harness) playToDebrief(tab context.Context) {
	h.t.Helper()
	deadline := time.Now().Add(4 * time.Minute)
	for {
		if time.Now().After(deadline) {
			h.shot(tab, "failed")
			h.t.Fatal("the round did not reach the debrief in 4 minutes")
		}
		state := get(h.t, tab, "state", chromedp.Evaluate[string](`document.querySelector('.debrief') ? 'debrief' :
			document.querySelector('.decision .choice') ? 'choice' : document.querySelector('.decision textarea.own') ? 'typed' : 'wait'`))
		switch state {
		case "debrief":
			return
		case "choice":
			h.run(tab, "pick 1 and publish", chromedp.KeyEvent("1"), chromedp.WaitVisible(chromedp.CSS(`.choice.picked`)), chromedp.KeyEvent(kb.Enter),
				chromedp.WaitNotPresent(chromedp.CSS(`.choice.picked`)))
		case "typed":
			h.run(tab, "answer in writing", chromedp.Focus(chromedp.CSS(`textarea.own`)),
				chromedp.SendKeys(chromedp.CSS(`textarea.own`), "@evabrink_mv Die toon past niet bij ons. Ik heb de klant excuses aangeboden en bel vandaag. ^Lotte"),
				chromedp.KeyEvent("\r", chromedp.KeyModifiers(chromedp.ModifierCtrl)))
		}
		time.Sleep(300 * time.Millisecond)
	}
}

// TestProjectorDebrief: three rounds are in; the trainer puts the replies to
// each decision side by side on the projector and steps with the arrow keys
// to the endings beside what really happened.
func TestProjectorDebrief(t *testing.T) {
	h := newHarness(t, os.Getenv("WEBCARESIM_PLAYER_DIST"), "./cmd/webplayer")
	code := h.openWorkshop()
	ctx := context.Background()
	sc, _ := scenarios.Builtin().Find("sanoma-juf", "nl")
	for i, st := range []session.Strategy{session.Historical{}, session.Best{}, session.Choices{3, 1, 1, 1, 1, 1}} {
		c, _, err := client.Join(ctx, h.base, code, fmt.Sprintf("Deelnemer%d", i+1), "nl")
		if err != nil {
			t.Fatal(err)
		}
		s, err := session.Run(sc, session.Options{Seed: uint64(i + 1), Mode: session.Workshop}, st)
		if err != nil {
			t.Fatal(err)
		}
		round := client.NewRound(time.Now())
		if err := c.Started(ctx, round, s); err != nil {
			t.Fatal(err)
		}
		if err := c.Steps(ctx, round, s, 0); err != nil {
			t.Fatal(err)
		}
		if _, err := client.Report(ctx, h.base, c.Token, round, time.Now(), time.Now(), true, s.Report(), s.Transcript()); err != nil {
			t.Fatal(err)
		}
	}
	h.run(h.trainer, "projector debrief",
		chromedp.Navigate(h.base+"/trainer/w/"+code+"/debrief"),
		chromedp.WaitVisible(chromedp.CSS(`.dreply`)),
	)
	n := get(t, h.trainer, "replies side by side", chromedp.Nodes(chromedp.CSSAll(`.dreply`)))
	if len(n) != 3 {
		t.Errorf("%d replies side by side, want the three rounds'", len(n))
	}
	if page := get(t, h.trainer, "page", chromedp.Text(chromedp.CSS(`main`))); strings.Contains(page, "Deelnemer1") {
		t.Error("the projector names a trainee without being asked")
	}
	if out := get(t, h.trainer, "outcomes", chromedp.Text(chromedp.CSS(`.side-by-side`))); !strings.Contains(out, "Uitkomst: Dorien zet je antwoord te kijk, met #fail.") {
		t.Errorf("a reply's outcome does not name the decision it led to by its place and prompt: %q", out)
	}
	h.shot(h.trainer, "trainer-7-projector-decision")
	step := get(t, h.trainer, "step", chromedp.Text(chromedp.CSS(`.step`)))
	for i := 0; i < 12 && !strings.Contains(step, "afliepen"); i++ {
		h.run(h.trainer, "next decision", chromedp.KeyEvent(kb.ArrowRight), chromedp.WaitVisible(chromedp.CSS(`.step`)))
		time.Sleep(300 * time.Millisecond)
		step = get(t, h.trainer, "step", chromedp.Text(chromedp.CSS(`.step`)))
	}
	if !strings.Contains(step, "afliepen") {
		t.Fatalf("the arrow keys did not reach the endings: %q", step)
	}
	h.run(h.trainer, "endings", chromedp.WaitVisible(chromedp.CSS(`table.endings`)))
	if really := get(t, h.trainer, "really", chromedp.Text(chromedp.CSS(`table.endings`))); !strings.Contains(strings.ToLower(really), "wat er echt gebeurde") {
		t.Errorf("the endings do not mark what really happened: %q", really)
	}
	h.shot(h.trainer, "trainer-8-projector-endings")
	h.run(h.trainer, "back with the left arrow", chromedp.KeyEvent(kb.ArrowLeft), chromedp.WaitVisible(chromedp.CSS(`.dreply`)))
	h.projectorNamesTheDecision(code)
}

// projectorNamesTheDecision puts the first reply on the projector and checks
// that the projector names its decision by its place and prompt, in Dutch
// and in English.
func (h *harness) projectorNamesTheDecision(code string) {
	t := h.t
	t.Helper()
	evs, err := h.st.Events(context.Background(), code)
	if err != nil {
		t.Fatal(err)
	}
	var reply int64
	for _, ev := range evs {
		if ev.Kind == "reply" && reply == 0 {
			reply = ev.ID
		}
	}
	h.run(h.trainer, "dashboard", chromedp.Navigate(fmt.Sprintf("%s/trainer?w=%s", h.base, code)),
		chromedp.WaitVisible(chromedp.CSS(fmt.Sprintf(`form[action$="/focus"]:has(input[value="%d"]) button`, reply))),
		chromedp.Click(chromedp.CSS(fmt.Sprintf(`form[action$="/focus"]:has(input[value="%d"]) button`, reply))),
		chromedp.WaitVisible(chromedp.Search(`//article[contains(@class,"focused")] | //button[.="Op de beamer"]`)),
	)
	for _, c := range []struct{ lang, want string }{{"nl", "Wat wil je nou? · Dorien wijst jullie webcare terecht"}, {"en", "Wat wil je nou? · Dorien wijst jullie webcare terecht"}} {
		h.run(h.trainer, "projector "+c.lang,
			chromedp.Navigate(h.base+"/trainer/w/"+code+"/projector?lang="+c.lang),
			chromedp.WaitVisible(chromedp.CSS(`.bigreply .who`)),
		)
		if who := get(t, h.trainer, "projector line", chromedp.Text(chromedp.CSS(`.bigreply .who`))); !strings.Contains(who, c.want) || strings.Contains(who, "terechtwijzing") {
			t.Errorf("the projector (%s) says %q, want the decision named %q", c.lang, who, c.want)
		}
		h.shot(h.trainer, "trainer-9-projector-title-"+c.lang)
	}
	h.run(h.trainer, "back to Dutch", chromedp.Navigate(h.base+"/trainer/w/"+code+"/projector?lang=nl"), chromedp.WaitVisible(chromedp.CSS(`.bigreply`)))
}
