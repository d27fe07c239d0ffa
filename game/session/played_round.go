package session

import (
	"fmt"
	"strings"

	"github.com/webcaresim/webcaresim/assets/i18n"
)

// PlayedRound says where the round the trainee played stands among the
// worlds its replies were played in, when it was not like most of them:
// a round that stayed calm while most worlds reached the storm mark, or
// one that stormed while most did not, or an ending most worlds did not
// reach. "Your replies: heat 10 or more in 89 of 100 worlds" beside a
// round whose heat never passed 2.5 read as a mistake (playtest 11,
// P11-15); said this way it is the lesson: the trainee's calm was luck.
// The round is r, its ending's title title; "" when there is nothing to
// add.
func (w WorldsSummary) PlayedRound(lang string, r Report, title string) string {
	if w.Worlds == 0 {
		return ""
	}
	var lines []string
	peak := PeakHeat(r.Curve)
	heat := i18n.DecimalPoint(fmt.Sprintf("%.1f", peak), lang)
	switch {
	case peak < StormHeat && 2*w.HeatStorm > w.Worlds && r.EndingKind == "bad":
		// No storm, but a bad ending all the same: "you were lucky" beside
		// "Twitter spat" read as a contradiction (playtest 17, P17-20).
		lines = append(lines, i18n.T(lang, "session.worlds.calm_round_bad_ending", w.Worlds-w.HeatStorm, w.Worlds, heat))
	case peak < StormHeat && 2*w.HeatStorm > w.Worlds:
		lines = append(lines, i18n.T(lang, "session.worlds.calm_round", w.Worlds-w.HeatStorm, w.Worlds, heat))
	case peak >= StormHeat && 2*w.HeatStorm < w.Worlds:
		lines = append(lines, i18n.T(lang, "session.worlds.storm_round", w.HeatStorm, w.Worlds, heat))
	}
	if n := w.Endings[r.Ending]; r.Ending != "" && 2*n < w.Worlds {
		if title == "" {
			title = r.Ending
		}
		lines = append(lines, i18n.T(lang, "session.worlds.rare_ending", title, n, w.Worlds))
	}
	return strings.Join(lines, " ")
}
