package game

import (
	"errors"
	"fmt"
	"image"
	"math"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/scenarios"
)

// Speeds of the round's clock in scenario minutes per real second.
const (
	normalSpeed = 1.0 // while posts arrive and nothing waits for the trainee
	// decisionSpeed runs while a decision is open and its SLA has not
	// passed: four real seconds to a scenario minute. Reading the posts in
	// view, the prompt and four choices takes a trainee about a minute
	// (230 words a minute, see roundlength_test.go), typing a reply one
	// more; at one minute a second a 40-minute timeout would fall before a
	// normal reader could answer, and a 30-minute SLA would be lost while
	// reading. At this speed an answer within two real minutes is within a
	// 30-minute SLA, and a quick one (half a minute) earns full speed
	// points. Once the SLA has passed the clock runs at normal speed again:
	// the trainee is late, and a silence they chose does not drag on.
	decisionSpeed = 0.25
	lapseSpeed    = 45.0 // through quiet stretches and after the ending
	// quietMinutes is how far away the next scripted event must be for a
	// stretch to count as quiet.
	quietMinutes = 3.0
	// maxStep bounds the real time one frame can add, so a stalled window
	// (dragged, suspended) does not jump the round forward. It is above the
	// second a waiting round may leave between frames (see wake).
	maxStep = 1500 * time.Millisecond
)

// playScene is the round: the feed, the clock, the meter and the decision.
type playScene struct {
	sess  *session.Session
	sc    *scenarios.Scenario
	last  time.Time
	lapse bool

	focus    focus
	widgets  []*widget
	reply    textField
	decision *scenarios.Decision // the decision the panel was built for

	note      string // what the last action did, or why publishing failed
	noteBad   bool
	leaving   bool // Esc pressed once: a second Esc leaves the round
	feedBack  int  // posts scrolled back from the newest
	panelOff  int  // pixels the decision panel is scrolled
	panelRect image.Rectangle
	panelMore bool // the panel's content runs on below its bottom
	panelLen  int  // the height of the panel's content
	meterHelp bool // the meter's explanation shows: pointer on the meter, or F1
	helpKey   bool // F1 turned the meter's explanation on
}

func newPlay(a *App, s *session.Session) *playScene {
	p := &playScene{sess: s, sc: s.Scenario(), last: a.clock.Now()}
	p.reply.ed.multiline = true
	return p
}

func (p *playScene) name() string { return "play" }

// Session is the round being played (tests read the model beside the screen).
func (p *playScene) Session() *session.Session { return p.sess }

// tick runs the round's clock for the real time since the last frame.
func (p *playScene) tick(a *App) {
	now := a.clock.Now()
	dt := min(now.Sub(p.last), maxStep)
	p.last = now
	if p.sess.Done() {
		p.lapse = false
		return
	}
	if dt <= 0 {
		// No time passed (a frame for input, or a second frame in the
		// same instant): the clock's speed stays what it was, so the
		// time-lapse mark does not blink off between frames.
		return
	}
	p.lapse = advanceRound(p.sess, dt)
}

// advanceRound runs a round's clock for dt of real time: at normal speed
// while something can happen, time-lapsed through quiet stretches and after
// the ending. It reports whether it time-lapsed. It knows no window, so the
// length of a round in real minutes can be measured without one.
func advanceRound(s *session.Session, dt time.Duration) (lapse bool) {
	lapse = s.Ending() != nil || (s.Decision() == nil && s.NextStop()-s.Now() > quietMinutes)
	if lapse {
		target := s.Now() + dt.Seconds()*lapseSpeed
		if s.Ending() == nil {
			// Slow down again just before the next event so it arrives
			// at the speed the player can follow.
			target = math.Min(target, math.Max(s.Now(), s.NextStop()-quietMinutes/2))
			if target <= s.Now() {
				target = s.Now() + dt.Seconds()*clockSpeed(s)
			}
		}
		s.AdvanceTo(target)
		return true
	}
	s.Advance(dt.Seconds() * clockSpeed(s))
	return false
}

// clockSpeed is the round's speed when it is not time-lapsed.
func clockSpeed(s *session.Session) float64 {
	if waited, sla, ok := slaOf(s); ok && waited < sla {
		return decisionSpeed
	}
	return normalSpeed
}

// slaOf is how long the post the open decision answers has waited, against
// the decision's SLA; ok is false when no decision is open.
func slaOf(s *session.Session) (waited, sla float64, ok bool) {
	d := s.Decision()
	if d == nil {
		return 0, 0, false
	}
	from := s.OpenedAt()
	if post := s.Answering(); post != nil && post.Minute < from {
		from = post.Minute
	}
	sla = float64(s.Scenario().SLAMinutes)
	if d.SLA > 0 {
		sla = float64(d.SLA)
	}
	return s.Now() - from, sla, sla > 0
}

