//go:build js && wasm

package main

import (
	"fmt"
	"strings"
	"syscall/js"
	"unicode"
	"unicode/utf8"
)

// The player's input follows the window's rule: nothing is published that
// the trainee did not mean. A click, or 1–4, only picks a written choice
// (framed, with a publish button under the choices); Enter on the picked
// choice or that button publishes it. Letters typed while no field has the
// focus go into the reply field, where the arrow keys move the caret and
// Ctrl+Enter publishes.

func (g *game) onClick(_ js.Value, args []js.Value) any {
	g.held = "" // a click ends the hold of a typed choice number
	t := args[0].Get("target").Call("closest", "[data-act]")
	if t.IsNull() {
		return nil
	}
	act := t.Get("dataset").Get("act").String()
	// detail is 0 when Enter or Space pressed the button, the number of
	// clicks when a mouse did: a mouse only ever picks.
	keyboard := args[0].Get("detail").Int() == 0
	switch name, arg, _ := strings.Cut(act, ":"); {
	case (name == "choose" || name == "act") && g.spaceDown && keyboard:
		return nil // a Space is for typing: it presses no choice or action (P22-27)
	case name == "choose":
		var n int
		fmt.Sscan(arg, &n)
		if keyboard && g.picked == n {
			act = "publish-choice"
		} else {
			act = fmt.Sprintf("pick-choice:%d", n)
		}
	case name == "act" && g.s != nil && g.s.ActionPost(arg) != "":
		// An action that posts in public is picked first, as a
		// written choice is; a key on the picked one publishes it.
		if !keyboard || g.pickedAction != arg {
			act = "pick-action:" + arg
		}
	}
	g.do(act)
	return nil
}

func (g *game) do(act string) {
	if g.paused() {
		return
	}
	if g.s != nil && g.s.WaitingToGoOn() && act != "goon" {
		return // a resumed round takes no move before the trainee goes on
	}
	name, arg, _ := strings.Cut(act, ":")
	var n int
	fmt.Sscan(arg, &n)
	switch name {
	case "pick":
		g.showBriefing(n)
	case "start":
		g.start(n)
	case "pick-choice":
		g.pick(n)
	case "publish-choice":
		if g.picked >= 0 {
			g.choose(g.picked)
		}
	case "act":
		g.askOrAct(arg)
	case "pick-action":
		g.pickAction(arg)
	case "publish-action":
		if g.pickedAction != "" {
			g.act(g.pickedAction)
		}
	case "publish":
		g.publish()
	case "retry":
		if g.s != nil {
			for i, sc := range g.offer {
				if sc == g.s.Scenario() {
					g.start(i)
					return
				}
			}
		}
	case "menu":
		g.showMenu("")
	case "resume":
		g.resume()
	case "goon":
		g.goOn()
	}
}

// pick frames written choice i and shows the button that publishes it.
func (g *game) pick(i int) {
	if g.s == nil || g.debrief {
		return
	}
	d := g.s.Decision()
	if d == nil || i < 0 || i >= len(d.Choices) {
		return
	}
	g.picked, g.pickedAction, g.overrunAsked = i, "", ""
	g.showPick()
	if b := g.q(fmt.Sprintf(`.choice[data-act="choose:%d"]`, i)); !b.IsNull() {
		b.Call("focus")
	}
}

// pickAction picks an action that posts a public reply: the text it will
// post shows under the actions, with the button that publishes it.
func (g *game) pickAction(kind string) {
	if g.s == nil || g.debrief || g.s.ActionPost(kind) == "" {
		return
	}
	g.pickedAction, g.picked = kind, -1
	g.showPick()
	if b := g.q(`.actions [data-act="act:` + kind + `"]`); !b.IsNull() {
		b.Call("focus")
	}
	// What it will post sits under the actions: bring it into view.
	if box := g.q(".action-pick"); !box.IsNull() {
		box.Call("scrollIntoView", map[string]any{"block": "nearest"})
	}
}

