package game

import (
	"fmt"
	"image"
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/webcaresim/webcaresim/assets/i18n"
	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/game/ui"
)

// readText turns on the log of drawn text for the rest of the test.
func readText(t *testing.T) {
	t.Helper()
	ui.RecordText(true)
	t.Cleanup(func() { ui.RecordText(false) })
}

// shownText is the text of the last frame drawn, its lines joined by
// spaces (a sentence wrapped over two lines reads as one).
func shownText() string {
	var b strings.Builder
	for _, l := range ui.DrawnText() {
		b.WriteString(l.Text)
		b.WriteByte(' ')
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// flat is s with its white space as shownText has it.
func flat(s string) string { return strings.Join(strings.Fields(s), " ") }

// readDebrief pages through the whole debrief with PageDown, as a trainee
// reads it, and returns every line it showed. It reads again until the 100
// worlds above the lessons are in, since they move the lessons down.
func readDebrief(t *testing.T, d *Driver, db *debriefScene) string {
	t.Helper()
	var seen strings.Builder
	for range 200 {
		pending := db.worlds != nil && db.worlds.pending()
		seen.Reset()
		d.Do(func(a *App) { db.scroll = 0 })
		for range 100 {
			seen.WriteString(shownText() + " ")
			before := db.scroll
			d.Tick(Key(ebiten.KeyPageDown), 0)
			d.Tick(Frame{}, 0)
			if db.scroll == before {
				break
			}
		}
		if !pending {
			return seen.String()
		}
	}
	t.Fatal("the 100 worlds never came in")
	return ""
}

// hoursMinutes writes a duration as the debrief must say it: hours and
// minutes, not rounded to whole hours.
func hoursMinutes(lang string, minutes float64) string {
	m := int(minutes + 0.5)
	if lang == "nl" {
		return fmt.Sprintf("%d uur %d min", m/60, m%60)
	}
	return fmt.Sprintf("%d h %d min", m/60, m%60)
}

// silentThenReply plays HEMA in lang: silence at the first decision until
// it takes over (its two hours), then a typed reply at the next, then
// its first written choice at the one after, and silence to the ending. It returns the typed reply.
func silentThenReply(t *testing.T, d *Driver, lang, player string) (*playScene, string) {
	t.Helper()
	d.Do(func(a *App) {
		a.lang, a.player, a.mode = lang, player, session.Practice
		a.startRound(a.findScenario("hema-insuline"))
	})
	p := d.App.scene.(*playScene)
	reply := map[string]string{
		"nl": "Naomi, het spijt ons dat we zo lang stil waren. Wat je overkwam had niet mogen gebeuren. Mag onze directeur je vandaag bellen? ^Marloes",
		"en": "Naomi, we are sorry we stayed silent for so long. What happened to you should never have happened. May our director call you today? ^Marloes",
	}[lang]
	d.Do(func(a *App) {
		for i := 0; p.sess.Decision() == nil && i < 1000; i++ {
			p.sess.AdvanceTo(p.sess.NextStop())
		}
		first := p.sess.Decision()
		for i := 0; p.sess.Decision() == first && p.sess.Ending() == nil && i < 1000; i++ {
			p.sess.AdvanceTo(p.sess.NextStop())
		}
		for i := 0; p.sess.Decision() == nil && p.sess.Ending() == nil && i < 1000; i++ {
			p.sess.AdvanceTo(p.sess.NextStop())
		}
	})
	if p.sess.Decision() == nil || !p.sess.Decision().AllowFreeText {
		t.Fatal("no decision to type a reply at after the first silence")
	}
	d.Tick(Frame{}, 0)
	d.Do(func(a *App) { p.focus.ID = "reply"; p.reply.SetText(reply) })
	d.Tick(Key(ebiten.KeyEnter), 0)
	if rs := p.sess.Replies(); len(rs) != 1 || rs[0].Text != reply {
		t.Fatalf("published %+v, want the typed reply", rs)
	}
	// The next question takes its first written choice (HEMA's says what
	// changes), so the round reaches an ending that adds or costs points.
	d.Do(func(a *App) {
		for i := 0; p.sess.Decision() == nil && p.sess.Ending() == nil && i < 1000; i++ {
			p.sess.AdvanceTo(p.sess.NextStop())
		}
		if dec := p.sess.Decision(); dec != nil && len(dec.Choices) > 0 {
			if err := p.sess.Choose(0); err != nil {
				t.Error(err)
			}
		}
		for i := 0; p.sess.Ending() == nil && i < 10000; i++ {
			p.sess.AdvanceTo(p.sess.NextStop())
		}
	})
	if p.sess.Ending() == nil {
		t.Fatal("the round never reached an ending")
	}
	return p, reply
}

// A HEMA round with two hours of silence, then a reply: the debrief says,
// in words the trainee reads, when the silence began and how long it
// lasted, which ending the round reached and what it cost, the 6,100 of
// the real boycott beside the round's own number, and at the decision
// answered the trainee's reply with a model reply beside it; its first
// screen shows the silence among the replies, where it fell. Both
// languages. (The test counted red pixels only.)
func TestWindowDebriefOfAHEMARoundWithSilenceShowsIt(t *testing.T) {
	d := window(t)
	readText(t)
	for _, lang := range []string{"nl", "en"} {
		t.Run(lang, func(t *testing.T) {
			p, reply := silentThenReply(t, d, lang, "Stille Sanne")
			d.Tick(Frame{}, 0)
			d.Do(func(a *App) { p.focus.ID = "debrief" })
			d.Tick(Key(ebiten.KeyEnter), 0)
			db, ok := d.App.scene.(*debriefScene)
			if !ok {
				t.Fatalf("screen %q, want the debrief", d.App.Screen())
			}
			d.Tick(Frame{}, 0)
			first := shownText() // the debrief's first screen, unscrolled
			read := readDebrief(t, d, db)
			rep, sc := db.report, db.sc
			var silence, ending *session.Fact
			for i, f := range rep.Facts {
				switch {
				case f.What == "silence" && silence == nil:
					silence = &rep.Facts[i]
				case f.What == "ending":
					ending = &rep.Facts[i]
				}
			}
			if silence == nil || ending == nil {
				t.Fatalf("the report has no silence or no ending: %+v", rep.Facts)
			}
			wantSilence := tr(lang, "debrief.silence", sc.WallClock(silence.From, lang), hoursMinutes(lang, silence.To-silence.From))
			if !strings.Contains(read, flat(wantSilence)) {
				t.Errorf("the debrief does not say the silence as %q", wantSilence)
			}
			// The first screen already says it, among the replies, before
			// the reply that came after it.
			among := flat(tr(lang, "debrief.silence_in_replies", sc.WallClock(silence.From, lang), hoursMinutes(lang, silence.To-silence.From)))
			if at := strings.Index(first, among); at < 0 || !strings.Contains(first[at:], flat(reply)[:40]) {
				t.Errorf("the debrief's first screen does not show the silence before the reply: want %q", among)
			}
			// The ending and what it cost, or that it cost nothing (which
			// ending a reply reaches is the story's to decide).
			e, _ := sc.Ending(rep.Ending)
			cost := tr(lang, "debrief.ending_cost", e.Title, tr(lang, "ending."+rep.EndingKind), signed(ending.Points), tr(lang, "score."+ending.Dimension))
			if ending.Points == 0 {
				cost = tr(lang, "debrief.ending_even", e.Title, tr(lang, "ending."+rep.EndingKind), e.Outcome)
			}
			if !strings.Contains(read, flat(cost)) {
				t.Errorf("the debrief does not say the ending and its cost as %q", cost)
			}
			c, ok := rep.Comparison()
			if !ok || c.Recorded != 6100 {
				t.Fatalf("HEMA's story compares with %d (ok %v), want the boycott's 6,100", c.Recorded, ok)
			}
			for _, n := range []int{c.Recorded, c.Round} {
				if !strings.Contains(read, i18n.Number(n, lang)) {
					t.Errorf("the comparison does not show %s", i18n.Number(n, lang))
				}
			}
			answered := p.sess.Replies()[0].Decision
			var model string
			for _, l := range rep.Lessons {
				if l.Decision == answered {
					model = l.Model
				}
			}
			yours := flat(tr(lang, "debrief.lesson.yours") + " " + reply)
			at := strings.Index(read, yours)
			if model == "" || at < 0 {
				t.Fatalf("the lesson at %q does not show the trainee's reply (model %q)", answered, model)
			}
			if m := flat(tr(lang, "debrief.lesson.model") + " " + model); !strings.Contains(read[at:], m) {
				t.Errorf("no model reply beside the trainee's at %q: want %q", answered, m)
			}
			// The silence stands out in red where it is told.
			rg := db.regions(d.App)
			d.Do(func(a *App) { db.scroll = max(0, db.silenceAt-40) })
			img := mustScreen(t, d.Step(Frame{}, 0))
			y := rg.right.Min.Y + db.silenceAt - db.scroll
			if band := image.Rect(rg.right.Min.X, y, rg.right.Max.X, y+60); count(img, band, ui.ColBad) < 150 {
				t.Errorf("the silence is not drawn in red (%d red pixels)", count(img, band, ui.ColBad))
			}
			d.Tick(Key(ebiten.KeyEscape), 0)
		})
	}
}
