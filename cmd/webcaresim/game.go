package main

import (
	"fmt"
	"io"
)

// openGame opens the game window.
func openGame(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "webcaresim: the game window is not built yet; use list, check, score or replay")
	return 3
}
