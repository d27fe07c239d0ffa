// Command webcaresim is Webcare Simulator: with no arguments it opens the
// game; its subcommands check scenarios, score replies and replay rounds
// without a window.
package main

import (
	"io"
	"os"

	"github.com/webcaresim/webcaresim/scoring/scenariorubric"
)

// A scenario's routes test the rubric's features and its misreadings are
// written in the rubric's pattern language, but the scenarios package may
// not import the rubric: every command that loads scenario files (check,
// play, replay, serve, studio) plugs it in, so a misspelt feature or a
// broken pattern is named with file, line and field instead of silently
// matching nothing.
func init() {
	scenariorubric.Plug()
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run executes one command and returns the exit status; it is the whole
// program, so tests call it directly.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return dispatch(commandTable(), "webcaresim", usage(), args, stdin, stdout, stderr)
}
