//go:build js

// Package jspromise waits in Go for a JavaScript promise to settle: the one
// bridge that the browser build's font fetch and workshop client both need.
package jspromise

import (
	"context"
	"errors"
	"syscall/js"
)

// Await waits for promise to settle and returns its value, or its rejection
// as an error. When ctx ends first, abort runs, which must make the promise
// settle (as an AbortController's abort does for fetch), and ctx's error is
// returned. With a context that never ends, abort may be nil.
func Await(ctx context.Context, promise js.Value, abort func()) (js.Value, error) {
	type result struct {
		v   js.Value
		err error
	}
	done := make(chan result, 1)
	onOK := js.FuncOf(func(_ js.Value, args []js.Value) any {
		done <- result{v: args[0]}
		return nil
	})
	onErr := js.FuncOf(func(_ js.Value, args []js.Value) any {
		msg := "fetch failed"
		if len(args) > 0 && args[0].Truthy() {
			msg = args[0].Call("toString").String()
		}
		done <- result{err: errors.New(msg)}
		return nil
	})
	// Released only after the promise settled: a callback released
	// before it runs would panic in the page.
	defer onOK.Release()
	defer onErr.Release()
	promise.Call("then", onOK, onErr)
	select {
	case r := <-done:
		return r.v, r.err
	case <-ctx.Done():
		abort()
		<-done
		return js.Value{}, ctx.Err()
	}
}
