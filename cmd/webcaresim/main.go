// Command webcaresim is Webcare Simulator: with no arguments it opens the
// game; its subcommands check scenarios, score replies and replay rounds
// without a window.
package main

import (
	"fmt"
	"io"
	"os"
)

const usage = `Webcare Simulator — train answering customers on social media.

Usage:
  webcaresim                      open the game
  webcaresim play [--scenario ID|FILE [--watch]] [--lang nl|en] [--seed N]
                  [--mode practice|relaxed|workshop] [--player NAME]
                  [--server URL --code CODE] [--data DIR]
                                  open the game; with --scenario straight into a round
  webcaresim list [--json]        list the scenarios
  webcaresim check [PATH...]      validate scenario files (the built-ins without PATH)
  webcaresim score [--lang nl|en] [--json] [--explain] [TEXT]
                                  analyse a reply (or one reply per line on standard input)
  webcaresim replay --scenario ID [--lang nl|en] [--seed N]
                    (--choose historical|best|1,2,… | --transcript FILE) [--json]
                    [--save [--player NAME]]
                                  play a whole round without a window and print the report
  webcaresim results list|export|import
                                  the stored attempts: history, export for trainers, merge
  webcaresim serve [--addr 127.0.0.1:8080] [--store PATH|postgres://…] [--secret S]
                                  run a workshop: trainees play in the browser, the trainer
                                  follows them on a dashboard
  webcaresim shots DIR [--size WxH] [--lang nl|en]
                                  save a screenshot of every screen as DIR/WxH/LANG/NN-NAME.png
                                  (default: 1280x800 and 1024x640, Dutch and English)

Run "webcaresim COMMAND --help" for the options of a command.
`

// platformCommands are commands that register themselves from files built
// only where they work (serve: not in the browser build).
var platformCommands = map[string]func(args []string, stdout, stderr io.Writer) int{}

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run executes one command and returns the exit status; it is the whole
// program, so tests call it directly.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		return openGame(nil, stdout, stderr)
	}
	switch args[0] {
	case "list":
		return cmdList(args[1:], stdout, stderr)
	case "check":
		return cmdCheck(args[1:], stdout, stderr)
	case "score":
		return cmdScore(args[1:], stdin, stdout, stderr)
	case "replay":
		return cmdReplay(args[1:], stdout, stderr)
	case "results":
		return cmdResults(args[1:], stdout, stderr)
	case "play":
		return openGame(args[1:], stdout, stderr)
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return 0
	}
	if cmd, ok := platformCommands[args[0]]; ok {
		return cmd(args[1:], stdout, stderr)
	}
	fmt.Fprintf(stderr, "webcaresim: unknown command %q\n\n%s", args[0], usage)
	return 2
}
