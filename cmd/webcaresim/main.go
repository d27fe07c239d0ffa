// Command webcaresim is Webcare Simulator: with no arguments it opens the
// game; its subcommands check scenarios, score replies and replay rounds
// without a window.
package main

import (
	"io"
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run executes one command and returns the exit status; it is the whole
// program, so tests call it directly.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return dispatch(commandTable(), "webcaresim", usage(), args, stdin, stdout, stderr)
}
