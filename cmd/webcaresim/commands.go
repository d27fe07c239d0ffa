package main

import (
	"fmt"
	"io"
	"strings"
)

// command is one command of webcaresim. The table below is the only place
// a command is named: dispatch, the usage, each command's --help and the
// README's synopsis (checked by a test) all come from it.
type command struct {
	name  string   // "" is webcaresim alone
	args  []string // the synopsis after the name, one entry per printed line
	about []string // what it does, one entry per printed line
	run   func(args []string, stdin io.Reader, stdout, stderr io.Writer) int
	// sub are the subcommands ("results list"); args is then made of
	// their names, and the command's usage lists them.
	sub  []command
	note string // said below a command's usage of its subcommands
}

// commandTable is every command, in the order usage lists them. It is a
// function, not a variable, because the commands' own code reads it (for
// its --help), which a package variable could not allow.
func commandTable() []command {
	return []command{
		{name: "", args: []string{"[the options of play]"}, about: []string{"open the game (title screen)"}, run: openGame},
		{name: "play", args: []string{
			"[--scenario ID|FILE [--watch]] [--lang nl|en] [--seed N]",
			"[--mode practice|relaxed|workshop] [--player NAME]",
			"[--server URL --code CODE] [--data DIR] [--scenarios PATH]..."},
			about: []string{"open the game, or a round of one scenario straight away"}, run: openGame},
		{name: "shots", args: []string{"DIR [--size WxH] [--lang nl|en]"},
			about: []string{"save a screenshot of every screen as DIR/WxH/LANG/NN-NAME.png",
				"(default 1280x800 and 1024x640, Dutch and English; for review)"}, run: cmdShots},
		{name: "list", args: []string{"[--json] [--scenarios PATH]..."},
			about: []string{"the scenarios: id, language, title, brand, channel, difficulty"}, run: terminalOnly("list", cmdList)},
		{name: "check", args: []string{"[--lang nl|en] [PATH...]"},
			about: []string{"validate scenario files or folders (the built-ins without PATH)"}, run: terminalOnly("check", cmdCheck)},
		{name: "score", args: []string{
			"[--lang nl|en] [--json] [--explain] [--post TEXT] [--mood M]",
			"[--name NAME] [--handle HANDLE] [--brand NAME] [--rubric FILE] [TEXT]"},
			about: []string{"analyse a reply, or one reply per line on standard input"}, run: terminalOnly("score", cmdScore)},
		{name: "replay", args: []string{
			"[--scenario ID|FILE] [--lang nl|en] [--seed N] [--mode practice|relaxed|workshop]",
			"(--choose historical|best|1,2,… | --transcript FILE) [--worlds N] [--json]",
			"[--save [--player NAME]] [--data DIR] [--rubric FILE] [--scenarios PATH]..."},
			about: []string{"play a whole round without a window and print its report"}, run: terminalOnly("replay", cmdReplay)},
		{name: "results", about: []string{"the stored attempts; exports for trainers; merging them"},
			run: terminalOnly("results", cmdResults), sub: terminalSub(resultsCommands), note: resultsNote},
		{name: "serve", args: []string{
			"[--addr 127.0.0.1:8080] [--store PATH|postgres://…] [--secret S]",
			"[--dist DIR] [--tls-cert FILE --tls-key FILE] [--scenarios PATH]...",
			"[--trusted-proxy ADDR|CIDR]..."},
			about: []string{"a workshop in the browser with a trainer dashboard (game/workshop/README.md)"},
			run:   cmdServe},
		{name: "studio", args: []string{"[--scenarios DIR] [--addr 127.0.0.1:0] [--dist DIR] [--no-browser]",
			"[--rubric FILE]"},
			about: []string{"the scenario studio: write, check and try cases in the browser"}, run: cmdStudio},
	}
}

// runFunc runs a command.
type runFunc = func(args []string, stdin io.Reader, stdout, stderr io.Writer) int

