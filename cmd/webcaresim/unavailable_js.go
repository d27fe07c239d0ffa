//go:build js

package main

import (
	"fmt"
	"io"
)

// cmdShots needs a window of its own, which the browser build has not.
func cmdShots(_ []string, _ io.Reader, _, stderr io.Writer) int {
	fmt.Fprintln(stderr, "webcaresim shots: not in the browser build")
	return 2
}
