package game

import "github.com/webcaresim/webcaresim/game/session"

// warming plays the real reply's 100 worlds of the case into the core's
// cache while the round is on (session.WarmHistorical), so that the
// debrief after it plays only the trainee's worlds: on a loaded two-core
// laptop the debrief's figures came seconds late (playtest 13, P13-5). A
// round lasts minutes and the real reply's worlds cost well under a
// second of one core, so they are ready long before the debrief; a second
// round of the same case finds them cached at once.
type warming struct {
	stop chan struct{} // closed when the round is left
	done chan struct{} // closed when the warming has returned
}

// startWarming starts playing the historical worlds of s's case, with the
// options the debrief will replay the round with.
func startWarming(s *session.Session) *warming {
	if !backgroundWarming {
		return nil
	}
	w := &warming{stop: make(chan struct{}), done: make(chan struct{})}
	sc, opts := s.Scenario(), s.Options()
	go func() {
		defer close(w.done)
		// A world that cannot be played fails again when the debrief
		// plays it, and the debrief says so; here it only stops.
		_ = session.WarmHistorical(sc, worldsShown, opts, w.stop)
	}()
	return w
}

// end stops the warming when the round is left: worlds not yet played are
// played by the debrief, if one opens.
func (w *warming) end() {
	if w == nil {
		return
	}
	select {
	case <-w.stop:
	default:
		close(w.stop)
	}
}
