package e2e

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/webcaresim/webcaresim/assets/i18n"
	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/scenarios"
)

// lessonRound is a round the debrief test plays: a case in a language,
// whether the trainee first lets silence take over (the wait action until
// the decision's timeout), and a reply typed at the next decision that
// the rubric penalises (a non-apology with blame), so that the debrief has
// a silence, penalties and bonuses to explain.
type lessonRound struct {
	key, lang, name string
	silence         bool
	typed           string
}

// plainReply answers a decision that has no written choices.
var plainReply = map[string]string{
	"nl": "Het spijt ons echt. We hebben het vandaag met het team besproken en ik bel je morgen om te vertellen wat we veranderen.",
	"en": "We are truly sorry. We discussed it with the team today and I will call you tomorrow to tell you what we are changing.",
}

// TestPlayerDebriefTeachesEveryLesson plays HEMA's insulin case with
// silence and Sanoma's case in the HTML player, each in Dutch and in
// English, and checks that the browser's debrief shows every lesson of the
// round, with the numbers of the round the server received: the silence
// and how long it lasted; each bonus and penalty with its reason; the
// ending and what it cost; at each decision the trainee's reply, the real
// one and a model; and the comparison the story promises, in numbers.
func TestPlayerDebriefTeachesEveryLesson(t *testing.T) {
	h := newHarness(t, os.Getenv("WEBCARESIM_PLAYER_DIST"), "./cmd/webplayer")
	rounds := []lessonRound{
		{"hema-insuline/nl", "nl", "Noor", true, "Wij begrijpen je frustratie, maar onze medewerker volgde gewoon de regels. Sorry als je je gekwetst voelt."},
		{"hema-insuline/en", "en", "Nora", true, "We understand your frustration, but our employee simply followed the rules. Sorry if you feel offended."},
		{"sanoma-juf/nl", "nl", "Sem", false, ""},
		{"sanoma-juf/en", "en", "Sam", false, ""},
	}
	var keys []string
	for _, r := range rounds {
		keys = append(keys, r.key)
	}
	code := h.openWorkshopWith(keys...)
	for _, r := range rounds {
		h.playLessonRound(code, r)
	}
}

