package main

import (
	"fmt"
	"io"

	"github.com/webcaresim/webcaresim/scenarios"
)

// cmdCheck validates scenario files: one line per problem as
// "FILE:LINE: field: problem"; exit 0 when every file is valid, 1 otherwise.
// Warnings (such as a missing translation) are printed but do not fail.
func cmdCheck(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("check", stderr)
	if fs.Parse(args) != nil {
		return 2
	}
	var set scenarios.Set
	if fs.NArg() == 0 {
		set = scenarios.Builtin()
	} else {
		set = scenarios.Load(fs.Args()...)
	}
	for _, p := range set.Problems {
		fmt.Fprintln(stdout, p)
	}
	if errs := len(set.Errors()); errs > 0 {
		fmt.Fprintf(stderr, "%d problem(s); %d scenario(s) valid\n", errs, len(set.Scenarios))
		return 1
	}
	fmt.Fprintf(stderr, "%d scenario(s) valid\n", len(set.Scenarios))
	return 0
}
