//go:build js && wasm

package main

// The keyboard and the mouse.

import (
	"fmt"
	"strings"
	"syscall/js"
)

func (g *game) onClick(_ js.Value, args []js.Value) any {
	t := args[0].Get("target").Call("closest", "[data-act]")
	if t.IsNull() {
		return nil
	}
	g.do(t.Get("dataset").Get("act").String())
	return nil
}

func (g *game) do(act string) {
	if g.paused() {
		return
	}
	name, arg, _ := strings.Cut(act, ":")
	var n int
	fmt.Sscan(arg, &n)
	switch name {
	case "pick":
		g.start(n)
	case "choose":
		g.choose(n)
	case "act":
		g.act(arg)
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
	}
}

func (g *game) onKey(_ js.Value, args []js.Value) any {
	e := args[0]
	key := e.Get("key").String()
	inText := e.Get("target").Get("tagName").String() == "TEXTAREA"
	if inText {
		if key == "Enter" && (e.Get("ctrlKey").Bool() || e.Get("metaKey").Bool()) {
			e.Call("preventDefault")
			g.do("publish")
		} else if key == "Escape" {
			e.Get("target").Call("blur")
		}
		return nil
	}
	if e.Get("ctrlKey").Bool() || e.Get("altKey").Bool() || e.Get("metaKey").Bool() {
		return nil
	}
	switch {
	case len(key) == 1 && key >= "1" && key <= "9":
		n := int(key[0] - '1')
		if g.s == nil {
			g.do(fmt.Sprintf("pick:%d", n))
		} else if !g.debrief {
			g.do(fmt.Sprintf("choose:%d", n))
		}
	case g.s != nil && !g.debrief:
		acts := map[string]string{"d": "act:dm", "b": "act:call", "c": "act:call", "h": "act:colleague", "w": "act:wait"}
		k := strings.ToLower(key)
		if k == "t" {
			// Focus on key up, so the T itself is not typed into the reply.
			e.Call("preventDefault")
			g.focusOnKeyUp = true
		} else if a, ok := acts[k]; ok {
			g.do(a)
		}
	case g.debrief:
		switch strings.ToLower(key) {
		case "r":
			g.do("retry")
		case "s":
			g.do("menu")
		}
	}
	return nil
}
