package session

import (
	"math"
	"time"
)

// The round's pace in real time. Every face (the window, the browser player)
// runs the clock through Run, so a scenario minute lasts as long everywhere.
// The deadline the trainee sees is the real one: the decision's SLA, or the
// moment silence takes over when that comes first (SLA.Minutes); the speed
// score counts against the SLA itself (SLA.Score), which is never shorter.

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
	// StormSpeed is the time-lapse's speed while a storm is in view
	// (StormInView): a scenario day in a real minute, so the meter's hour,
	// the window its heat counts, passes in two and a half real seconds,
	// time to see the meter move and read a post or two of the feed. At
	// LapseSpeed the hour passed in 1.3 s, and the storm HEMA's defensive
	// reply sets off under the fitted crowd, at the storm mark for about
	// two scenario hours, was over in 2.4–3 real seconds. At this pace
	// StormWatch shows two and a half hours of a storm, and of a longer
	// one the first two and a half.
	StormSpeed = 24.0
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
	// Minutes is the deadline the trainee races and the badge shows: the
	// decision's SLA, or the minutes until silence takes over the decision
	// when that comes first. A badge that read "59 / 120 min" a minute
	// before silence closed a 60-minute decision let a trainee who trusted
	// it lose the round (playtest P29-1).
	Minutes float64
	// Score is the decision's SLA as the speed score counts it (its own,
	// else the scenario's): Minutes or more.
	Score float64
}

// Late reports whether the deadline the badge shows has passed.
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
	sla = SLA{Start: s.opensAt, Waited: s.now - s.opensAt, Minutes: s.slaMinutes(), Score: s.slaMinutes()}
	if dl := s.closesAt(); dl > 0 {
		sla.Minutes = math.Min(sla.Minutes, dl-s.opensAt)
	}
	return sla, sla.Minutes > 0
}

// SilenceWarning says, once half the deadline the badge shows has passed,
// in how many minutes silence takes over the open decision (as SilenceIn);
// late reports that the SLA the badge showed has passed. ok is false when
// no warning is due: no decision open, no timeout, relaxed mode, or less
// than half the deadline gone. Since the badge's deadline is never later
// than the silence, every silence is warned of at least half its time
// ahead; the warning followed the SLA alone and never came before a
// decision that closed at 60 minutes of a 120-minute SLA (playtest P29-1).
func (s *Session) SilenceWarning() (minutes int, late, ok bool) {
	left, running := s.SilenceIn()
	sla, has := s.SLA()
	if !running || !has || sla.Waited < sla.Minutes*0.5 {
		return 0, false, false
	}
	return left, sla.Late(), true
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
	case !ok || sla.Waited >= sla.Score:
		return NormalSpeed
	case sla.Waited < sla.Score/4:
		return math.Min(DecisionSpeed, sla.Score/4/ReadWindow.Seconds())
	}
	return DecisionSpeed
}

// Lapsing reports whether the clock time-lapses now: after the ending, or
// while no decision is open and nothing scripted is near.
func (s *Session) Lapsing() bool {
	return s.ending != nil || (s.Decision() == nil && !s.holding() && s.NextStop()-s.now > quietMinutes)
}

// StormWatch bounds in real time how long the time-lapse of one wait for a
// decision runs slowed for a storm (see StormInView). A storm is the
// consequence a trainee must see of what they wrote: at the quiet
// stretch's pace the storm a defensive reply set off in HEMA's case (heat
// over 100, thousands of reactions) passed in half a real second overnight,
// and the trainee next saw "heat now 0.5". Six seconds at StormSpeed is
// two and a half scenario hours of the storm, time to watch the meter climb and read
// a few of the posts in the feed, and it keeps the wait a short one: it
// adds at most these seconds to it.
const StormWatch = 6 * time.Second

// StormInView reports whether the time-lapse runs slowed now so the trainee
// can watch a storm: the clock time-lapses before the ending, the crowd's
// heat is at the meter's storm mark (StormHeat) or over, and this wait has
// not yet spent StormWatch slowed. The faces say so beside the clock.
func (s *Session) StormInView() bool {
	return s.ending == nil && s.stormWatched < StormWatch && s.Lapsing() && s.crowd.Heat() >= StormHeat
}

// Run runs the round's clock for dt of real time (at most MaxStep): at the
// clock's speed while something can happen, time-lapsed through quiet
// stretches and after the ending, slowing down just before the next
// scripted event so it arrives at a speed the trainee can follow, and for a
// while when a storm rises (StormInView). It reports whether it
// time-lapsed.
func (s *Session) Run(dt time.Duration) (lapse bool) {
	dt = min(dt, MaxStep)
	if dt <= 0 || s.Done() {
		return false
	}
	if s.Decision() != nil {
		s.stormWatched = 0 // the next wait may show its own storm
	}
	if !s.Lapsing() {
		s.Advance(dt.Seconds() * s.ClockSpeed())
		return false
	}
	s.lapse(dt)
	return true
}

// lapse time-lapses the clock for dt of real time. One step can cover
// hours of a quiet stretch, so while a storm could still be shown it runs
// in pieces of SampleEvery scenario minutes (a point of the round's curve)
// and looks at the heat after each: the slow-down then starts within one
// point of the chart of where the heat reached the storm mark, and the rest
// of the step runs at the storm's pace.
func (s *Session) lapse(dt time.Duration) {
	for dt > 0 && s.Lapsing() && !s.Paused() {
		from, rate, step := s.now, s.LapseRate(), dt
		storm := s.StormInView()
		if storm {
			step = min(step, StormWatch-s.stormWatched)
		}
		full := from + step.Seconds()*rate
		target := full
		if s.ending == nil {
			target = math.Min(target, s.NextStop()-quietMinutes/2)
		}
		if storm || s.ending != nil || s.stormWatched >= StormWatch {
			s.AdvanceTo(target)
		} else {
			s.advanceUntilStorm(target)
		}
		if s.now <= from {
			return // the clock was stopped (a trainer's post it waits for)
		}
		used := step
		if s.now < full {
			used = time.Duration((s.now - from) / rate * float64(time.Second))
		}
		if storm {
			s.stormWatched += used
		}
		dt -= used
	}
}

// advanceUntilStorm runs the clock towards minute t in pieces of
// SampleEvery minutes and stops early once the heat reaches StormHeat.
func (s *Session) advanceUntilStorm(t float64) {
	for s.now < t {
		from := s.now
		s.AdvanceTo(math.Min(t, s.now+SampleEvery))
		if s.now <= from || s.StormInView() {
			return
		}
	}
}

// LapseRate is the time-lapse's speed now, in scenario minutes per real
// second: LapseSpeed, or faster while the next scripted event (or the
// round's end) is far away, so that a stretch of any length passes in a
// few real seconds. While a storm is in view it is StormSpeed.
func (s *Session) LapseRate() float64 {
	if s.StormInView() {
		return StormSpeed
	}
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
