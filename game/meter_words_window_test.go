package game

import (
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/game/ui"
)

// The meter's word said "Calm" ("Rustig") while 92,000 to 99,000 people had
// seen HEMA's story, and a newcomer read it as "the crisis is over": the word
// is the heat of the last hour, and the reach beside it, in small print, was
// the figure that had not calmed. A level set by the heat says it is the
// heat's, one set by the reach says it is the reach's, in the meter's own
// words for them ("heat now", "Reach so far"), in both languages; and the
// reach stands in the same type as the word.
func TestWindowTheMeterSaysWhatItsWordMeasures(t *testing.T) {
	for _, lang := range []string{"nl", "en"} {
		d := window(t)
		readText(t)
		p := fromTitleToRound(t, d, "Meter Mila")
		d.Do(func(a *App) { a.lang = lang })
		untilDecision(t, d, p)
		a := d.App
		heatWord := strings.ToLower(strings.Fields(a.t("meter.heat", "0"))[0])
		reachWord := strings.ToLower(strings.Fields(a.t("meter.reach", "0", 0))[0])
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
		d.Tick(Frame{}, 0)
		level := "● " + p.sess.MeterLevel().Label(lang)
		reach, _ := p.reachAndSupport(a, false)
		var levelLine, reachLine ui.Drawn
		for _, l := range ui.DrawnText() {
			switch {
			case l.Text == level:
				levelLine = l
			case strings.HasPrefix(reach, l.Text) && reachLine.Text == "":
				reachLine = l
			}
		}
		if levelLine.Text == "" || reachLine.Text == "" {
			t.Fatalf("%s: the meter shows no level %q or no reach %q", lang, level, reach)
		}
		if reachLine.Rect.Dy() < levelLine.Rect.Dy() {
			t.Errorf("%s: the reach %q stands in smaller type (%d px high) than the level %q (%d px)", lang, reachLine.Text, reachLine.Rect.Dy(), levelLine.Text, levelLine.Rect.Dy())
		}
		leaveRoundByEsc(t, d)
	}
}
