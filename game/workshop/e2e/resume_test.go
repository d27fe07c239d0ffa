package e2e

import (
	"context"
	"encoding/json"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/webcaresim/webcaresim/assets/i18n"
	"github.com/webcaresim/webcaresim/game/progress"
	"github.com/webcaresim/webcaresim/game/workshop/api"
	"github.com/webcaresim/webcaresim/scenarios"
)

// TestPlayerResumesARoundAfterTheTabCloses: a trainee publishes a typed
// reply, the server acknowledges it, and the tab is closed. Opening the
// workshop's link again in the same browser, the join page offers to go on
// with the round; the player opens it where the server's last step left
// it, the typed reply in the feed, its clock standing under a box that
// says where the round stopped, until the trainee goes on. In Dutch the
// round is then played to its debrief and stored once, with the reply
// typed before the tab closed; in English the offer and the box are
// checked, and that the clock runs after going on.
// Screenshots: resume-1-join-LANG, resume-2-goon-LANG, resume-3-going-on-LANG,
// resume-4-debrief-nl.
func TestPlayerResumesARoundAfterTheTabCloses(t *testing.T) {
	h := newHarness(t, os.Getenv("WEBCARESIM_PLAYER_DIST"), "./cmd/webplayer")
	code := h.openWorkshopWith("sanoma-juf/nl", "sanoma-juf/en")
	for _, tc := range []struct{ lang, name, reply string }{
		{"nl", "Sanne Resume", "Hoi Dorien, sorry! Je schreef al dat je gebeld had, dat lazen wij verkeerd. Ik bel je vandaag nog. ^Lotte"},
		{"en", "Sam Resume", "Hi Dorien, sorry! You wrote that you had called already, and we misread it. I will call you today. ^Lotte"},
	} {
		t.Run(tc.lang, func(t *testing.T) { resumeAfterClosedTab(t, h, code, tc.lang, tc.name, tc.reply) })
	}
}

