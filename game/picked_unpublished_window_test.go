package game

import (
	"image"
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/webcaresim/webcaresim/game/session"
)

// A written choice picked with a click and then left for a reply of one's
// own stayed framed, "Picked: reply 2, not published yet" with its publish
// button, while the trainee typed (scrolled out of sight above the field),
// and after the reply went out the new panel drew it once more: two answers
// looked chosen at once, and the one that looked chosen was not the one
// published. Writing in the reply field takes the pick back, whether the
// first letter moved the focus there or the field had it.
func TestWindowWritingYourOwnReplyTakesBackThePickedChoice(t *testing.T) {
	for _, viaField := range []bool{false, true} {
		d := window(t)
		readText(t)
		p := fromTitleToRound(t, d, "Eigen Eva")
		untilDecision(t, d, p)
		if p.decision == nil || !p.decision.AllowFreeText || len(p.decision.Choices) < 2 {
			t.Skip("the first decision has no written choices beside a reply field")
		}
		r := widgetRect(t, p.widgets, "choice-1")
		d.Tick(Frame{Clicks: []image.Point{r.Min.Add(image.Pt(40, 10))}}, 0)
		if p.selected != 1 {
			t.Fatalf("a click on choice 2 picked %d", p.selected+1)
		}
		if viaField {
			field := widgetRect(t, p.widgets, "reply")
			d.Tick(Frame{Clicks: []image.Point{field.Min.Add(image.Pt(20, 10))}}, 0)
			if p.selected != 1 || !p.focus.Is("reply") {
				t.Fatalf("a click in the reply field left choice %d picked and the focus on %q; want the pick kept, the focus in the field", p.selected+1, p.focus.ID)
			}
		}
		const own = "Dorien, sorry, ik bel je vandaag nog. ^Lotte"
		typeKeys(d, own)
		picked := flat(d.App.t("play.choice.picked", 2))
		if p.selected >= 0 || strings.Contains(shownText(), picked) {
			t.Fatalf("(focus in the field first: %v) typing a reply of one's own left choice %d picked (%q on screen: %v)", viaField, p.selected+1, picked, strings.Contains(shownText(), picked))
		}
		d.Tick(Key(ebiten.KeyEnter), 0)
		if rs := p.sess.Replies(); len(rs) != 1 || rs[0].Text != own || rs[0].Choice != 0 {
			t.Fatalf("Enter published %+v, want the typed reply", rs)
		}
		leaveRoundByEsc(t, d)
	}
}

// A choice picked and not published when the decision moves on (silence
// took over: the clock ran past the question's deadline) went out of the
// panel without a word, and the next question ("Three quarters of an hour
// without a reply") read as if the picked reply had been lost. The panel
// says the pick was never published.
func TestWindowAPickLeftUnpublishedIsSaidNotPublishedWhenTheDecisionMovesOn(t *testing.T) {
	d := window(t)
	readText(t)
	p := fromTitleToRound(t, d, "Keuze Kim")
	untilDecision(t, d, p)
	first := p.decision
	if first == nil || len(first.Choices) < 2 || first.Timeout <= 0 {
		t.Skip("the first decision has no two written choices or no deadline")
	}
	r := widgetRect(t, p.widgets, "choice-1")
	d.Tick(Frame{Clicks: []image.Point{r.Min.Add(image.Pt(40, 10))}}, 0)
	for i := 0; i < 4000 && p.sess.Decision() == first; i++ {
		d.Tick(Frame{}, session.MaxStep)
	}
	if p.sess.Decision() == first {
		t.Fatal("the decision never moved on")
	}
	d.Tick(Frame{}, 0)
	if len(p.sess.Replies()) != 0 {
		t.Fatalf("published %+v without a press", p.sess.Replies())
	}
	if p.selected >= 0 {
		t.Fatalf("choice %d is still picked at the next question", p.selected+1)
	}
	said := flat(d.App.t("play.choice.never_published", 2))
	if !strings.Contains(shownText(), said) {
		t.Fatalf("the panel does not say the pick was not published (%q); it shows: %s", said, shownText())
	}
}
