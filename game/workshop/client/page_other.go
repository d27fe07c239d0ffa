//go:build !(js && wasm)

package client

// FromPage is the browser's workshop; outside the browser there is none.
func FromPage() (c *Client, name, lang string, ok bool) { return nil, "", "", false }

// PagePaused is false outside the browser; use Reporter.Paused.
func PagePaused() bool { return false }

// PageResume is "" outside the browser: a desktop game has its checkpoint.
func PageResume() string { return "" }
