package session

import (
	"math"
	"time"
)

// The round's pace in real time. Every face (the window, the browser player)
// runs the clock through Run, so a scenario minute lasts as long everywhere
// and the SLA the trainee sees is the one the speed score uses.

// Speeds of the round's clock in scenario minutes per real second.
const (
	// NormalSpeed runs while posts arrive and nothing waits for the
	// trainee, and again once an open decision's SLA has passed: the
	// trainee is late, and a silence they chose does not drag on.
	NormalSpeed = 1.0
	// DecisionSpeed runs while a decision is open within its SLA: four
	// real seconds to a scenario minute. Reading the posts in view, the
	// prompt and four choices takes a trainee about a minute (230 words a
	// minute, see roundlength_test.go), typing a reply one more; at one
	// minute a second a 40-minute timeout would fall before a normal
	// reader could answer. At this speed an answer within two real minutes
	// is within a 30-minute SLA.
	DecisionSpeed = 0.25
	// LapseSpeed is the least speed of a time-lapse through a quiet
	// stretch and after the ending: a stretch of an hour or two passes at
	// it, so the crowd's evening can be watched.
	LapseSpeed = 45.0
	// LapseSeconds bounds a long quiet stretch in real time: the lapse
	// goes at least fast enough to cover what is left of the stretch in
	// this many seconds, so it slows down only as it nears the next event.
	// At 45 minutes a second alone, a two-day gap (the service police's
	// third question) kept the trainee watching "wait a moment" for over a
	// minute; now any gap ends within about 15 seconds.
	LapseSeconds = 3.0
	// quietMinutes is how far away the next scripted event must be for a
	// stretch to count as quiet.
	quietMinutes = 3.0
	// MaxStep bounds the real time one call of Run can add, so a stalled
	// face (a dragged window, a suspended tab) does not jump the round
	// forward.
	MaxStep = 1500 * time.Millisecond
)

// ReadWindow is the least real time the first quarter of a decision's SLA
// (the part that earns full speed points) lasts. A trainee needs about this
// long to read what is in view, the prompt and the choices and to pick one
// (roundlength_test.go measures every decision of every case against it), so
// a short SLA slows the clock while the trainee reads instead of taking the
// speed points away from anyone who reads before answering.
const ReadWindow = 90 * time.Second

// SLA is the open decision's service level as the trainee sees it.
type SLA struct {
	// Start is the scenario minute the trainee could first act on the
	// decision: when it opened. The speed score counts from here too.
	Start float64
	// Waited is the scenario minutes since Start.
	Waited float64
	// Minutes is the decision's SLA.
	Minutes float64
}

// Late reports whether the SLA has passed.
func (l SLA) Late() bool { return l.Waited >= l.Minutes }

// WaitedOnClock is the minutes waited as the scenario clock shows them:
// the badge says "since 20:29" beside a clock at 20:30, so it counts 1,
// not the 0 of the half minute that has passed.
func (l SLA) WaitedOnClock() int { return ClockMinutes(l.Start, l.Start+l.Waited) }

// ClockMinutes is the whole minutes from scenario minute from to to as the
// scenario clock shows them (it shows whole minutes, rounded down): the
// difference of the two times a trainee reads, so a badge or a debrief
// line that names the times and the minutes between them agree.
func ClockMinutes(from, to float64) int {
	return int(math.Floor(to) - math.Floor(from))
}

// SLA is the open decision's service level. ok is false when no decision is
// open, the scenario sets no SLA, or the mode stops the clock (relaxed: no
// SLA and no speed score).
func (s *Session) SLA() (sla SLA, ok bool) {
	d := s.Decision()
	if d == nil || s.opts.Mode == Relaxed {
		return SLA{}, false
	}
	sla = SLA{Start: s.opensAt, Waited: s.now - s.opensAt, Minutes: s.slaMinutes()}
	return sla, sla.Minutes > 0
}

// slaMinutes is the current decision's SLA: its own, else the scenario's.
func (s *Session) slaMinutes() float64 {
	if s.current != nil && s.current.SLA > 0 {
		return float64(s.current.SLA)
	}
	return float64(s.sc.SLAMinutes)
}

// ClockSpeed is the clock's speed now, in scenario minutes per real second,
// when it is not time-lapsed (see Lapsing).
func (s *Session) ClockSpeed() float64 {
	sla, ok := s.SLA()
	switch {
	case !ok || sla.Late():
		return NormalSpeed
	case sla.Waited < sla.Minutes/4:
		return math.Min(DecisionSpeed, sla.Minutes/4/ReadWindow.Seconds())
	}
	return DecisionSpeed
}

// Lapsing reports whether the clock time-lapses now: after the ending, or
// while no decision is open and nothing scripted is near.
func (s *Session) Lapsing() bool {
	return s.ending != nil || (s.Decision() == nil && !s.holding() && s.NextStop()-s.now > quietMinutes)
}

// Run runs the round's clock for dt of real time (at most MaxStep): at the
// clock's speed while something can happen, time-lapsed through quiet
// stretches and after the ending, slowing down just before the next
// scripted event so it arrives at a speed the trainee can follow. It
// reports whether it time-lapsed.
func (s *Session) Run(dt time.Duration) (lapse bool) {
	dt = min(dt, MaxStep)
	if dt <= 0 || s.Done() {
		return false
	}
	if !s.Lapsing() {
		s.Advance(dt.Seconds() * s.ClockSpeed())
		return false
	}
	target := s.now + dt.Seconds()*s.LapseRate()
	if s.ending == nil {
		target = math.Min(target, math.Max(s.now, s.NextStop()-quietMinutes/2))
		if target <= s.now {
			target = s.now + dt.Seconds()*s.ClockSpeed()
		}
	}
	s.AdvanceTo(target)
	return true
}

// LapseRate is the time-lapse's speed now, in scenario minutes per real
// second: LapseSpeed, or faster while the next scripted event (or the
// round's end) is far away, so that a stretch of any length passes in a
// few real seconds.
func (s *Session) LapseRate() float64 {
	rest := s.NextStop() - s.now
	if math.IsInf(rest, 1) || rest <= 0 {
		return LapseSpeed
	}
	return math.Max(LapseSpeed, rest/LapseSeconds)
}

// UntilNextMinute is the real time until the clock shows a new minute or
// something scripted happens, at the current speed: when a face that draws
// only on change needs its next frame.
func (s *Session) UntilNextMinute() time.Duration {
	next := math.Min(math.Floor(s.now)+1, s.NextStop())
	return time.Duration((next - s.now) / s.ClockSpeed() * float64(time.Second))
}
