package game

import (
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/webcaresim/webcaresim/game/progress"
	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/game/ui"
	"github.com/webcaresim/webcaresim/scenarios"
)

// startAt starts a round of scenario id in lang and mode, straight on the
// play screen, and runs its clock to the first decision.
func startAt(t *testing.T, d *Driver, id, lang string, mode session.Mode, player string) *playScene {
	t.Helper()
	d.Do(func(a *App) {
		a.lang, a.player, a.mode = lang, player, mode
		a.startRound(a.findScenario(id))
	})
	p, ok := d.App.scene.(*playScene)
	if !ok {
		t.Fatalf("screen %q, want play", d.App.Screen())
	}
	untilDecision(t, d, p)
	if p.sess.Decision() == nil {
		t.Fatalf("%s: no decision opened", id)
	}
	return p
}

// slaWords is the part of the SLA badge that does not change with the
// clock ("SLA since").
func slaWords(lang string) string {
	label := tr(lang, "play.sla", "00:00", 0, 0)
	return label[:strings.Index(label, "00:00")]
}

// Relaxed play has no clock to race, so the top bar shows no SLA badge;
// the same decision in practice mode shows it.
func TestWindowRelaxedPlayShowsNoSLA(t *testing.T) {
	d := window(t)
	readText(t)
	for _, lang := range []string{"nl", "en"} {
		for _, mode := range []session.Mode{session.Practice, session.Relaxed} {
			p := startAt(t, d, "hema-insuline", lang, mode, "Rustig Ruben")
			d.Tick(Frame{}, 0)
			shows := strings.Contains(shownText(), flat(slaWords(lang)))
			if want := mode != session.Relaxed; shows != want {
				t.Errorf("%s, %s: SLA badge shown %v, want %v (%q)", lang, mode, shows, want, shownText()[:min(200, len(shownText()))])
			}
			if _, ok := p.sess.SLA(); ok != (mode != session.Relaxed) {
				t.Errorf("%s, %s: the session has an SLA: %v", lang, mode, ok)
			}
			leaveRoundByEsc(t, d)
		}
	}
}

// A reply of the channel's whole limit (280 characters on X) shows whole
// in the reply box at 1280x800: every line drawn uncut, nothing scrolled
// away, together the reply itself. Three rows showed only part of it.
func TestWindowA280CharacterReplyShowsWhole(t *testing.T) {
	d := window(t)
	readText(t)
	p := startAt(t, d, "sanoma-juf", "nl", session.Practice, "Heel Lang")
	if d.App.w != 1280 || d.App.h != 800 {
		t.Fatalf("the window is %dx%d, want 1280x800", d.App.w, d.App.h)
	}
	limit := scenarios.ChannelLimit(p.sc.Channel)
	if limit != 280 {
		t.Fatalf("Sanoma's channel allows %d characters, want X's 280", limit)
	}
	reply := strings.Repeat("Dorien, sorry dat we je bericht verkeerd lazen: je had al gebeld en gemaild. Ik bel je vandaag nog. ", 3)
	reply = strings.TrimSpace(reply[:limit-len(" ^Lotte")]) + " ^Lotte"
	reply += strings.Repeat("!", limit-scenarios.ReplyLength(p.sc.Channel, reply))
	if n := scenarios.ReplyLength(p.sc.Channel, reply); n != limit {
		t.Fatalf("the reply counts %d, want %d", n, limit)
	}
	d.Do(func(a *App) { p.focus.ID = "reply" })
	d.Tick(Typed(reply), 0)
	d.Tick(Frame{}, 0)
	box := widgetRect(t, p.widgets, "reply")
	var drawn []string
	for _, l := range ui.DrawnText() {
		if !l.Rect.Overlaps(box) {
			continue
		}
		if !l.Whole || !l.Rect.In(box) {
			t.Errorf("the line %q is cut (at %v in the box %v)", l.Text, l.Rect, box)
		}
		drawn = append(drawn, l.Text)
	}
	if got := flat(strings.Join(drawn, " ")); got != flat(reply) {
		t.Errorf("the reply box shows\n%q\nwant the whole reply\n%q", got, flat(reply))
	}
	view := p.panelRect
	if p.panelMore {
		view.Max.Y -= p.moreBand(d.App)
	}
	if !box.In(view) {
		t.Errorf("the reply box %v is not whole in the panel's view %v", box, view)
	}
	leaveRoundByEsc(t, d)
}