// playLessonRound plays r in a new tab to its debrief and checks the
// debrief against the report the server stored for the round.
func (h *harness) playLessonRound(code string, r lessonRound) {
	t := h.t
	id, _, _ := strings.Cut(r.key, "/")
	sc, ok := scenarios.Builtin().Find(id, r.lang)
	if !ok {
		t.Fatalf("no built-in case %s", r.key)
	}
	tab := h.newTab()
	h.run(tab, r.name+" joins",
		chromedp.Navigate(h.base+"/?lang="+r.lang),
		chromedp.WaitVisible(chromedp.CSS(`#join`)),
		chromedp.SendKeys(chromedp.CSS(`#code`), code),
		chromedp.SendKeys(chromedp.CSS(`#name`), r.name),
		chromedp.Click(chromedp.CSS(`#join-button`)),
		chromedp.WaitVisible(chromedp.CSS(`.scenario-card`)),
		eval(`Array.from(document.querySelectorAll('.scenario-card')).find(c => c.querySelector('strong').textContent === `+strconv.Quote(sc.Title)+`).click()`),
		chromedp.WaitVisible(chromedp.CSS(`.briefing`)),
		chromedp.KeyEvent(kb.Enter),
		chromedp.WaitVisible(chromedp.CSS(`.decision .prompt`)),
	)
	slug := strings.ReplaceAll(r.key, "/", "-")
	h.shot(tab, "web-"+slug+"-0-play") // the SLA badge, from the moment the trainee can answer
	if r.silence {
		// Wait until silence takes over: the case's wait action spends
		// the clock up to the decision's timeout.
		first := get(t, tab, "first prompt", chromedp.Text(chromedp.CSS(`.decision .prompt`)))
		for i := 0; i < 5; i++ {
			now := get(t, tab, "prompt", chromedp.Evaluate[string](`document.querySelector('.decision .prompt')?.textContent || ''`))
			if now != first {
				break
			}
			h.run(tab, "wait", chromedp.Click(chromedp.CSS(`button[data-act="act:wait"]`)))
			time.Sleep(500 * time.Millisecond)
		}
	}
	typed := r.typed
	// The SLA badge as each reply went out: the debrief must count the
	// same minutes (one clock, the session's).
	var badges []int
	seen := map[string]bool{}
	deadline := time.Now().Add(4 * time.Minute)
	for {
		if time.Now().After(deadline) {
			h.shot(tab, "failed-"+slug)
			t.Fatalf("%s: the round did not reach the debrief in 4 minutes", r.key)
		}
		state := get(t, tab, "state", chromedp.Evaluate[string](`document.querySelector('.debrief') ? 'debrief' :
			document.querySelector('.decision textarea.own') && !document.querySelector('.decision .choice') ? 'typed' :
			document.querySelector('.decision .choice') ? 'choice' : 'wait'`))
		if state == "debrief" {
			break
		}
		if state == "choice" || state == "typed" {
			waited, of := h.slaBadge(tab, r.key)
			if prompt := get(t, tab, "prompt", chromedp.Evaluate[string](`document.querySelector('.decision .prompt')?.textContent || ''`)); !seen[prompt] {
				// A decision's SLA runs from when the trainee can act on
				// it: on first sight the speed points are within reach.
				seen[prompt] = true
				if of > 0 && waited > of/4 {
					t.Errorf("%s: a decision opens with its SLA at %d of %d min: %q", r.key, waited, of, prompt)
				}
			}
			badges = append(badges, waited)
		}
		switch {
		case (state == "choice" || state == "typed") && typed != "":
			h.run(tab, "type a reply", chromedp.Focus(chromedp.CSS(`textarea.own`)),
				chromedp.SendKeys(chromedp.CSS(`textarea.own`), typed),
				chromedp.KeyEvent("\r", chromedp.KeyModifiers(chromedp.ModifierCtrl)))
			typed = ""
			time.Sleep(500 * time.Millisecond)
		case state == "choice":
			h.run(tab, "pick 1 and publish", chromedp.KeyEvent("1"), chromedp.WaitVisible(chromedp.CSS(`.choice.picked`)),
				chromedp.KeyEvent(kb.Enter), chromedp.WaitNotPresent(chromedp.CSS(`.choice.picked`)))
		case state == "typed":
			h.run(tab, "answer in writing", chromedp.Focus(chromedp.CSS(`textarea.own`)),
				chromedp.SendKeys(chromedp.CSS(`textarea.own`), plainReply[r.lang]),
				chromedp.KeyEvent("\r", chromedp.KeyModifiers(chromedp.ModifierCtrl)))
			time.Sleep(500 * time.Millisecond)
		}
		time.Sleep(300 * time.Millisecond)
	}
	h.run(tab, "result sent", chromedp.WaitVisible(chromedp.CSS(`.sent.ok`)))
	rep := h.storedReport(code, r.name)
	h.checkOneClock(tab, r, sc, rep, badges)
	h.shotsOfDebrief(tab, "web-"+slug)
	h.checkDebrief(tab, r, sc, rep)
}

// slaBadge reads the play page's SLA badge ("SLA 3 / 120 min"); of is 0
// when it shows none.
func (h *harness) slaBadge(tab context.Context, key string) (waited, of int) {
	text := get(h.t, tab, "SLA badge", chromedp.Evaluate[string](`document.querySelector('.decision .deadline')?.textContent || ''`))
	m := regexp.MustCompile(`SLA (\d+) / (\d+) min`).FindStringSubmatch(text)
	if m == nil {
		h.t.Errorf("%s: the open decision shows no SLA: %q", key, text)
		return 0, 0
	}
	waited, _ = strconv.Atoi(m[1])
	of, _ = strconv.Atoi(m[2])
	return waited, of
}

