package game

import (
	"math"
	"testing"
)

// A trainee who sits and reads at a decision gets the same clock as one
// who moves the mouse: the window's frames come when it asked for them,
// and each step of the round's clock takes at most session.MaxStep of real
// time. Frames asked for a minute ahead (four to twelve real seconds at a
// decision) ran the clock two to five times slower while nobody touched
// anything (playtest 20, P20-19).
func TestWindowClockKeepsPaceWhileIdle(t *testing.T) {
	d := window(t)
	p := fromTitleToRound(t, d, "Sanne de Vries")
	untilDecision(t, d, p)
	start, speed := p.sess.Now(), p.sess.ClockSpeed()
	real := 0.0
	for real < 60 && p.sess.Decision() != nil && p.sess.ClockSpeed() == speed {
		wait := p.wake(d.App)
		if wait <= 0 {
			t.Fatal("the window asks for no frame while the round's clock runs at a decision")
		}
		d.Tick(Frame{}, wait) // no input: the frame the window itself asked for
		real += wait.Seconds()
	}
	want := real * speed
	if got := p.sess.Now() - start; math.Abs(got-want) > 0.1*want {
		t.Errorf("%.0f real seconds of waiting at a decision ran the clock %.2f minutes, want %.2f (%.3f minutes a second)", real, got, want, speed)
	}
}
