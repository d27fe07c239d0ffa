package session

import (
	"math"
	"strconv"
	"strings"

	"github.com/webcaresim/webcaresim/assets/i18n"
)

// RoundLine says the round's figure beside the recorded one, the same in
// the window and the browser: up to the recorded figure as a share of it
// ("In your round: 57 (45% of that)."), above it as how many times as many
// ("In your round: 1,161, 9.1 times as many."). A share over 100% ("914% of
// that") read as nonsense.
func (c Comparison) RoundLine(lang string) string {
	round := i18n.Number(c.Round, lang)
	if c.Recorded <= 0 || c.Round <= c.Recorded {
		pct := 0
		if c.Recorded > 0 {
			pct = int(math.Round(100 * float64(c.Round) / float64(c.Recorded)))
		}
		return i18n.T(lang, "session.comparison.share", round, pct)
	}
	return i18n.T(lang, "session.comparison.times", round, timesAsMany(float64(c.Round)/float64(c.Recorded), lang))
}

// timesAsMany writes a ratio above 1 with one decimal below 10 ("1.4",
// "9.1"; "1,4" in Dutch) and whole from 10 on ("23").
func timesAsMany(r float64, lang string) string {
	if r >= 9.95 {
		return i18n.Number(int(math.Round(r)), lang)
	}
	s := strconv.FormatFloat(math.Round(r*10)/10, 'f', 1, 64)
	s = strings.TrimSuffix(s, ".0")
	if lang == "nl" {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}
