package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode"

	"github.com/webcaresim/webcaresim/assets/i18n"
	"github.com/webcaresim/webcaresim/game/progress"
	"github.com/webcaresim/webcaresim/game/session"
)

// resultsCommands are the subcommands of results.
func resultsCommands() []command {
	return []command{
		{name: "list", args: []string{"[--player NAME] [--scenario ID] [--since DATE] [--lang nl|en] [--json] [--data DIR]"},
			about: []string{"the stored attempts and, per scenario, best and trend"}, run: cmdResultsList},
		{name: "export", args: []string{"[--format csv|replies|json] [--excel] [--player NAME]",
			"[--scenario ID] [--since DATE] [--out FILE] [--data DIR]"},
			about: []string{"for trainers: CSV (one row per attempt), replies (CSV,",
				"one row per reply: text, minute, speed, scores) or JSON",
				"(everything, every reply included)"}, run: cmdResultsExport},
		{name: "import", args: []string{"[--data DIR] FILE..."},
			about: []string{"merge JSON exports or attempts.jsonl files of other",
				"laptops into this store; importing twice adds nothing"}, run: cmdResultsImport},
	}
}

// resultsNote ends the usage of results.
const resultsNote = `Every command takes --data DIR (default: $WEBCARESIM_DATA, else the
webcaresim folder in the user's configuration folder). DATE is 2026-11-22,
2026-11-22T14:00 (local time) or an RFC 3339 time.
`

// cmdResults runs "webcaresim results ...".
func cmdResults(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	c, _ := find(commandTable(), "results")
	return dispatch(c.sub, "webcaresim results", c.subUsage(), args, stdin, stdout, stderr)
}

// selection is the flags that choose attempts.
type selection struct {
	data, player, scenario, since *string
}

func selectionFlags(fs *flag.FlagSet) selection {
	return selection{
		data:     fs.String("data", "", "the results folder (default: $WEBCARESIM_DATA or the user's configuration folder)"),
		player:   fs.String("player", "", "only this player (case does not matter)"),
		scenario: fs.String("scenario", "", "only this scenario id (or id/language)"),
		since:    fs.String("since", "", "only attempts started on or after DATE (2026-11-22, local time)"),
	}
}

func (s selection) filter() (progress.Filter, error) {
	f := progress.Filter{Player: *s.player, Scenario: *s.scenario}
	if *s.since != "" {
		t, err := parseDate(*s.since)
		if err != nil {
			return f, err
		}
		f.Since = t
	}
	return f, nil
}

