//go:build !js

package client

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
)

// transport is what a Client sends requests with on the desktop.
type transport struct {
	HTTP *http.Client // nil: a client with a 15 s timeout
}

// roundTrip sends one request with a JSON body (nil: none) and the
// client's token, and returns the status, whether the server said when to
// retry, and the answer (up to maxAnswer: more is an error, not a cut).
func (c *Client) roundTrip(ctx context.Context, method, url string, body []byte) (status int, retryAfter bool, data []byte, err error) {
	var rd io.Reader
	if body != nil {
		rd = bytes.NewReader(body)
	}
	req, err := http.NewRequestWithContext(ctx, method, url, rd)
	if err != nil {
		return 0, false, nil, err
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	if c.Token != "" {
		req.Header.Set("Authorization", "Bearer "+c.Token)
	}
	hc := c.HTTP
	if hc == nil {
		hc = &http.Client{Timeout: requestTimeout}
	}
	resp, err := hc.Do(req)
	if err != nil {
		return 0, false, nil, err
	}
	defer resp.Body.Close()
	data, err = io.ReadAll(io.LimitReader(resp.Body, maxAnswer+1))
	if err == nil && len(data) > maxAnswer {
		err = fmt.Errorf("the server's answer is over %d MB", maxAnswer>>20)
	}
	return resp.StatusCode, resp.Header.Get("Retry-After") != "", data, err
}
