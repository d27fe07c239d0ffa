//go:build js && wasm

package main

import (
	"strings"

	"github.com/webcaresim/webcaresim/scenarios"
)

// The reply field keeps its text when a decision opens at once after
// another (a trainer's inject asks the press's question in the middle of a
// reply to the customer, and the customer's question comes back once it is
// answered), so a draft can sit under a question it was not written for.
// As in the window (game/play_guard.go), the field then says the question
// changed, and the first Ctrl+Enter or click on Publish only confirms that
// the draft is meant for this question; the next one publishes it.

// noteDraftForNewQuestion marks the draft in the reply field as written
// before decision d opened, when an earlier decision was shown in this
// round (earlier) and d takes a typed reply.
func (g *game) noteDraftForNewQuestion(d *scenarios.Decision, earlier bool) {
	g.draftNotice = ""
	if !earlier || !d.AllowFreeText || strings.TrimSpace(g.typedReply()) == "" {
		return
	}
	g.draftNotice = g.t("play.draft.new_question", g.s.Asker())
}

// confirmDraft reports whether a publish only confirmed a draft written
// before the question changed; the notice goes and the draft stays, with
// the focus where it was.
func (g *game) confirmDraft(text string) bool {
	if g.draftNotice == "" || strings.TrimSpace(text) == "" {
		return false
	}
	g.draftNotice = ""
	if n := g.q(".draft-notice"); !n.IsNull() {
		n.Call("remove")
	}
	return true
}

// typedReply is the text in the reply field, or the draft kept while no
// field shows it.
func (g *game) typedReply() string {
	if ta := g.q("textarea.own"); !ta.IsNull() {
		return ta.Get("value").String()
	}
	return g.draft
}