// showPick marks the picked choice or action and shows its publish button.
func (g *game) showPick() {
	g.showPickedAction()
	for _, b := range nodes(g.root.Call("querySelectorAll", ".choice")) {
		on := b.Get("dataset").Get("act").String() == fmt.Sprintf("choose:%d", g.picked)
		b.Get("classList").Call("toggle", "picked", on)
		b.Call("setAttribute", "aria-pressed", fmt.Sprint(on))
	}
	row := g.q(".pick-row")
	if row.IsNull() {
		return
	}
	row.Set("hidden", g.picked < 0)
	if g.picked >= 0 {
		row.Set("innerHTML", "")
		row.Call("appendChild", button(g.t("play.publish_choice", g.picked+1), "publish-choice", "Enter"))
		if g.held != "" {
			// The number that picked it is kept, as the window says.
			row.Call("appendChild", el("p", "muted held", g.w("play.choice.held", strings.TrimRight(g.held, " "))))
		}
	}
}

// showPickedAction marks the picked action and shows, in the window's words,
// the reply it will post in public and the button that posts it.
func (g *game) showPickedAction() {
	for _, b := range nodes(g.root.Call("querySelectorAll", ".actions button")) {
		on := g.pickedAction != "" && b.Get("dataset").Get("act").String() == "act:"+g.pickedAction
		b.Get("classList").Call("toggle", "picked", on)
		b.Call("setAttribute", "aria-pressed", fmt.Sprint(on))
	}
	box := g.q(".action-pick")
	if box.IsNull() {
		return
	}
	post := ""
	if g.s != nil && g.pickedAction != "" {
		post = g.s.ActionPost(g.pickedAction)
	}
	box.Set("hidden", post == "")
	box.Set("innerHTML", "")
	if post == "" {
		return
	}
	label := g.actionName(g.pickedAction)
	box.Call("appendChild", el("p", "muted", g.w("play.action.picked", label)))
	box.Call("appendChild", el("blockquote", "action-post", post))
	box.Call("appendChild", button(g.w("play.action.publish", label), "publish-action", "Enter"))
}

func nodes(list js.Value) []js.Value {
	out := make([]js.Value, list.Get("length").Int())
	for i := range out {
		out[i] = list.Call("item", i)
	}
	return out
}

func (g *game) onKey(_ js.Value, args []js.Value) any {
	e := args[0]
	key := e.Get("key").String()
	tag := e.Get("target").Get("tagName").String()
	g.spaceDown = key == " "
	if tag == "TEXTAREA" || tag == "INPUT" {
		g.held = ""
		// The field keeps its keys: arrows move the caret, Enter is a
		// new line, Tab leaves. Ctrl+Enter publishes, Esc leaves too.
		if key == "Enter" && (e.Get("ctrlKey").Bool() || e.Get("metaKey").Bool()) {
			e.Call("preventDefault")
			g.do("publish")
		} else if key == "Escape" {
			e.Get("target").Call("blur")
		}
		return nil
	}
	if key == "Enter" && g.fieldsEnter(e) {
		return nil
	}
	if e.Get("ctrlKey").Bool() || e.Get("altKey").Bool() || e.Get("metaKey").Bool() {
		return nil
	}
	digit := len(key) == 1 && key >= "1" && key <= "9"
	switch {
	case g.s != nil && g.s.WaitingToGoOn():
		// The box over a resumed round: Enter or Space goes on, as in
		// the window; no other key reaches the round.
		e.Call("preventDefault")
		if key == "Enter" || key == " " {
			g.do("goon")
		}
	case g.s == nil && g.briefing < 0:
		if digit {
			g.do(fmt.Sprintf("pick:%d", int(key[0]-'1')))
		} else if key == "Enter" && tag != "BUTTON" && g.open != nil {
			g.do("resume") // the menu's first offer: the round left open
		}
	case g.s == nil:
		// The briefing: Enter starts (unless a button has the focus and
		// presses itself), Esc goes back.
		if key == "Enter" && tag != "BUTTON" {
			g.do(fmt.Sprintf("start:%d", g.briefing))
		} else if key == "Escape" {
			g.do("menu")
		}
	case g.debrief:
		switch strings.ToLower(key) {
		case "r":
			g.do("retry")
		case "s":
			g.do("menu")
		}
	case g.s.Decision() == nil:
		g.typeWhileWaiting(e, key)
	case utf8.RuneCountInString(key) == 1:
		g.typeAtDecision(e, key)
	case key == "Backspace" && g.held != "":
		e.Call("preventDefault")
		g.eraseHeld()
	case panelKey(key):
		g.held = "" // Enter, Tab or an arrow works the pick, which stays
	}
	return nil
}

