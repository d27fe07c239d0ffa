//go:build js && wasm

package main

// DOM helpers: building the page out of elements.

import (
	"syscall/js"
)

// DOM helpers: text always goes in as text nodes.
func el(tag, class string, kids ...any) js.Value {
	e := doc.Call("createElement", tag)
	if class != "" {
		e.Set("className", class)
	}
	for _, k := range kids {
		switch k := k.(type) {
		case string:
			e.Call("appendChild", doc.Call("createTextNode", k))
		case js.Value:
			e.Call("appendChild", k)
		}
	}
	return e
}

func button(label, act, key string) js.Value {
	b := el("button", "", label)
	b.Set("type", "button")
	b.Get("dataset").Set("act", act)
	if key != "" {
		b.Call("appendChild", el("kbd", "", key))
	}
	return b
}
