package main

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// The README's synopsis is the command table's: a command added, renamed
// or given a new option shows in both or the test fails.
func TestReadmeSynopsisIsTheCommandTable(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, section, ok := strings.Cut(string(readme), "\n## Commands\n")
	if !ok {
		t.Fatal(`README.md has no "## Commands" section`)
	}
	_, block, ok := strings.Cut(section, "```\n")
	block, _, closed := strings.Cut(block, "```")
	if !ok || !closed {
		t.Fatal(`the "## Commands" section has no code block`)
	}
	want := synopsis(commandTable(), "webcaresim")
	if block != want {
		t.Errorf("README's synopsis differs from the command table; the table gives:\n%s\nthe README has:\n%s", want, block)
	}
}

// Every command is dispatched, and its --help shows the table's synopsis,
// which names every option the command takes.
func TestEveryCommandHelpMatchesItsOptions(t *testing.T) {
	var names []string
	for _, c := range commandTable() {
		for _, s := range c.sub {
			names = append(names, c.name+" "+s.name)
		}
		if c.name != "" && len(c.sub) == 0 {
			names = append(names, c.name)
		}
	}
	flagLine := regexp.MustCompile(`(?m)^  -([a-z-]+)`)
	for _, name := range names {
		args := append(strings.Fields(name), "--help")
		_, _, errs := runCmd(t, "", args...)
		c, _ := find(commandTable(), name)
		syn := strings.Join(c.argLines(), " ")
		if !strings.HasPrefix(errs, "Usage: webcaresim "+name+" "+syn+"\n") {
			t.Errorf("%s --help starts %q, want the table's synopsis %q", name, firstLine(errs), syn)
		}
		for _, m := range flagLine.FindAllStringSubmatch(errs, -1) {
			if !strings.Contains(syn, "--"+m[1]+" ") && !strings.Contains(syn, "--"+m[1]+"]") {
				t.Errorf("%s takes --%s, which its synopsis does not name: %s", name, m[1], syn)
			}
		}
	}
}

// A name that is not a command says so and lists the commands.
func TestUnknownCommandShowsUsage(t *testing.T) {
	for _, args := range [][]string{{"plya"}, {"results", "lsit"}} {
		code, _, errs := runCmd(t, "", args...)
		if code != 2 || !strings.Contains(errs, `unknown command "`+args[len(args)-1]+`"`) || !strings.Contains(errs, "Usage:") {
			t.Errorf("%v: exit %d, %q; want 2, the unknown name and the usage", args, code, firstLine(errs))
		}
	}
	code, out, _ := runCmd(t, "", "--help")
	if code != 0 || !strings.Contains(out, synopsis(commandTable(), "webcaresim")[:40]) {
		t.Errorf("--help: exit %d, want 0 and the synopsis:\n%s", code, out)
	}
}

func firstLine(s string) string {
	l, _, _ := strings.Cut(s, "\n")
	return l
}
