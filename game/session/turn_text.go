package session

import (
	"fmt"
	"math"

	"github.com/webcaresim/webcaresim/assets/i18n"
)

// TurnedText is the debrief's sentence for a round the crowd turned: the
// ending the replies led to (its title, fromTitle) and the round's number
// that decided it, in the unit the turn tested: whether the press picked it
// up, the story's reach, the heat
// at the close, a boycott page's followers, or the reach of posts on the
// brand's side. "" when the crowd turned nothing. The window, the browser
// and replay say the same.
func (r Report) TurnedText(lang, fromTitle string) string {
	if r.TurnedFrom == "" {
		return ""
	}
	switch r.TurnedBy {
	case "covered":
		key := "debrief.ending_turned_uncovered"
		if r.Covered {
			key = "debrief.ending_turned_covered"
		}
		return i18n.T(lang, key, fromTitle, i18n.Number(r.Reach, lang), r.ReachPercent())
	case "heat":
		heat := 0.0
		if n := len(r.Curve); n > 0 {
			heat = r.Curve[n-1].Heat
		}
		return i18n.T(lang, "debrief.ending_turned_heat", fromTitle, i18n.DecimalPoint(fmt.Sprintf("%.1f", heat), lang))
	case "group":
		return i18n.T(lang, "debrief.ending_turned_group", fromTitle, i18n.Number(r.GroupMembers, lang))
	case "support":
		pct := 0
		if r.Audience > 0 {
			pct = int(math.Round(100 * float64(r.SupportReach) / float64(r.Audience)))
		}
		return i18n.T(lang, "debrief.ending_turned_support", fromTitle, i18n.Number(r.SupportReach, lang), pct)
	}
	return i18n.T(lang, "debrief.ending_turned", fromTitle, i18n.Number(r.Reach, lang), r.ReachPercent())
}
