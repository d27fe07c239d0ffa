package session

import (
	"fmt"

	"github.com/webcaresim/webcaresim/assets/i18n"
)

// AfterLastReply says what the crowd did after the trainee's last reply,
// when it crossed one of the meter's marks then: the story reached a
// quarter or half of the audience (WarmReach, SpreadReach) or the heat
// reached a storm (StormHeat) only after the last reply. "" when it
// crossed none. The round runs on to its ending at speed after the last
// reply, and T-Mobile's story went from 2,848 to 45,998 people there,
// while the trainee's last view was a thanked customer and a calm meter
// (playtest 22, P22-6). The window's ending panel and debrief, the
// browser's debrief and replay say the same.
func AfterLastReply(curve []CurvePoint, replies []Reply, audience int, lang string) string {
	last := -1.0
	for _, r := range replies {
		last = max(last, r.Minute)
	}
	if last < 0 || len(curve) == 0 || audience <= 0 {
		return ""
	}
	at := curve[0]
	peak := 0.0
	for _, p := range curve {
		if p.Minute <= last {
			at = p
			continue
		}
		peak = max(peak, p.Heat)
	}
	end := curve[len(curve)-1]
	if end.Minute <= last {
		return ""
	}
	crossed := func(mark float64) bool {
		limit := mark * float64(audience)
		return float64(at.Reach) < limit && float64(end.Reach) >= limit
	}
	storm := at.Heat < StormHeat && peak >= StormHeat
	if !crossed(WarmReach) && !crossed(SpreadReach) && !storm {
		return ""
	}
	pct := int(100*float64(end.Reach)/float64(audience) + 0.5)
	text := i18n.T(lang, "debrief.after_last_reply", i18n.Number(at.Reach, lang), i18n.Number(end.Reach, lang), pct,
		i18n.Number(max(0, end.Posts-at.Posts), lang))
	if storm {
		text += " " + i18n.T(lang, "debrief.after_last_reply_storm", i18n.DecimalPoint(fmt.Sprintf("%.1f", peak), lang))
	}
	return text
}

// AfterLastReply is what the crowd did after the last reply (see the
// function of that name), for this report.
func (r Report) AfterLastReply(lang string) string {
	return AfterLastReply(r.Curve, r.Replies, r.Audience, lang)
}

// AfterLastReply is what the crowd did after the last reply so far: the
// ending panel shows it once the round has run to its end.
func (s *Session) AfterLastReply(lang string) string {
	return AfterLastReply(s.curve, s.replies, s.sc.Crowd.Audience, lang)
}