// parseDate reads a day or a time, local unless a zone is given.
func parseDate(s string) (time.Time, error) {
	for _, layout := range []string{"2006-01-02", "2006-01-02T15:04", "2006-01-02 15:04", "2006-01-02T15:04:05"} {
		if t, err := time.ParseInLocation(layout, s, time.Local); err == nil {
			return t, nil
		}
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	return time.Time{}, errors.New(i18n.T(envLang(), "cli.results.bad_date", s))
}

// openResults opens the store in dir, or in the default folder.
func openResults(dir string, stderr io.Writer) (*progress.Store, error) {
	if dir == "" {
		var err error
		if dir, err = progress.DefaultDir(); err != nil {
			return nil, err
		}
	}
	s, err := progress.Open(dir)
	if err != nil {
		return nil, err
	}
	for _, side := range s.Repaired() {
		fmt.Fprintln(stderr, i18n.T(envLang(), "cli.results.moved_aside", side))
	}
	recoverRounds(s, dir, stderr)
	return s, nil
}

// recoverRounds stores the rounds a stopped game left in checkpoints as
// interrupted attempts (as the game does when it next starts), so a
// trainer's list or export holds them, and says so.
func recoverRounds(s *progress.Store, dir string, stderr io.Writer) {
	lang := envLang()
	set := loadScenariosWith(lang, dir, nil, io.Discard)
	got, problems, err := progress.Recover(s, set.Find)
	for _, a := range got {
		if a.Interrupted == nil {
			fmt.Fprintln(stderr, i18n.T(lang, "cli.results.played_out", a.Key(), a.Started.Local().Format("2006-01-02 15:04"), a.Player))
			continue
		}
		fmt.Fprintln(stderr, i18n.T(lang, "cli.results.stored_unfinished", a.Key(), a.Started.Local().Format("2006-01-02 15:04"),
			a.Player, len(a.Interrupted.Steps)))
		if a.Interrupted.Torn {
			fmt.Fprintln(stderr, i18n.T(lang, "cli.results.torn"))
		}
		if a.Interrupted.NotReplayed != "" {
			fmt.Fprintln(stderr, i18n.T(lang, "cli.results.not_replayed", a.Interrupted.NotReplayed))
		}
	}
	for _, p := range problems {
		fmt.Fprintln(stderr, i18n.T(lang, "cli.results.warning", p))
	}
	if err != nil {
		fmt.Fprintln(stderr, i18n.T(lang, "cli.results.warning", err))
	}
}

// listAttempts opens the store and lists the selected attempts, printing
// damaged records as warnings.
func listAttempts(sel selection, stderr io.Writer) ([]progress.Attempt, error) {
	f, err := sel.filter()
	if err != nil {
		return nil, err
	}
	s, err := openResults(*sel.data, stderr)
	if err != nil {
		return nil, err
	}
	defer closeResults(s, stderr)
	as, problems, err := s.List(f)
	for _, p := range problems {
		fmt.Fprintln(stderr, i18n.T(envLang(), "cli.results.warning", p))
	}
	return as, err
}

func cmdResultsList(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("results list", stderr)
	sel := selectionFlags(fs)
	asJSON := fs.Bool("json", false, "print the attempts and the summaries as JSON")
	lang := fs.String("lang", "", "language of the endings' titles: nl or en (default: each attempt's own, as its player read it)")
	if fs.Parse(args) != nil {
		return 2
	}
	as, err := listAttempts(sel, stderr)
	if err != nil {
		fmt.Fprintln(stderr, "webcaresim results list:", err)
		return 1
	}
	as = progress.WithoutResumed(as) // a round resumed after an interruption is one attempt
	sums := progress.Summaries(as)
	if *asJSON {
		err = writeListJSON(stdout, as, sums)
	} else {
		set := loadScenariosWith(envLang(), *sel.data, nil, stderr)
		msgLang := *lang
		if msgLang != "nl" && msgLang != "en" {
			msgLang = envLang()
		}
		err = printList(stdout, msgLang, as, sums, func(a progress.Attempt) string { return endingTitle(set, a, *lang) })
	}
	if err != nil {
		fmt.Fprintln(stderr, "webcaresim results list:", err)
		return 1
	}
	return 0
}

func cmdResultsExport(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("results export", stderr)
	sel := selectionFlags(fs)
	format := fs.String("format", "csv", "csv (one row per attempt, for a spreadsheet), replies (CSV, one row per reply: its text, minute, speed and scores) or json (full attempts with every reply, for import)")
	excel := fs.Bool("excel", false, "CSV for Excel with Dutch settings: semicolons, decimal commas, a UTF-8 byte order mark")
	out := fs.String("out", "", "write to FILE instead of standard output")
	if fs.Parse(args) != nil {
		return 2
	}
	if *format != "csv" && *format != "json" && *format != "replies" {
		fmt.Fprintln(stderr, i18n.T(envLang(), "cli.results.bad_format", *format))
		return 2
	}
	as, err := listAttempts(sel, stderr)
	if err != nil {
		fmt.Fprintln(stderr, "webcaresim results export:", err)
		return 1
	}
	write := func(w io.Writer) error {
		switch *format {
		case "json":
			return progress.WriteJSON(w, as, time.Now())
		case "replies":
			return progress.WriteReplyCSV(w, as, time.Local, progress.CSVOptions{Excel: *excel})
		}
		return progress.WriteCSVWith(w, as, time.Local, progress.CSVOptions{Excel: *excel})
	}
	if *out == "" {
		err = write(stdout)
	} else {
		err = writeFileAtomic(*out, write)
	}
	if err != nil {
		fmt.Fprintln(stderr, "webcaresim results export:", err)
		return 1
	}
	if *out != "" {
		fmt.Fprintln(stderr, i18n.T(envLang(), "cli.results.written", len(as), *out))
	}
	return 0
}

// writeFileAtomic writes a file through a temporary file in the same folder
// and a rename, so an interrupted export never leaves half a file.
func writeFileAtomic(path string, write func(io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return err
	}
	err = write(tmp)
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		// The half-written temporary file goes; the error that stopped
		// the export is the one to report.
		_ = os.Remove(tmp.Name())
	}
	return err
}