func (p *playScene) update(a *App, f Frame) {
	if f.Has(ebiten.KeyF1) {
		p.helpKey = !p.helpKey
	}
	p.meterHelp = p.helpKey || f.Cursor.In(p.regions(a).meter)
	if a.reportTick() {
		// The trainer paused the room: the clock stands still and only
		// leaving the round is possible (drawOverlays shows the banner).
		p.last = a.clock.Now()
		if f.Has(ebiten.KeyEscape) {
			if p.leaving {
				a.leaveRound()
				a.setScene(newPicker(a))
				return
			}
			p.leaving = true
		}
		return
	}
	p.tick(a)
	if d := p.sess.Decision(); d != p.decision {
		p.decisionChanged(d)
	}
	if f.Has(ebiten.KeyEscape) {
		if p.leaving {
			a.leaveRound()
			a.setScene(newPicker(a))
			return
		}
		p.leaving = true
	} else if len(f.Keys) > 0 || len(f.Clicks) > 0 {
		p.leaving = false
	}
	if f.Has(ebiten.KeyPageUp) {
		p.feedBack += 3
	}
	if f.Has(ebiten.KeyPageDown) {
		p.feedBack = max(0, p.feedBack-3)
	}
	if f.Wheel != 0 && f.Cursor.X < a.w*50/100 {
		p.feedBack = max(0, p.feedBack+int(math.Round(f.Wheel)))
	} else if f.Wheel != 0 {
		p.panelOff = max(0, p.panelOff-int(f.Wheel*float64(a.px(40))))
	}
	p.layout(a)
	before := p.focus.id
	field := p.focus.handle(a, p.widgets, f)
	if field != nil && field.handle(f, a.clip) {
		p.publish(a)
	}
	p.layout(a)
	// Follow the focus when it moves (or the player types), but leave the
	// panel where the wheel put it otherwise.
	if p.focus.id != before || (field != nil && !f.empty()) {
		p.keepFocusVisible(a)
	}
	// Never scroll past the end of the panel's content.
	if most := max(0, p.panelLen-p.panelRect.Dy()); p.panelOff > most {
		p.panelOff = most
		p.layout(a)
	}
}

// decisionChanged resets the panel for a newly opened decision (or none).
func (p *playScene) decisionChanged(d *scenarios.Decision) {
	p.decision = d
	p.panelOff = 0
	p.focus.id = ""
	p.note = ""
	if d == nil && p.sess.Ending() != nil {
		p.focus.id = "debrief"
	}
	if d != nil && len(d.Choices) > 0 {
		p.focus.id = "choice-0"
	}
}

func (p *playScene) choose(a *App, i int) {
	if err := p.sess.Choose(i); err != nil {
		p.setNote(err.Error(), true)
		return
	}
	p.note = ""
	p.feedBack = 0
}

func (p *playScene) publish(a *App) {
	err := p.sess.Publish(p.reply.ed.text)
	switch {
	case err == nil:
		p.reply.ed.setText("")
		p.note = ""
		p.feedBack = 0
	case errors.Is(err, session.ErrEmptyReply):
		p.setNote(a.t("play.error.empty"), true)
	case errors.Is(err, session.ErrTooLong):
		p.setNote(a.t("play.error.too_long", scenarios.ChannelLimit(p.sc.Channel)), true)
	default:
		p.setNote(a.t("play.error.other"), true)
	}
}

func (p *playScene) act(a *App, kind string) {
	text, err := p.sess.Act(kind)
	if err != nil {
		p.setNote(a.t("play.error.other"), true)
		return
	}
	if text == "" {
		text = a.t("action." + kind + ".done")
	}
	p.setNote(text, false)
}

func (p *playScene) setNote(s string, bad bool) { p.note, p.noteBad = s, bad }

func (p *playScene) toDebrief(a *App) {
	p.sess.Finish()
	a.endRound(true)
	a.setScene(newDebrief(a, p.sess))
}

func (p *playScene) wake(a *App) time.Duration {
	if p.sess.Done() || p.sess.Paused() {
		return 0
	}
	if p.lapse {
		// Fast enough to watch the crowd move, slow enough to be cheap:
		// every frame redraws the whole screen.
		return time.Second / 15
	}
	// The clock and the SLA show whole minutes and a post's time is a
	// minute, so at normal speed the screen needs a frame when the next
	// minute starts or something scripted happens, not more often.
	s := p.sess
	next := math.Min(math.Floor(s.Now())+1, s.NextStop())
	d := time.Duration((next - s.Now()) / clockSpeed(s) * float64(time.Minute) / 60)
	return max(d, time.Second/30)
}

// slaState is how long the post being answered has waited, against the SLA.
func (p *playScene) slaState() (waited, sla float64, ok bool) {
	d := p.sess.Decision()
	post := p.sess.Answering()
	if d == nil || post == nil {
		return 0, 0, false
	}
	sla = float64(p.sc.SLAMinutes)
	if d.SLA > 0 {
		sla = float64(d.SLA)
	}
	return p.sess.Now() - post.Minute, sla, sla > 0
}

// minutesLabel shows scenario minutes as h:mm.
func minutesLabel(m float64) string {
	t := int(m)
	return fmt.Sprintf("%d:%02d", t/60, t%60)
}
