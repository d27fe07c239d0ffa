package main

import (
	"fmt"
	"io"

	"github.com/webcaresim/webcaresim/assets/i18n"
	"github.com/webcaresim/webcaresim/scenarios"
)

// cmdCheck validates scenario files: one line per problem as
// "FILE:LINE: field: problem"; exit 0 when every file is valid, 1 otherwise.
// Warnings (such as a missing translation) are printed but do not fail.
func cmdCheck(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("check", stderr)
	lang := fs.String("lang", "en", "language of the messages: nl or en")
	if fs.Parse(args) != nil {
		return 2
	}
	var set scenarios.Set
	if fs.NArg() == 0 {
		set = scenarios.Builtin()
	} else {
		set = scenarios.Load(fs.Args()...)
	}
	if *lang != "nl" {
		*lang = "en"
	}
	for _, p := range set.Problems {
		fmt.Fprintln(stdout, problemLine(*lang, p))
	}
	if errs := len(set.Errors()); errs > 0 {
		fmt.Fprintln(stderr, i18n.T(*lang, "cli.check.problems", errs, len(set.Scenarios)))
		return 1
	}
	fmt.Fprintln(stderr, i18n.T(*lang, "cli.check.valid", len(set.Scenarios)))
	return 0
}

// problemLine is a problem as "FILE:LINE: field: message" in lang.
func problemLine(lang string, p scenarios.Problem) string {
	p.Message = i18n.CheckerText(lang, p.Format, p.Args, p.Message)
	if p.Warning {
		p.Warning = false
		p.Message = i18n.T(lang, "cli.check.warning", p.Message)
	}
	return p.String()
}