// fieldsEnter takes Shift+Enter or Ctrl+Enter at a decision to the reply
// field, as the window does: they are the field's keys (a new line;
// publishing what is typed), and on a framed choice's button they pressed
// it, so two of them published written choice 1 unchosen (playtest 24,
// P24-16). Ctrl+Enter then publishes the field, which says when it is
// empty. It reports whether it took the key: a plain Enter it leaves.
func (g *game) fieldsEnter(e js.Value) bool {
	shift := e.Get("shiftKey").Bool()
	if !shift && !e.Get("ctrlKey").Bool() && !e.Get("metaKey").Bool() || g.s == nil || g.debrief {
		return false
	}
	d := g.s.Decision()
	if d == nil || !d.AllowFreeText {
		return false
	}
	ta := g.q("textarea.own")
	if ta.IsNull() {
		return false
	}
	e.Call("preventDefault")
	g.held = ""
	ta.Call("focus")
	if !shift {
		g.do("publish")
	}
	return true
}

// panelKey reports whether a key works the panel rather than typing a
// character (Shift, a dead key for an accent or AltGr type on).
func panelKey(key string) bool {
	switch key {
	case "Enter", "Tab", "Escape", "ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight",
		"Home", "End", "PageUp", "PageDown", "Delete":
		return true
	}
	return false
}

// eraseHeld is Backspace on the held choice number (Session.EraseHeld):
// erased, it takes its pick with it.
func (g *game) eraseHeld() {
	typed := g.s.EraseHeld(g.held)
	g.held = typed.Held
	switch {
	case typed.Choice >= 0:
		g.pick(typed.Choice)
	case typed.Unpick:
		g.unpick()
	}
}

// unpick takes back the pick a held number made: the number was the
// reply's first character.
func (g *game) unpick() {
	g.picked = -1
	g.showPick()
}

// ownReplyBegun takes back the pick of a written choice or of an action
// that posts when the trainee writes in the reply field that already had
// the focus, as the window does and as Session.TypeAtDecision does for a
// key that brings the focus there: the reply is their own, and a framed
// choice with its publish button beside it looked chosen.
func (g *game) ownReplyBegun() {
	if g.picked < 0 && g.pickedAction == "" {
		return
	}
	g.picked, g.pickedAction, g.held = -1, "", ""
	g.showPick()
}

// writesInField reports whether an input event of the reply field is
// writing: typed characters that show, a paste, a drop, an input method's
// text. Deleting is not, nor a new line alone (the window's rule).
func writesInField(e js.Value) bool {
	kind := e.Get("inputType")
	if kind.Type() != js.TypeString {
		return false // the page's own event: the held number going in
	}
	switch kind.String() {
	case "insertFromPaste", "insertFromDrop", "insertCompositionText", "insertReplacementText", "insertFromYank":
		return true
	case "insertText":
		data := e.Get("data")
		return data.Type() == js.TypeString && strings.IndexFunc(data.String(), unicode.IsPrint) >= 0
	}
	return false
}

// typeAtDecision follows the round's rule for a key typed while no field
// has the focus (Session.TypeAtDecision, as the window): a choice's number
// picks it; anything else, a Space too, is writing. A Space on a picked
// choice's button pressed it, and a press on the picked choice publishes it
// (P22-27).
func (g *game) typeAtDecision(e js.Value, key string) {
	typed := g.s.TypeAtDecision(key, g.typedReply(), g.held)
	g.held = typed.Held
	switch {
	case typed.Reply:
		if typed.Unpick {
			g.unpick()
		}
		// Focusing the field now, before the key's default action, lets
		// the character land in it, and takes the key from the button;
		// the held number goes in first, where the key's character follows.
		if ta := g.q("textarea.own"); !ta.IsNull() {
			if before := strings.TrimSuffix(typed.Text, key); before != "" {
				ta.Set("value", ta.Get("value").String()+before)
				ta.Call("dispatchEvent", js.Global().Get("Event").New("input"))
			}
			ta.Call("focus")
		}
	case typed.Choice >= 0:
		e.Call("preventDefault")
		g.do(fmt.Sprintf("pick-choice:%d", typed.Choice))
	case key == " ":
		e.Call("preventDefault") // no press of a choice or an action
		g.showPick()             // the held number and Space, as the pick says
	}
}
