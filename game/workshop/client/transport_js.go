//go:build js && wasm

package client

import (
	"context"
	"errors"
	"fmt"
	"syscall/js"
	"time"

	"github.com/webcaresim/webcaresim/game/jspromise"
)

// transport is what a Client sends requests with in the browser: nothing
// of its own, the page's fetch.
type transport struct{}

// roundTrip sends one request with a JSON body (nil: none) and the
// client's token through the browser's fetch, and returns the status,
// whether the server said when to retry, and up to 1 MB of the answer.
// The request is aborted when ctx ends or after requestTimeout.
func (c *Client) roundTrip(ctx context.Context, method, url string, body []byte) (status int, retryAfter bool, data []byte, err error) {
	ctx, cancel := context.WithTimeout(ctx, requestTimeout)
	defer cancel()
	headers := map[string]any{}
	if body != nil {
		headers["Content-Type"] = "application/json"
	}
	if c.Token != "" {
		headers["Authorization"] = "Bearer " + c.Token
	}
	abort := js.Global().Get("AbortController").New()
	init := map[string]any{"method": method, "headers": headers, "signal": abort.Get("signal"), "credentials": "same-origin"}
	if body != nil {
		init["body"] = string(body)
	}
	resp, err := await(ctx, abort, js.Global().Call("fetch", url, init))
	if err != nil {
		return 0, false, nil, err
	}
	text, err := await(ctx, abort, resp.Call("text"))
	if err != nil {
		return 0, false, nil, err
	}
	data = []byte(text.String())
	if len(data) > maxAnswer {
		return 0, false, nil, fmt.Errorf("the server's answer is over %d MB", maxAnswer>>20)
	}
	return resp.Get("status").Int(), resp.Get("headers").Call("has", "Retry-After").Bool(), data, nil
}

// await waits for a promise, aborting the request when ctx ends first.
func await(ctx context.Context, abort, promise js.Value) (js.Value, error) {
	v, err := jspromise.Await(ctx, promise, func() { abort.Call("abort") })
	if err != nil && errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return js.Value{}, fmt.Errorf("no answer within %s", requestTimeout/time.Second*time.Second)
	}
	return v, err
}
