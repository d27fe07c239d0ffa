package game

import (
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/game/session"
)

// The meter's word said "Calm" ("Rustig") while 92,000 to 99,000 people had
// seen HEMA's story, and a newcomer read it as "the crisis is over": the word
// is the heat of the last hour, and the reach beside it, in small print, was
// the figure that had not calmed. A level set by the heat says it is the
// heat's, one set by the reach says it is the reach's, in the meter's own
// words for them ("heat now", "Reach so far"), in both languages.
func TestWindowTheMeterSaysWhatItsWordMeasures(t *testing.T) {
	for _, lang := range []string{"nl", "en"} {
		d := window(t)
		readText(t)
		p := fromTitleToRound(t, d, "Meter Mila")
		d.Do(func(a *App) { a.lang = lang })
		untilDecision(t, d, p)
		a := d.App
		heatWord := strings.ToLower(strings.Fields(a.t("meter.heat", "0"))[0])
		reachWord := strings.ToLower(strings.Fields(a.t("meter.reach", "0", "0%"))[0])
		for _, lv := range []session.MeterLevel{session.MeterCalm, session.MeterWarm, session.MeterStorm} {
			if l := strings.ToLower(lv.Label(lang)); !strings.Contains(l, heatWord) {
				t.Errorf("%s: the level %q reads %q, which does not say it is the heat (%q)", lang, lv, lv.Label(lang), heatWord)
			}
		}
		for _, lv := range []session.MeterLevel{session.MeterSpread, session.MeterRead} {
			if l := strings.ToLower(lv.Label(lang)); !strings.Contains(l, reachWord) {
				t.Errorf("%s: the level %q reads %q, which does not say it is the reach (%q)", lang, lv, lv.Label(lang), reachWord)
			}
		}
		leaveRoundByEsc(t, d)
	}
}
