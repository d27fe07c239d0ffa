package crowd

import "math"

// Pass moves the crowd's clock to minute t with nobody posting. It is for
// the time before a story is public (a newspaper has asked the brand for a
// response in private): there is nothing yet for the public to post about,
// so neither the baseline nor an actor speaks, while the slow variables
// and the day/night rhythm move on as in AdvanceTo.
func (m *Model) Pass(t float64) {
	for m.now < t {
		stop := math.Min(t, m.nextBreak())
		m.decay(stop - m.now)
		m.now = stop
		m.hasCand = false
		if stop == math.Floor(stop) {
			m.onMinute()
		}
		m.act = m.activity(m.now)
	}
}
