package crowd

import "math"

// The outrage meter.
//
// x = negative posts in the last 60 scenario minutes per 10,000 people in
// the audience (Params.Audience, counted as at least 10,000: Watching).
//
//	Outrage = 100 · ln(1 + x/1.25) / ln(81), capped at 100
//
//	  0  no negative post in the last hour
//	 13  1 per 10,000 an hour: a few grumbles
//	 50  10 per 10,000 an hour: one in a thousand of the audience posts
//	     something negative every hour; a storm
//	100  100 or more per 10,000 an hour: one in a hundred, every hour; a
//	     firestorm
//
// The scale is logarithmic because outrage spans orders of magnitude
// (Pfeffer et al. 2014: firestorms are large amounts of negative word of
// mouth within hours), and relative to the audience because forty angry
// posts an hour are a storm for a publisher with 40,000 people watching and
// noise for a bank with millions. The constant 1.25 = 10²/(100 − 2·10) is
// what puts x = 10 at exactly 50 and x = 100 at exactly 100.
const (
	outragePer   = 10000.0 // audience unit of x
	outrageAt50  = 10.0    // x at 50
	outrageAt100 = 100.0   // x at 100
	outrageA     = outrageAt50 * outrageAt50 / (outrageAt100 - 2*outrageAt50)
)

// OutrageOf is the meter's value for neg negative posts in the last hour in
// an audience of the given size.
func OutrageOf(neg int, audience int) float64 {
	if neg <= 0 {
		return 0
	}
	return HeatScale(float64(neg) * outragePer / float64(Watching(audience)))
}

// HeatScale puts a heat or support figure (posts an hour per 10,000
// people watching) on the meter's 0..100 log scale: 1 at 13, 10 at 50,
// 100 or more at 100. The play screen's bar and the debrief's chart use it.
func HeatScale(x float64) float64 {
	if x <= 0 {
		return 0
	}
	return math.Min(100, 100*math.Log1p(x/outrageA)/math.Log1p(outrageAt100/outrageA))
}

// Outrage is the meter, 0..100: the negative posts of the last 60 scenario
// minutes per 10,000 people in the audience, on a log scale where 50 means
// 10 per 10,000 an hour and 100 means 100 or more (see OutrageOf and
// README.md).
func (m *Model) Outrage() float64 {
	m.win.trim(m.now)
	return OutrageOf(m.win.neg60, m.p.Audience)
}

// Legend is a one-line explanation of the meter for the screen, in Dutch
// ("nl") or English (anything else).
func Legend(lang string) string {
	if lang == "nl" {
		return "Hitte: negatieve berichten over de zaak in het afgelopen uur per 10.000 mensen die meekijken (een kleiner publiek telt als 10.000; 10 = een storm, 100 = een firestorm); steun apart. Bereik: hoeveel mensen de klacht of kritiek zagen; dat groeit alleen."
	}
	return "Heat: negative posts about the case in the last hour per 10,000 people watching (a smaller audience counts as 10,000; 10 = a storm, 100 = a firestorm); support apart. Reach: how many people saw the complaint or criticism; it only grows."
}

// window holds the posts of the last hour, for the meter and the phase.
type window struct {
	at                []float64
	tone              []Sentiment
	head60, head15    int
	neg60, pos60, n15 int
}

func (w *window) add(t float64, s Sentiment) {
	if len(w.at) == cap(w.at) && w.head60 >= len(w.at)/4 {
		w.compact() // reuse the room of the posts out of the hour
	}
	w.at = append(w.at, t)
	w.tone = append(w.tone, s)
	w.n15++
	switch s {
	case Negative:
		w.neg60++
	case Positive:
		w.pos60++
	}
}

// forgetSupport stops counting the posts on the brand's side in the window
// (they stay in it for the phase): the support before the brand's first
// reply is not support for the reply (Model.beforeReply).
func (w *window) forgetSupport() {
	for i := w.head60; i < len(w.tone); i++ {
		if w.tone[i] == Positive {
			w.tone[i] = Neutral
			w.pos60--
		}
	}
}

// trim drops posts older than an hour (and from the 15-minute count those
// older than 15 minutes): a post at minute s counts while s > now − 60.
func (w *window) trim(now float64) {
	// head15 ≥ head60 always: a post out of the hour is out of the quarter.
	for w.head15 < len(w.at) && w.at[w.head15] <= now-15 {
		w.n15--
		w.head15++
	}
	for w.head60 < len(w.at) && w.at[w.head60] <= now-60 {
		switch w.tone[w.head60] {
		case Negative:
			w.neg60--
		case Positive:
			w.pos60--
		}
		w.head60++
	}
	if w.head60 > 1024 && w.head60 > len(w.at)/2 {
		w.compact()
	}
}

// compact drops the posts out of the hour from the slices.
func (w *window) compact() {
	n := copy(w.at, w.at[w.head60:])
	copy(w.tone, w.tone[w.head60:])
	w.at, w.tone = w.at[:n], w.tone[:n]
	w.head15 -= w.head60
	w.head60 = 0
}