// closeResults closes the attempt store, reporting a failure: what was
// saved is already synced, so it is a warning.
func closeResults(s *progress.Store, stderr io.Writer) {
	if err := s.Close(); err != nil {
		fmt.Fprintln(stderr, i18n.T(envLang(), "cli.results.not_closed", err))
	}
}

func cmdResultsImport(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("results import", stderr)
	data := fs.String("data", "", "the results folder (default: $WEBCARESIM_DATA or the user's configuration folder)")
	if fs.Parse(args) != nil {
		return 2
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, i18n.T(envLang(), "cli.results.import_needs_files"))
		fs.Usage()
		return 2
	}
	s, err := openResults(*data, stderr)
	if err != nil {
		fmt.Fprintln(stderr, "webcaresim results import:", err)
		return 1
	}
	defer closeResults(s, stderr)
	status := 0
	for _, name := range fs.Args() {
		f, err := os.Open(name)
		if err != nil {
			fmt.Fprintln(stderr, "webcaresim results import:", err)
			status = 1
			continue
		}
		as, problems, err := progress.ReadExport(f, name)
		_ = f.Close() // read to the end already; a close error loses nothing
		for _, p := range problems {
			fmt.Fprintln(stderr, i18n.T(envLang(), "cli.results.not_imported", p))
		}
		if err != nil {
			fmt.Fprintln(stderr, "webcaresim results import:", err)
			status = 1
			continue
		}
		added, err := s.Import(as)
		if err != nil {
			fmt.Fprintf(stderr, "webcaresim results import: %s: %v\n", name, err)
			status = 1
			continue
		}
		fmt.Fprintln(stdout, i18n.T(envLang(), "cli.results.imported", name, added, len(as)-added))
	}
	return status
}

// saveAttempt stores a round played without a window (replay --save) like
// one played in the game.
func saveAttempt(dir string, r session.Report, started time.Time, finished bool, source string, stderr io.Writer) error {
	s, err := openResults(dir, stderr)
	if err != nil {
		return err
	}
	defer closeResults(s, stderr)
	a := progress.New(r, started, time.Now(), finished, source)
	if err := s.Save(a); err != nil {
		return err
	}
	fmt.Fprintln(stderr, i18n.T(envLang(), "cli.results.saved", a.ID, s.Dir()))
	return nil
}

// decimal1 writes a score with one decimal as lang writes it: 7,5 in
// Dutch, 7.5 in English.
func decimal1(v float64, lang string) string {
	return i18n.DecimalPoint(fmt.Sprintf("%.1f", v), lang)
}

// printable makes a stored text safe for one line of a terminal: line breaks,
// tabs and control characters (escape sequences) become spaces, and bidi
// overrides are dropped so a name cannot reorder the rest of the line.
// Right-to-left letters and emoji (with their joiners) are kept.
func printable(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case unicode.IsControl(r) || r == '\u2028' || r == '\u2029':
			return ' '
		case r >= '\u202a' && r <= '\u202e' || r >= '\u2066' && r <= '\u2069':
			return -1
		}
		return r
	}, s)
}