func resumeAfterClosedTab(t *testing.T, h *harness, code, lang, name, reply string) {
	ctx := context.Background()
	h.t = t
	sc, ok := scenarios.Builtin().Find("sanoma-juf", lang)
	if !ok {
		t.Fatalf("no sanoma-juf/%s", lang)
	}

	// The first tab: join, open the case, publish a typed reply.
	first, closeFirst := chromedp.NewContext(h.trainer)
	defer closeFirst()
	if err := chromedp.Do(first); err != nil { // the tab on its own context, as newTab's
		t.Fatal(err)
	}
	h.run(first, "join",
		chromedp.Navigate(h.base+"/?lang="+lang+"&code="+code),
		chromedp.WaitVisible(chromedp.CSS(`#join`)),
		chromedp.SendKeys(chromedp.CSS(`#name`), name),
		chromedp.Click(chromedp.CSS(`#join-button`)),
		chromedp.WaitVisible(chromedp.CSS(`.scenario-card`)),
	)
	// The workshop offers the case in both languages: the trainee opens
	// the one in theirs.
	h.run(first, "start the round",
		eval(`Array.from(document.querySelectorAll('.scenario-card')).find(c => c.textContent.includes(`+jsString(sc.Title)+`)).click()`),
		chromedp.WaitVisible(chromedp.CSS(`.briefing`)),
		chromedp.KeyEvent(kb.Enter), chromedp.WaitVisible(chromedp.CSS(`textarea.own`)),
	)
	trainee := get(t, first, "the trainee's id", chromedp.Evaluate[string](`JSON.parse(localStorage.getItem("webcaresim")).trainee`))
	h.run(first, "type and publish a reply",
		chromedp.KeyEvent(reply),
		chromedp.Focus(chromedp.CSS(`textarea.own`)),
		chromedp.KeyEvent("\r", chromedp.KeyModifiers(chromedp.ModifierCtrl)),
	)
	// The server acknowledged the step when it stored its reply event.
	var round string
	var step float64
	deadline := time.Now().Add(45 * time.Second)
	for round == "" {
		if time.Now().After(deadline) {
			h.shot(first, "failed")
			t.Fatal("the server did not store the published reply within 45 s")
		}
		evs, err := h.st.Events(ctx, code)
		if err != nil {
			t.Fatal(err)
		}
		for _, se := range evs {
			var e api.Event
			if se.Kind != api.KindReply || se.Trainee != trainee || se.Scenario != sc.Key() || json.Unmarshal(se.Data, &e) != nil || len(e.Steps) == 0 {
				continue
			}
			round, step = se.Round, e.Steps[len(e.Steps)-1].At
		}
		time.Sleep(200 * time.Millisecond) // polling the store, not timing the game
	}
	// The trainee closes the tab.
	if err := chromedp.Cancel(first); err != nil {
		t.Fatalf("closing the tab: %v", err)
	}

	// The link again, in a new tab of the same browser: the offer.
	tab := h.newTab()
	h.run(tab, "the join page offers the round",
		chromedp.Navigate(h.base+"/?lang="+lang+"&code="+code),
		chromedp.WaitVisible(chromedp.CSS(`#resume-button`)),
	)
	h.shot(tab, "resume-1-join-"+lang)
	if got, want := get(t, tab, "the offer", chromedp.Text(chromedp.CSS(`#resume-button`))), i18n.T(lang, "web.resume_button"); got != want {
		t.Errorf("the offer's button says %q, want %q", got, want)
	}
	if what := get(t, tab, "what is offered", chromedp.Text(chromedp.CSS(`#resume-what`))); !strings.Contains(what, name) || !strings.Contains(what, sc.Title) {
		t.Errorf("the offer says %q, want the trainee %q and the case %q", what, name, sc.Title)
	}

	// Going on: the round where the server's last step left it, waiting.
	h.run(tab, "resume", chromedp.Click(chromedp.CSS(`#resume-button`)), chromedp.WaitVisible(chromedp.CSS(`.goon button`)))
	h.shot(tab, "resume-2-goon-"+lang)
	clock := func() string { return get(t, tab, "clock", chromedp.Text(chromedp.CSS(`.round-head .clock`))) }
	if got, want := clock(), sc.WallClock(step, lang); got != want {
		t.Errorf("the resumed round's clock shows %s, want %s, the minute of the last acknowledged step (%.2f)", got, want, step)
	}
	if title := get(t, tab, "the box's title", chromedp.Text(chromedp.CSS(`.goon h2`))); title != i18n.T(lang, "play.goon.title") {
		t.Errorf("the box over the round says %q, want %q", title, i18n.T(lang, "play.goon.title"))
	}
	if last := get(t, tab, "the box's last reply", chromedp.Text(chromedp.CSS(`.goon-last`))); !strings.Contains(last, reply) {
		t.Errorf("the box's last reply is %q, want %q", last, reply)
	}
	if feed := get(t, tab, "the feed", chromedp.Text(chromedp.CSS(`.feed`))); !strings.Contains(feed, reply) {
		t.Errorf("the resumed feed does not hold the reply typed before the tab closed: %.300s", feed)
	}
	// The clock stands while the box is open: twenty of the player's
	// ticks later (two seconds of its clock) it shows the same minute.
	ticks := get(t, tab, "ticks", chromedp.Evaluate[int](`+document.getElementById('game').dataset.ticks`))
	get(t, tab, "twenty ticks", chromedp.Poll[bool](`+document.getElementById('game').dataset.ticks >= `+strconv.Itoa(ticks+20), chromedp.WithPollingTimeout(30*time.Second)))
	if got, want := clock(), sc.WallClock(step, lang); got != want {
		t.Fatalf("with the box open the clock moved to %s, want it standing at %s", got, want)
	}

	// Enter goes on; the clock runs.
	stood := clock()
	h.run(tab, "go on", chromedp.KeyEvent(kb.Enter), chromedp.WaitNotPresent(chromedp.CSS(`.goon-shade`)))
	get(t, tab, "the clock runs", chromedp.Poll[bool](`document.querySelector('.round-head .clock').textContent !== `+jsString(stood), chromedp.WithPollingTimeout(30*time.Second)))
	h.shot(tab, "resume-3-going-on-"+lang)
	if lang != "nl" {
		return
	}

	// Played on to the debrief: one result, under the round's id, with
	// the reply typed before the tab closed.
	deadline = time.Now().Add(3 * time.Minute)
	for {
		if time.Now().After(deadline) {
			h.shot(tab, "timeout")
			t.Fatal("the resumed round did not reach the debrief in 3 minutes")
		}
		state := get(t, tab, "state", chromedp.Evaluate[string](`document.querySelector('.debrief') ? 'debrief' : (document.querySelector('.choice') ? 'choice' : 'wait')`))
		if state == "debrief" {
			break
		}
		if state == "choice" {
			h.run(tab, "pick 1", chromedp.KeyEvent("1"), chromedp.WaitVisible(chromedp.CSS(`.choice.picked`)))
			h.run(tab, "publish with Enter", chromedp.KeyEvent(kb.Enter), chromedp.WaitNotPresent(chromedp.CSS(`.choice.picked`)))
		}
		time.Sleep(300 * time.Millisecond) // polling the page's state
	}
	h.run(tab, "result sent", chromedp.WaitVisible(chromedp.CSS(`.sent.ok`)))
	h.shot(tab, "resume-4-debrief-nl")
	rs, err := h.st.Results(ctx, code)
	if err != nil {
		t.Fatal(err)
	}
	var mine int
	for _, r := range rs {
		if r.Attempt.Player != name {
			continue
		}
		mine++
		if r.Round != round || r.Attempt.Status != progress.Finished || len(r.Attempt.Report.Replies) == 0 || r.Attempt.Report.Replies[0].Text != reply {
			t.Errorf("the stored round %s (%s) with replies %+v, want round %s finished, opening with %q",
				r.Round, r.Attempt.Status, r.Attempt.Report.Replies, round, reply)
		}
	}
	if mine != 1 {
		t.Errorf("%d results of %s, want the one resumed round", mine, name)
	}
	if os.Getenv("WEBCARESIM_SHOTS") == "" {
		t.Logf("screenshots in %s", h.shots)
	}
}

func jsString(s string) string { b, _ := json.Marshal(s); return string(b) }
