package server

import (
	"bytes"
	"context"
	"regexp"
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/game/workshop/store"
	"github.com/webcaresim/webcaresim/scenarios"
)

// The dashboard colours and names a round by the level the trainee's meter
// shows (session.MeterLevelOf), not by the outrage figure alone: a quiet
// hour after the story reached most of the audience is "the story is out",
// and a loud crowd on the brand's side is not a storm.
func TestTheDashboardShowsTheMetersLevel(t *testing.T) {
	s := newInternalServer(t)
	sc := s.scenario("sanoma-juf/nl")
	audience := sc.Crowd.Audience
	for _, c := range []struct {
		point  session.CurvePoint
		level  session.MeterLevel
		nl, en string
	}{
		{session.CurvePoint{Outrage: 12, Heat: 1, Reach: audience * 3 / 4}, session.MeterSpread, "Bereik: het verhaal is rond", "Reach: the story is out"},
		{session.CurvePoint{Outrage: 70, Heat: 2, Support: 5, SupportReach: audience / 10}, session.MeterBrandSide, "", "Crowd on your side"},
		{session.CurvePoint{Outrage: 65, Heat: 12}, session.MeterStorm, "Hitte nu: storm voor dit publiek", "Heat now: storm for this audience"},
		{session.CurvePoint{Outrage: 5}, session.MeterCalm, "Hitte nu: rustig", "Heat now: calm"},
	} {
		tl := &traineeLive{t: store.Trainee{ID: "t1", Name: "Bo"}, scenario: "sanoma-juf/nl", point: c.point}
		for lang, want := range map[string]string{"nl": c.nl, "en": c.en} {
			row := s.traineeRow(tl, lang)
			said := outrageCell(t, s, row, lang)
			if want == "" {
				want = c.level.Label(lang)
			}
			if row.Level != string(c.level) || !strings.Contains(said, want) {
				t.Errorf("outrage %.0f, heat %.0f, support %.0f, reach %d: the %s row is %q and says %q, want %q and %q",
					c.point.Outrage, c.point.Heat, c.point.Support, c.point.Reach, lang, row.Level, said, c.level, want)
			}
		}
	}
}

// The dashboard shows the heat the trainee's meter shows, in its words:
// the trainee read "heat now 0.8 · Calm" while the trainer's row said
// "12 Calm" (the 0–100 index behind the bar), and a trainer who knows
// "10 = storm" from the projector read a storm that was not there. It says
// it once: "heat now 0.0" stood above "Heat now: calm", one figure twice in
// two forms. Where the meter's level names the heat, the row shows the
// level's words with the figure; where the level says something else (the
// story is out), the figure stands beside it.
func TestTheDashboardShowsTheTraineesHeatOnce(t *testing.T) {
	s := newInternalServer(t)
	audience := s.scenario("sanoma-juf/nl").Crowd.Audience
	for _, c := range []struct {
		point  session.CurvePoint
		nl, en []string // what the row's outrage cell says, in its order
	}{
		{session.CurvePoint{Outrage: 12, Heat: 0.8}, []string{"Hitte nu: rustig (0,8)"}, []string{"Heat now: calm (0.8)"}},
		{session.CurvePoint{Outrage: 40, Heat: 4}, []string{"Hitte nu: onrustig (4,0)"}, []string{"Heat now: uneasy (4.0)"}},
		{session.CurvePoint{Outrage: 65, Heat: 12}, []string{"Hitte nu: storm voor dit publiek (12)"}, []string{"Heat now: storm for this audience (12)"}},
		{session.CurvePoint{Outrage: 12, Heat: 1, Reach: audience * 3 / 4}, []string{"hitte nu 1,0", "Bereik: het verhaal is rond"}, []string{"heat now 1.0", "Reach: the story is out"}},
	} {
		tl := &traineeLive{t: store.Trainee{ID: "t1", Name: "Bo"}, scenario: "sanoma-juf/nl", point: c.point}
		for lang, want := range map[string][]string{"nl": c.nl, "en": c.en} {
			cell := outrageCell(t, s, s.traineeRow(tl, lang), lang)
			at := 0
			for _, w := range want {
				i := strings.Index(cell[at:], w)
				if i < 0 {
					t.Errorf("heat %.1f, reach %d: the %s row says %q, want %q in it (in the order %q)", c.point.Heat, c.point.Reach, lang, cell, w, want)
					break
				}
				at += i + len(w)
			}
			heatNow := map[string]string{"nl": "hitte nu", "en": "heat now"}[lang]
			if n := strings.Count(strings.ToLower(cell), heatNow); n != 1 {
				t.Errorf("heat %.1f, reach %d: the %s row says %q %d times: %q", c.point.Heat, c.point.Reach, lang, heatNow, n, cell)
			}
		}
	}
}

// outrageCell is the text a trainer reads in a trainee row's outrage cell
// (the tags dropped, their attributes with them).
func outrageCell(t *testing.T, s *Server, row traineeRow, lang string) string {
	t.Helper()
	var buf bytes.Buffer
	v := liveView{Code: "ABCD1234", T: messages[lang]}
	if err := s.tmpl.ExecuteTemplate(&buf, "trainee-row", struct {
		R traineeRow
		V liveView
	}{row, v}); err != nil {
		t.Fatal(err)
	}
	html := buf.String()
	i := strings.Index(html, `class="outrage"`)
	if i < 0 {
		t.Fatalf("no outrage cell in %s", html)
	}
	html = html[i : i+strings.Index(html[i:], "</td>")]
	text := regexp.MustCompile(`<[^>]*>`).ReplaceAllString(html[strings.Index(html, ">")+1:], " ")
	return strings.Join(strings.Fields(text), " ")
}

// The dashboard shows the reach the trainee's meter shows, with its share
// of the audience as the window writes it: 152 people of Sanoma's
// audience is "<1%", not a "0%" that reads as nobody.
func TestTheDashboardShowsAFewPeopleReachedAsUnderOnePercent(t *testing.T) {
	s := newInternalServer(t)
	audience := s.scenario("sanoma-juf/nl").Crowd.Audience
	for _, c := range []struct {
		reach  int
		nl, en string
	}{
		{152, "bereik 152 (<1%)", "reach 152 (<1%)"},
		{0, "bereik 0 (0%)", "reach 0 (0%)"},
		{audience / 4, "bereik 10.000 (25%)", "reach 10,000 (25%)"},
	} {
		tl := &traineeLive{t: store.Trainee{ID: "t1", Name: "Bo"}, scenario: "sanoma-juf/nl", point: session.CurvePoint{Reach: c.reach}}
		for lang, want := range map[string]string{"nl": c.nl, "en": c.en} {
			if got := s.traineeRow(tl, lang).Reach; got != want {
				t.Errorf("reach %d of %d, %s: the row says %q, want %q", c.reach, audience, lang, got, want)
			}
		}
	}
}

// newInternalServer is a workshop server over a throwaway store with the
// built-in cases, closed when the test ends.
func newInternalServer(t *testing.T) *Server {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, t.TempDir()+"/w.db")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	s, err := New(ctx, Config{Store: st, Secret: "trainer-secret-for-tests", Scenarios: scenarios.Builtin()})
	if err != nil {
		t.Fatal(err)
	}
	return s
}
