//go:build js && wasm

package main

import (
	"fmt"
	"strings"

	"github.com/webcaresim/webcaresim/assets/i18n"
	"github.com/webcaresim/webcaresim/game/crowd"
	"github.com/webcaresim/webcaresim/scenarios"
)

// showBriefing shows, before the clock starts, what the window's briefing
// shows: who the trainee is (brand, channel, the brand's tone of voice), the
// customer's post, and what the case expects. Its texts are the window's
// (assets/i18n).
func (g *game) showBriefing(i int) {
	if i < 0 || i >= len(g.offer) {
		return
	}
	sc := g.offer[i]
	g.s, g.debrief, g.briefing = nil, false, i
	g.clear()
	tr := func(key string, args ...any) string { return i18n.T(g.lang, key, args...) }
	box := el("section", "briefing", el("h1", "", tr("briefing.title", sc.Title)))
	if sc.BasedOn != "" {
		box.Call("appendChild", el("p", "muted", tr("briefing.based_on", sc.BasedOn)))
	}
	you := el("div", "panel you", el("h2", "", tr("briefing.you")),
		el("p", "", tr("briefing.brand", crowd.CompanyName(sc.Brand.Name), sc.Brand.Handle)),
		el("p", "", tr("briefing.channel", tr("channel."+sc.Channel), scenarios.ChannelLimit(sc.Channel))),
		el("p", "tone", g.tone(sc)))
	expected := el("div", "panel expected", el("h2", "", tr("briefing.expected")),
		el("p", "", tr("briefing.time", sc.WallClock(0, g.lang), g.span(sc.Duration.Minutes()))))
	if sc.SLAMinutes > 0 {
		expected.Call("appendChild", el("p", "", tr("briefing.sla", sc.SLAMinutes, sc.SLAMinutes/4)))
	}
	expected.Call("appendChild", el("p", "", tr("briefing.replies", scenarios.ChannelLimit(sc.Channel))))
	expected.Call("appendChild", el("p", "muted", g.t("briefing.pick_publish")))
	if kinds := actionKinds(sc); len(kinds) > 0 {
		names := make([]string, len(kinds))
		for i, k := range kinds {
			names[i] = g.actionName(k) // as the round's buttons say it
		}
		expected.Call("appendChild", el("p", "", tr("briefing.actions", strings.Join(names, ", "))))
	}
	post := el("div", "panel post", el("h2", "", tr("briefing.post")))
	if meta, body, ok := g.openingPost(sc); ok {
		// The post the window's briefing shows: the case's first, which is
		// not always the customer's (a newspaper may bring the complaint).
		post.Call("appendChild", meta)
		post.Call("appendChild", body)
	}
	if sc.Summary != "" {
		post.Call("appendChild", el("p", "muted", sc.Summary))
	}
	box.Call("appendChild", el("div", "briefing-grid", el("div", "", you, expected), post))
	start := button(g.t("briefing.start"), fmt.Sprintf("start:%d", i), "Enter")
	start.Set("className", "start")
	box.Call("appendChild", el("div", "briefing-row",
		el("span", "muted", g.t("briefing.clock")),
		button(g.t("briefing.back"), "menu", "Esc"), start))
	g.root.Call("appendChild", box)
	start.Call("focus")
}

// tone is the brand's tone of voice, as the window words it.
func (g *game) tone(sc *scenarios.Scenario) string {
	switch {
	case sc.Brand.Tone != "":
		return i18n.T(g.lang, "briefing.tone", sc.Brand.Tone)
	case sc.Brand.Signature != "":
		return i18n.T(g.lang, "briefing.tone_signature", sc.Brand.Signature)
	}
	return i18n.T(g.lang, "briefing.tone_default")
}

// span shows a case's length in scenario minutes as "3 dagen", "26 uur" or
// "45 min", as the window's briefing does.
func (g *game) span(m float64) string {
	switch total := int(m + 0.5); {
	case total >= 2*1440 && total%1440 == 0:
		return i18n.T(g.lang, "duration.days", total/1440)
	case total >= 60:
		return i18n.T(g.lang, "duration.hours", (total+30)/60)
	default:
		return i18n.T(g.lang, "duration.minutes", total)
	}
}

// actionKinds lists the kinds of action the case offers anywhere, in the
// order they first appear.
func actionKinds(sc *scenarios.Scenario) []string {
	var kinds []string
	seen := map[string]bool{}
	for _, d := range sc.Decisions {
		for _, a := range d.Actions {
			if !seen[a.Kind] {
				seen[a.Kind] = true
				kinds = append(kinds, a.Kind)
			}
		}
	}
	return kinds
}
