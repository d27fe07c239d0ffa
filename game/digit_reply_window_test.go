package game

import (
	"image"
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
)

// typeKeys types text one key a frame, as a trainee at a keyboard does (a
// Space comes with its key, which the panel also reads).
func typeKeys(d *Driver, text string) {
	for _, r := range text {
		f := Typed(string(r))
		if r == ' ' {
			f.Keys = []ebiten.Key{ebiten.KeySpace}
		}
		d.Tick(f, 0)
	}
}

// A reply that begins with a number, typed at a fresh decision, is
// published whole. The number picked its written choice and was cut from
// the reply: "2 words and no context, Bram :) …" went out as "words and no
// context, Bram :) …", with the picked choice scrolled out of view
// (playtest 24, P24-9). The number alone still picks its choice.
func TestWindowAReplyThatBeginsWithANumberKeepsIt(t *testing.T) {
	d := window(t)
	p := fromTitleToRound(t, d, "Cijfer Vooraan")
	untilDecision(t, d, p)
	if p.decision == nil || !p.decision.AllowFreeText || len(p.decision.Choices) < 2 {
		t.Skip("the first decision has no written choices beside a reply field")
	}
	typeKeys(d, "2")
	if p.selected != 1 || p.reply.Text() != "" {
		t.Fatalf("after 2: choice %d picked, the field %q; want choice 2 picked, the field empty", p.selected+1, p.reply.Text())
	}
	const reply = "2 dagen wachten is te lang, Dorien. Ik bel je vandaag nog. ^Lotte"
	typeKeys(d, reply[1:])
	if got := p.reply.Text(); got != reply {
		t.Fatalf("the field holds %q, want %q", got, reply)
	}
	if p.selected >= 0 || !p.focus.Is("reply") {
		t.Fatalf("choice %d still picked, the focus on %q: the 2 was the reply's first word", p.selected+1, p.focus.ID)
	}
	d.Tick(Key(ebiten.KeyEnter), 0)
	if rs := p.sess.Replies(); len(rs) != 1 || rs[0].Text != reply || rs[0].Choice != 0 {
		t.Fatalf("Enter published %+v, want the typed reply %q", rs, reply)
	}
	leaveRoundByEsc(t, d)
}

// With a written choice picked by a click, a reply typed that begins with
// a number goes whole into the field and the pick goes (P24-9: "2 pizza's
// voor Kevin" picked choice 2 and left " pizza's voor Kevin"). A number
// erased with Backspace takes its pick with it.
func TestWindowANumberTypedOnAPickedChoiceBeginsTheReply(t *testing.T) {
	d := window(t)
	p := fromTitleToRound(t, d, "Cijfer Na Klik")
	untilDecision(t, d, p)
	if p.decision == nil || !p.decision.AllowFreeText || len(p.decision.Choices) < 2 {
		t.Skip("the first decision has no written choices beside a reply field")
	}
	first := widgetRect(t, p.widgets, "choice-0")
	d.Tick(Frame{Clicks: []image.Point{first.Min.Add(image.Pt(40, 10))}}, 0)
	if p.selected != 0 {
		t.Fatalf("a click on choice 1 picked %d", p.selected+1)
	}
	typeKeys(d, "2")
	d.Tick(Key(ebiten.KeyBackspace), 0)
	if p.selected >= 0 || p.reply.Text() != "" {
		t.Fatalf("2 and Backspace left choice %d picked and %q in the field, want neither", p.selected+1, p.reply.Text())
	}
	const reply = "2 pizza's voor Kevin, komen eraan!"
	typeKeys(d, reply)
	if got := p.reply.Text(); got != reply || p.selected >= 0 {
		t.Fatalf("the field holds %q with choice %d picked, want %q and no pick", got, p.selected+1, reply)
	}
	if rs := p.sess.Replies(); len(rs) != 0 {
		t.Fatalf("typing published %+v", rs)
	}
	if strings.TrimSpace(p.replyErr) != "" {
		t.Fatalf("the field says %q", p.replyErr)
	}
	leaveRoundByEsc(t, d)
}