// checkOneClock checks that each reply's minutes on the debrief are those
// its SLA badge showed as it went out, as the session counted them for the
// speed score: the same moment, the decision's opening, in all three.
func (h *harness) checkOneClock(tab context.Context, r lessonRound, sc *scenarios.Scenario, rep session.Report, badges []int) {
	t := h.t
	cards := get(t, tab, "reply cards", chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll('.dreply .when')).map(e => e.textContent)`))
	if len(badges) != len(rep.Replies) || len(cards) != len(rep.Replies) {
		t.Errorf("%s: %d badges read, %d reply times on the debrief, %d replies in the round", r.key, len(badges), len(cards), len(rep.Replies))
		return
	}
	for i, reply := range rep.Replies {
		// whole minutes gone as the clock shows them, as the badge and the
		// debrief count them: opened at 19:50.7 and sent at 19:51.2 is
		// "1 min" on both, where the truncated difference said 0
		after := session.ClockMinutes(reply.Opened, reply.Minute)
		// The clock runs on between reading the badge and publishing:
		// at most a minute or two at a decision's pace.
		if after < badges[i] || after > badges[i]+2 {
			t.Errorf("%s: reply %d went out with the badge at %d min, the round counted %d", r.key, i+1, badges[i], after)
		}
		if want := i18n.T(r.lang, "debrief.reply_at", sc.WallClock(reply.Minute, r.lang), after); !strings.HasPrefix(cards[i], want) {
			t.Errorf("%s: reply %d's time on the debrief is %q, want %q", r.key, i+1, cards[i], want)
		}
	}
}

// storedReport is the report the server stored for the trainee's round.
func (h *harness) storedReport(code, name string) session.Report {
	h.t.Helper()
	rs, err := h.st.Results(context.Background(), code)
	if err != nil {
		h.t.Fatal(err)
	}
	for _, r := range rs {
		if r.Attempt.Player == name {
			return r.Attempt.Report
		}
	}
	h.t.Fatalf("no stored round of %s", name)
	return session.Report{}
}

// shotsOfDebrief saves the debrief's parts, each scrolled into view.
func (h *harness) shotsOfDebrief(tab context.Context, prefix string) {
	for _, part := range []struct{ name, sel string }{
		{"1-top", `.debrief h1`}, {"2-facts", `.debrief .ending`}, {"3-replies", `.dreply`}, {"4-lessons", `.lesson`}} {
		ok := get(h.t, tab, "has "+part.sel, chromedp.Evaluate[bool](`!!document.querySelector(`+strconv.Quote(part.sel)+`)`))
		if !ok {
			continue
		}
		h.run(tab, "scroll to "+part.sel, eval(`document.querySelector(`+strconv.Quote(part.sel)+`).scrollIntoView({block:'start'})`))
		h.shot(tab, prefix+"-"+part.name)
	}
	png, err := chromedp.Run(tab, chromedp.FullScreenshot(100))
	if err == nil {
		os.WriteFile(filepath.Join(h.shots, prefix+"-full.png"), png, 0o644)
	}
}

// checkDebrief checks every lesson of rep on the tab's debrief.
func (h *harness) checkDebrief(tab context.Context, r lessonRound, sc *scenarios.Scenario, rep session.Report) {
	h.checkSilence(tab, r, sc, rep)
	h.checkReasons(tab, r, sc, rep)
	h.checkEnding(tab, r, sc, rep)
	h.checkDecisions(tab, r, rep)
	h.checkComparison(tab, r, sc, rep)
}

// texts reads the text of every element a selector matches on a tab.
func (h *harness) texts(tab context.Context) func(sel string) []string {
	return func(sel string) []string {
		return get(h.t, tab, sel, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll(`+strconv.Quote(sel)+`)).map(e => e.textContent)`))
	}
}