// terminalOnly is run, except in the browser build, which runs only the
// game: there the commands for a terminal say so, and their code (scoring
// from the command line, replays, exports, the checker's report) is not
// linked into what every trainee's browser downloads (57 KB of gzip).
func terminalOnly(name string, run runFunc) runFunc {
	if browserBuild {
		return func(_ []string, _ io.Reader, _, stderr io.Writer) int {
			fmt.Fprintf(stderr, "webcaresim %s: not in the browser build\n", name)
			return 2
		}
	}
	return run
}

// terminalSub is a command's subcommands, none in the browser build.
func terminalSub(sub func() []command) []command {
	if browserBuild {
		return nil
	}
	return sub()
}

// synopsisColumn is where the description of a command starts.
const synopsisColumn = 32

// synopsis is the table as the usage and the README show it.
func synopsis(cmds []command, prefix string) string {
	var b strings.Builder
	for _, c := range cmds {
		b.WriteString(c.synopsis(prefix))
	}
	return b.String()
}

// synopsis is one command's entry in a synopsis: its arguments, continued
// under the first, then its description from synopsisColumn, on the same
// line when the arguments leave room.
func (c command) synopsis(prefix string) string {
	head := strings.TrimSpace(prefix + " " + c.name)
	var lines []string
	for i, arg := range c.argLines() {
		if i == 0 {
			lines = append(lines, head+" "+arg)
		} else {
			lines = append(lines, strings.Repeat(" ", len(head)+1)+arg)
		}
	}
	if len(lines) == 0 {
		lines = []string{head}
	}
	about := c.about
	if last := lines[len(lines)-1]; len(lines) == 1 && len([]rune(last)) < synopsisColumn-1 && len(about) > 0 {
		lines[0] = last + strings.Repeat(" ", synopsisColumn-len([]rune(last))) + about[0]
		about = about[1:]
	}
	for _, l := range about {
		lines = append(lines, strings.Repeat(" ", synopsisColumn)+l)
	}
	return strings.Join(lines, "\n") + "\n"
}

// argLines is the synopsis after the name: the subcommands' names for a
// command that has them.
func (c command) argLines() []string {
	if len(c.sub) == 0 {
		return c.args
	}
	var names []string
	for _, s := range c.sub {
		names = append(names, s.name)
	}
	return []string{strings.Join(names, "|")}
}

// usage is what webcaresim --help prints.
func usage() string {
	return "Webcare Simulator — train answering customers on social media.\n\nUsage:\n" +
		indent(synopsis(commandTable(), "webcaresim"), "  ") +
		"\nRun \"webcaresim COMMAND --help\" for the options of a command.\n"
}

// subUsage is what a command with subcommands prints for --help.
func (c command) subUsage() string {
	s := "Usage:\n" + indent(synopsis(c.sub, "webcaresim "+c.name), "  ")
	if c.note != "" {
		s += "\n" + c.note
	}
	return s
}

func indent(s, by string) string {
	return by + strings.ReplaceAll(strings.TrimSuffix(s, "\n"), "\n", "\n"+by) + "\n"
}

// find looks name up among cmds ("results list" looks into results).
func find(cmds []command, name string) (command, bool) {
	first, rest, nested := strings.Cut(name, " ")
	for _, c := range cmds {
		if c.name == first {
			if nested {
				return find(c.sub, rest)
			}
			return c, true
		}
	}
	return command{}, false
}

// dispatch runs the command args name among cmds; usage is printed for
// help and for a name that is not there.
func dispatch(cmds []command, what, usage string, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		if c, ok := find(cmds, ""); ok {
			return c.run(nil, stdin, stdout, stderr)
		}
		fmt.Fprint(stderr, usage)
		return 2
	}
	switch args[0] {
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return 0
	}
	if c, ok := find(cmds, args[0]); ok && args[0] != "" {
		return c.run(args[1:], stdin, stdout, stderr)
	}
	if strings.HasPrefix(args[0], "-") {
		// Options without a command are the bare command's ("webcaresim
		// --data DIR" opens the game on that folder, as play does).
		if c, ok := find(cmds, ""); ok {
			return c.run(args, stdin, stdout, stderr)
		}
	}
	fmt.Fprintf(stderr, "%s: unknown command %q\n\n%s", what, args[0], usage)
	return 2
}
