//go:build js && wasm

package main

// What the workshop's trainer put into the round, as the window shows it:
// in the feed, a post's badge says what kind of account wrote it (the
// press, a blog, a well-known account, a boycott; for an inject also a
// leak, a competitor or a second customer), and the debrief lists what the
// trainer did, minute by minute ("de trainer voegde hier een journalist
// toe").

import (
	"strings"
	"syscall/js"

	"github.com/webcaresim/webcaresim/assets/i18n"
	"github.com/webcaresim/webcaresim/game/session"
)

// postBadge is the badge of a feed post ("" for none) and whether the
// trainer put it in.
func (g *game) postBadge(it session.FeedItem) (badge string, inject bool) {
	inject = strings.HasPrefix(it.By, "inject:")
	if it.Private { // only the brand saw it, as the window's badge says
		return i18n.T(g.lang, "badge.private"), inject
	}
	switch it.Kind {
	case "press", "blog", "celebrity", "boycott": // the window's badges (game/play_post.go)
		return i18n.T(g.lang, "badge."+it.Kind), inject
	case "leak", "competitor", "complaint":
		if inject {
			return g.t("badge." + it.Kind), true
		}
	}
	return "", inject
}

// feedMeta is a post's name line, with its badge.
func (g *game) feedMeta(it session.FeedItem, when string) js.Value {
	meta := el("div", "meta", el("strong", "", it.Name), el("span", "muted", " @"+it.Handle+" · "+when))
	if badge, _ := g.postBadge(it); badge != "" {
		meta.Call("appendChild", el("span", "badge "+it.Kind, badge))
	}
	return meta
}

// trainerMarks adds to the debrief what the trainer did in the round.
func (g *game) trainerMarks(box js.Value, rep session.Report) {
	if len(rep.Trainer) == 0 {
		return
	}
	sc := g.s.Scenario()
	box.Call("appendChild", el("h2", "", i18n.T(g.lang, "debrief.trainer")))
	ul := el("ul", "trainer-did")
	for _, m := range rep.Trainer {
		ul.Call("appendChild", el("li", "trainer "+m.Kind, el("span", "muted", sc.WallClock(m.Minute, g.lang)+" "), m.Note))
	}
	box.Call("appendChild", ul)
}

// replyTitle names the decision a reply answered by what it asked (its
// prompt's first sentence), an inject's by the post it answered: the ids
// the scenario file links decisions by mean nothing to a trainee.
func (g *game) replyTitle(r session.Reply) string {
	text := r.Answering
	if d, ok := g.s.Scenario().Decision(r.Decision); ok && d.Prompt != "" {
		text = d.Prompt
	}
	if text == "" {
		return r.Decision
	}
	rs := []rune(strings.Join(strings.Fields(text), " "))
	for i, c := range rs {
		if (c == '.' || c == '?' || c == '!') && i >= 12 && i+1 < len(rs) && rs[i+1] == ' ' {
			rs = rs[:i+1]
			break
		}
	}
	if len(rs) > 90 {
		rs = append(rs[:89], '…')
	}
	return string(rs)
}