// checkSilence: each silence of the round, when it began and how long it
// lasted.
func (h *harness) checkSilence(tab context.Context, r lessonRound, sc *scenarios.Scenario, rep session.Report) {
	t := h.t
	texts := h.texts(tab)
	silences := texts(`.debrief .fact.silence`)
	var want int
	for _, f := range rep.Facts {
		if f.What != "silence" {
			continue
		}
		want++
		mins := int(f.To - f.From + 0.5)
		long := i18n.T(r.lang, "player.duration", mins/60, mins%60)
		if mins < 60 {
			long = strconv.Itoa(mins) + " min"
		}
		if !anyHas(silences, sc.WallClock(f.From, r.lang), long) {
			t.Errorf("%s: the silence from %s lasting %s is not on the debrief: %q", r.key, sc.WallClock(f.From, r.lang), long, silences)
		}
	}
	if r.silence && want == 0 {
		t.Errorf("%s: the round was left to silence, but the report has no silence", r.key)
	}
	if len(silences) != want {
		t.Errorf("%s: %d silences on the debrief, %d in the round", r.key, len(silences), want)
	}
}

// checkReasons: each bonus and penalty with its reason under its reply,
// and when the reply came.
func (h *harness) checkReasons(tab context.Context, r lessonRound, sc *scenarios.Scenario, rep session.Report) {
	t := h.t
	texts := h.texts(tab)
	cards := texts(`.dreply`)
	if len(cards) != len(rep.Replies) {
		t.Fatalf("%s: %d replies on the debrief, %d in the round", r.key, len(cards), len(rep.Replies))
	}
	var plus, minus, withheld int
	for i, reply := range rep.Replies {
		lines := append(session.FeatureLines(r.lang, reply.Analysis.Features), session.DiscountLines(r.lang, reply.Analysis.Discounts, reply.Analysis.Features)...)
		for _, l := range lines {
			if !strings.Contains(cards[i], l.Text) {
				t.Errorf("%s: reply %d does not say %q", r.key, i+1, l.Text)
			}
			switch {
			case l.NotAwarded:
				withheld++ // points not given: muted, not a penalty
			case l.Points < 0:
				minus++
			default:
				plus++
			}
		}
		if reply.Historical && !strings.Contains(cards[i], i18n.T(r.lang, "debrief.historical")) {
			t.Errorf("%s: reply %d was the real brand's reply, and its card does not say so: %q", r.key, i+1, cards[i])
		}
		if reply.Text != "" && !strings.Contains(cards[i], sc.WallClock(reply.Minute, r.lang)) {
			t.Errorf("%s: reply %d does not say when it came (%s): %q", r.key, i+1, sc.WallClock(reply.Minute, r.lang), cards[i])
		}
	}
	if plus == 0 || (r.typed != "" && minus == 0) {
		t.Errorf("%s: %d bonuses and %d penalties in the round: the test's replies should earn both", r.key, plus, minus)
	}
	if got := len(texts(`.dreply .reason.minus`)); got < minus {
		t.Errorf("%s: %d penalties shown as penalties, %d in the round", r.key, got, minus)
	}
	if got := len(texts(`.dreply .reason.withheld`)); got < withheld {
		t.Errorf("%s: %d lines shown as points not awarded, %d in the round", r.key, got, withheld)
	}
}

// checkEnding: the ending, and what it cost or earned on which score.
func (h *harness) checkEnding(tab context.Context, r lessonRound, sc *scenarios.Scenario, rep session.Report) {
	t := h.t
	texts := h.texts(tab)
	page := strings.Join(texts(`.debrief`), "\n")
	e, ok := sc.Ending(rep.Ending)
	if !ok {
		t.Fatalf("%s: the round has no ending (%q)", r.key, rep.Ending)
	}
	// the ending as the round read it (a variant's title where it had one)
	title := rep.EndingName(sc)
	if !strings.Contains(page, title) {
		t.Errorf("%s: the ending %q is not on the debrief", r.key, title)
	}
	for _, f := range rep.Facts {
		if f.What == "ending" && f.Points == 0 {
			if !anyHas(texts(`.debrief .fact.cost`), title, e.Outcome) {
				t.Errorf("%s: the mixed ending and what it cost (%q) are not on the debrief: %q", r.key, e.Outcome, texts(`.debrief .fact`))
			}
		} else if f.What == "ending" {
			cost := signedFig(f.Points)
			if !anyHas(texts(`.debrief .fact.cost`), title, cost, i18n.T(r.lang, "score."+f.Dimension)) {
				t.Errorf("%s: the ending's cost (%s on %s) is not on the debrief: %q", r.key, cost, f.Dimension, texts(`.debrief .fact`))
			}
		}
	}
}