// After a finished attempt the picker's card shows the trainee's best mark,
// with a decimal comma in Dutch.
func TestWindowPickerCardShowsTheBestMark(t *testing.T) {
	d := window(t)
	readText(t)
	const player = "Beste Bram"
	p := fromTitleToRound(t, d, player)
	finishAndDebrief(t, d, p)
	as := attemptsOf(t, testStore, player)
	if len(as) != 1 || as[0].Status != progress.Finished {
		t.Fatalf("attempts %+v, want one finished", as)
	}
	grade := as[0].Report.Grade
	for _, lang := range []string{"nl", "en"} {
		d.Do(func(a *App) {
			a.lang, a.player = lang, player
			a.setScene(newPicker(a))
		})
		d.Tick(Frame{}, 0)
		pk := d.App.scene.(*pickerScene)
		card := widgetRect(t, pk.widgets, "card-sanoma-juf")
		mark := tr(lang, "picker.best", strings.ReplaceAll(grade, ".", map[string]string{"nl": ",", "en": "."}[lang]))
		found := false
		for _, l := range ui.DrawnText() {
			if l.Text == mark && l.Rect.In(card) {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: the Sanoma card at %v does not show %q", lang, card, mark)
		}
	}
	d.Tick(Key(ebiten.KeyEscape), 0)
}

// The briefing says who the trainee is (brand and handle, channel, tone of
// voice), shows the customer's post whole and lists the actions the case
// offers, in both languages.
func TestWindowBriefingShowsBrandChannelTonePostAndActions(t *testing.T) {
	d := window(t)
	readText(t)
	for _, lang := range []string{"nl", "en"} {
		var sc *scenarios.Scenario
		d.Do(func(a *App) {
			a.lang, a.mode = lang, session.Practice
			sc = a.findScenario("hema-insuline")
			a.setScene(newBriefing(sc))
		})
		d.Tick(Frame{}, 0)
		if d.App.Screen() != ScreenBriefing {
			t.Fatalf("screen %q, want the briefing", d.App.Screen())
		}
		read := shownText()
		post, ok := sc.OpeningPost()
		if !ok {
			t.Fatal("HEMA has no opening post")
		}
		want := []string{sc.Brand.Name, "@" + sc.Brand.Handle, tr(lang, "channel."+sc.Channel), flat(sc.Brand.Tone), flat(post.Text)}
		kinds := actionsOf(sc)
		if len(kinds) < 2 || sc.Brand.Tone == "" {
			t.Fatalf("HEMA offers %v and tone %q: the test needs both", kinds, sc.Brand.Tone)
		}
		for _, k := range kinds {
			want = append(want, tr(lang, "action."+k))
		}
		for _, w := range want {
			if !strings.Contains(read, w) {
				t.Errorf("%s: the briefing does not show %q", lang, w)
			}
		}
		d.Tick(Key(ebiten.KeyEscape), 0)
	}
}

// The post that opened the case stays pinned at the top of the feed while
// the round goes on: at HEMA's later decisions, with the feed full of newer
// posts, its first line is still drawn under the "pinned" label, and the
// posts under it are drawn whole or not at all.
func TestWindowTheOpeningPostStaysPinned(t *testing.T) {
	d := window(t)
	readText(t)
	p := startAt(t, d, "hema-insuline", "en", session.Practice, "Vast Pinned")
	post, _ := p.sc.OpeningPost()
	decisions := 1
	for decisions < 3 && p.sess.Ending() == nil {
		first := p.sess.Decision()
		d.Do(func(a *App) {
			for i := 0; p.sess.Decision() == first && p.sess.Ending() == nil && i < 1000; i++ {
				p.sess.AdvanceTo(p.sess.NextStop())
			}
		})
		untilDecision(t, d, p)
		decisions++
	}
	d.Tick(Frame{}, 0)
	feed := p.regions(d.App).feed
	if n := len(p.sess.Feed()); n < 20 {
		t.Fatalf("only %d posts in the feed: the test needs one that no longer fits", n)
	}
	label := -1
	pinned := false
	for _, l := range ui.DrawnText() {
		if !l.Rect.In(feed) {
			continue
		}
		if l.Text == tr("en", "play.pinned") {
			label = l.Rect.Max.Y
		}
		first := flat(l.Text)
		if !l.Whole && !strings.Contains(flat(post.Text), first) {
			// The oldest post in view was drawn cut at the column's top,
			// a sliver of letters under the pinned post.
			t.Errorf("a post's line %q is cut at %v", l.Text, l.Rect)
		}
		if label >= 0 && len(first) > 20 && strings.HasPrefix(flat(post.Text), first) && l.Rect.Min.Y < feed.Min.Y+feed.Dy()/2 {
			pinned = true
		}
	}
	if label < 0 || !pinned {
		t.Errorf("at decision %d the opening post is not pinned at the top of the feed (label at %d)", decisions, label)
	}
	// The posts begin right under the pinned post: no empty band there.
	first := feed.Max.Y
	for _, l := range ui.DrawnText() {
		if l.Rect.In(feed) && l.Rect.Min.Y >= p.feedTop {
			first = min(first, l.Rect.Min.Y)
		}
	}
	if gap := first - p.feedTop; gap > d.App.px(40) {
		t.Errorf("an empty band of %d px under the pinned post before the first post's text", gap)
	}
	// Scrolled back as far as it goes, the oldest posts fill the column
	// from the top: further back they floated over an empty column, and
	// past the last the feed was blank under the pinned post (playtest 13,
	// P13-10).
	for range 60 {
		d.Tick(Key(ebiten.KeyPageUp), 0)
	}
	d.Tick(Frame{}, 0)
	lowest := p.feedTop
	for _, l := range ui.DrawnText() {
		if l.Rect.In(feed) && l.Rect.Min.Y >= p.feedTop && l.Rect.Max.Y < feed.Max.Y-d.App.px(40) {
			lowest = max(lowest, l.Rect.Max.Y)
		}
	}
	if p.feedBack == 0 || lowest-p.feedTop < (feed.Max.Y-p.feedTop)/2 {
		t.Errorf("scrolled back %d posts, the feed's text ends %d px under the pinned post in a column of %d",
			p.feedBack, lowest-p.feedTop, feed.Max.Y-p.feedTop)
	}
	leaveRoundByEsc(t, d)
}
