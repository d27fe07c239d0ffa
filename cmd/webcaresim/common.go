package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/webcaresim/webcaresim/assets/i18n"
	"github.com/webcaresim/webcaresim/game/progress"
	"github.com/webcaresim/webcaresim/scenarios"
	"github.com/webcaresim/webcaresim/scoring"
)

// newFlags makes a flag set for the command name (as in the command
// table, "results list" for a subcommand) that prints its errors and
// usage, the table's synopsis, to stderr.
func newFlags(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	c, _ := find(commandTable(), name)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: webcaresim %s %s\n", name, strings.Join(c.argLines(), " "))
		fs.PrintDefaults()
	}
	return fs
}

// loadRubric returns the embedded rubric, or the user's file when given.
func loadRubric(path string) (*scoring.Rubric, error) {
	if path == "" {
		return scoring.Default(), nil
	}
	return scoring.LoadFile(path)
}

// loadScenarios returns the built-in scenarios plus those in the data
// folder's scenarios/ (where the studio saves cases) and in extra paths
// (files or folders); problems are printed as warnings, the rest still load.
func loadScenarios(extra []string, stderr io.Writer) scenarios.Set {
	return loadScenariosWith(envLang(), "", extra, stderr)
}

// userScenarios is the data folder's scenarios/ when it exists: dataDir,
// else the default data folder.
func userScenarios(dataDir string) string {
	if dataDir == "" {
		d, err := progress.DefaultDir()
		if err != nil {
			return ""
		}
		dataDir = d
	}
	dir := filepath.Join(dataDir, "scenarios")
	if info, err := os.Stat(dir); err != nil || !info.IsDir() {
		return ""
	}
	return dir
}

// loadScenariosWith is loadScenarios with the data folder given (play --data).
func loadScenariosWith(lang, dataDir string, extra []string, stderr io.Writer) scenarios.Set {
	set := scenarios.BuiltinForPlay()
	if dir := userScenarios(dataDir); dir != "" {
		extra = append([]string{dir}, extra...)
	}
	if len(extra) > 0 {
		set = set.Merge(scenarios.Load(extra...))
	}
	for _, p := range set.Errors() {
		fmt.Fprintln(stderr, i18n.T(lang, "cli.scenario.skipped", problemLine(lang, p)))
	}
	return set
}

// findScenarioIn resolves --scenario: an id (with --lang) among the
// scenarios load gives, or a file path. It calls load only when ref is not
// a scenario file: a command that has loaded them already passes them on
// rather than loading them twice.
func findScenarioIn(ref, lang string, load func() scenarios.Set) (*scenarios.Scenario, error) {
	if strings.HasSuffix(ref, ".toml") {
		if _, err := os.Stat(ref); err == nil {
			set := scenarios.Load(ref)
			if errs := set.Errors(); len(errs) > 0 {
				var b strings.Builder
				for _, p := range errs {
					b.WriteString("\n  " + problemLine(lang, p))
				}
				return nil, errors.New(i18n.T(lang, "cli.scenario.broken", ref, b.String()))
			}
			if len(set.Scenarios) == 1 {
				return set.Scenarios[0], nil
			}
		}
	}
	set := load()
	if sc, ok := set.Find(ref, lang); ok {
		return sc, nil
	}
	var ids []string
	for _, sc := range set.Scenarios {
		ids = append(ids, sc.Key())
	}
	return nil, errors.New(i18n.T(lang, "cli.scenario.unknown", ref, strings.Join(ids, ", ")))
}

type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }

// envLang is the language of the messages of a command that has no --lang
// of its own, or before its --lang is known to be valid: Dutch where the
// user's locale is Dutch ($LC_ALL, $LC_MESSAGES or $LANG), else English.
func envLang() string {
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if l := os.Getenv(v); l != "" {
			if strings.HasPrefix(l, "nl") {
				return "nl"
			}
			return "en"
		}
	}
	return "en"
}

// flagGiven reports whether the flag name was given on the command line
// (not left at its default).
func flagGiven(fs *flag.FlagSet, name string) bool {
	given := false
	fs.Visit(func(f *flag.Flag) { given = given || f.Name == name })
	return given
}