// checkDecisions: at each decision met, the trainee's reply (or silence)
// beside the real brand's and a model reply.
func (h *harness) checkDecisions(tab context.Context, r lessonRound, rep session.Report) {
	t := h.t
	texts := h.texts(tab)
	lessons := texts(`.lesson`)
	if len(lessons) != len(rep.Lessons) || len(lessons) == 0 {
		t.Fatalf("%s: %d decisions explained on the debrief, %d met in the round", r.key, len(lessons), len(rep.Lessons))
	}
	for i, l := range rep.Lessons {
		real := l.Historical
		switch {
		case l.HistoricalSilent:
			real = i18n.T(r.lang, "debrief.lesson.historical_silent")
		case real == "":
			real = i18n.T(r.lang, "debrief.lesson.historical_elsewhere")
		}
		if real == "" || !strings.Contains(lessons[i], real) {
			t.Errorf("%s: decision %s does not show what the brand really did (%q): %q", r.key, l.Decision, real, lessons[i])
		}
		if l.Model == "" || !strings.Contains(lessons[i], l.Model) {
			t.Errorf("%s: decision %s does not show the model reply %q", r.key, l.Decision, l.Model)
		}
		yours := i18n.T(r.lang, "debrief.lesson.yours") + " " + yoursAt(r.lang, rep, l.Decision)
		if !strings.Contains(lessons[i], yours) {
			t.Errorf("%s: decision %s does not show the trainee's own %q beside them: %q", r.key, l.Decision, yours, lessons[i])
		}
	}
}

// checkComparison: the comparison the story promises, with the round's own
// number, grouped as the trainee's language writes figures (6.100, 6,100).
func (h *harness) checkComparison(tab context.Context, r lessonRound, sc *scenarios.Scenario, rep session.Report) {
	t := h.t
	texts := h.texts(tab)
	if c, ok := rep.Comparison(); ok {
		shown := strings.Join(texts(`.debrief .comparison`), " ")
		if !strings.Contains(shown, i18n.Number(c.Recorded, r.lang)) || !strings.Contains(shown, i18n.Number(c.Round, r.lang)) {
			t.Errorf("%s: the comparison reads %q, want the real %s beside the round's %s", r.key, shown, i18n.Number(c.Recorded, r.lang), i18n.Number(c.Round, r.lang))
		}
	} else if sc.Debrief.HistoricalShares > 0 {
		t.Errorf("%s: the case promises a comparison, the report has none", r.key)
	}
}

// yoursAt is what the trainee did at a decision, as the report has it:
// the reply's words, or silence.
func yoursAt(lang string, rep session.Report, decision string) string {
	for _, r := range rep.Replies {
		if r.Decision == decision && r.Text != "" {
			return r.Text
		}
	}
	for _, f := range rep.Facts {
		if f.What == "silence" && f.Decision == decision {
			return i18n.T(lang, "debrief.lesson.silent")
		}
	}
	return ""
}

func anyHas(list []string, parts ...string) bool {
	for _, s := range list {
		all := true
		for _, p := range parts {
			all = all && strings.Contains(s, p)
		}
		if all {
			return true
		}
	}
	return false
}

// signedFig writes points as the debrief does, with a real minus sign.
func signedFig(x float64) string {
	if x < 0 {
		return "−" + strconv.Itoa(int(-x+0.5))
	}
	return "+" + strconv.Itoa(int(x+0.5))
}
