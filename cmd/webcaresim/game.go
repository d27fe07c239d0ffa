package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"strings"

	"github.com/webcaresim/webcaresim/assets/i18n"
	"github.com/webcaresim/webcaresim/game"
	"github.com/webcaresim/webcaresim/game/progress"
	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/scenarios"
)

// openGame opens the game window: on the title screen, or with --scenario
// straight into a round.
func openGame(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("play", stderr)
	ref := fs.String("scenario", "", "scenario id or .toml file to open directly")
	lang := fs.String("lang", "nl", "language of the window and the scenario: nl or en")
	seed := fs.Uint64("seed", 0, "seed of the round (0: a new one each round)")
	modeName := fs.String("mode", "practice", "practice, relaxed (no clock, speed not scored) or workshop")
	player := fs.String("player", "", "the player's name")
	watchFile := fs.Bool("watch", false, "with --scenario FILE: restart the round whenever the file is saved, and show its problems when it does not load")
	serverURL := fs.String("server", "", "report every round to the workshop server at URL (webcaresim serve)")
	code := fs.String("code", "", "with --server: the workshop's code (default: the w= or code= of the URL)")
	data := fs.String("data", "", "the results folder (default: $WEBCARESIM_DATA or the user's configuration folder); its scenarios/ are offered too")
	var extra multiFlag
	fs.Var(&extra, "scenarios", "also offer scenario files or folders (repeatable)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *lang != "nl" && *lang != "en" {
		fmt.Fprintln(stderr, i18n.T(envLang(), "cli.play.bad_lang", *lang))
		return 2
	}
	mode, err := session.ParseMode(*modeName)
	if err != nil {
		fmt.Fprintln(stderr, i18n.T(*lang, "cli.play.bad_mode", *modeName))
		return 2
	}
	if *watchFile && !strings.HasSuffix(*ref, ".toml") {
		fmt.Fprintln(stderr, i18n.T(*lang, "cli.play.watch_needs_file"))
		return 2
	}
	set := loadScenariosWith(*lang, *data, extra, stderr)
	opts := game.Options{Lang: *lang, Player: *player, Mode: mode, Seed: *seed}
	if !flagGiven(fs, "lang") {
		// The window comes back in the language last chosen on its title
		// screen (the data folder's settings), Dutch the first time.
		opts.Lang = ""
	}

	joinPageWorkshop(&opts, &set)
	// The studio's "try it now" page hands the game the case being edited.
	studioPage(&opts, &set)
	if *serverURL != "" {
		srv, wcode, err := workshopAddress(*lang, *serverURL, *code)
		if err != nil {
			fmt.Fprintf(stderr, "webcaresim play: %v\n", err)
			return 2
		}
		opts.Workshop = game.NewWorkshop(srv, wcode)
	}

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	if *ref != "" {
		sc, err := findScenarioIn(*ref, *lang, func() scenarios.Set { return set })
		switch {
		case err != nil && !*watchFile:
			fmt.Fprintf(stderr, "webcaresim play: %v\n", err)
			return 2
		case err == nil:
			// A scenario from a file goes first, so it wins over a
			// built-in with the same id.
			set = scenarios.Set{Scenarios: append([]*scenarios.Scenario{sc}, set.Scenarios...)}
			opts.Scenario = sc.ID
		}
		if *watchFile {
			// Each save restarts the round; a broken file (now or after
			// a save) shows its problems in the window until it is fixed.
			opts.Reload = game.WatchScenario(ctx, *ref, 0, err != nil)
		}
	}
	opts.Set = &set

	defer keepResults(&opts, *data, stderr)()
	if err := game.Run(opts); err != nil {
		fmt.Fprintln(stderr, i18n.T(*lang, "cli.play.no_window", err))
		return 1
	}
	return 0
}

// joinPageWorkshop makes a round of the browser's workshop page report to
// its workshop, with the player's name and language from the page.
func joinPageWorkshop(opts *game.Options, set *scenarios.Set) {
	report, name, pageLang, ok := game.PageWorkshop()
	if !ok {
		return
	}
	opts.Report = report
	if opts.Player == "" {
		opts.Player = name
	}
	if pageLang == "nl" || pageLang == "en" {
		opts.Lang = pageLang
	}
	workshopPage(opts, set)
}

// keepResults opens the attempt store in data (default: the user's
// configuration folder) as the game's store and returns what closes it.
// A store that cannot open is reported: the game still runs, keeping
// nothing.
func keepResults(opts *game.Options, data string, stderr io.Writer) (closeStore func()) {
	lang := opts.Lang
	if lang == "" {
		lang = "nl" // play's default, before the remembered language is read
	}
	dir, err := data, error(nil)
	if dir == "" {
		dir, err = progress.DefaultDir()
	}
	var st *progress.Store
	if err == nil {
		st, err = progress.Open(dir)
	}
	if err != nil {
		fmt.Fprintln(stderr, i18n.T(lang, "cli.results.not_kept", err))
		return func() {}
	}
	opts.Store = st
	if opts.Workshop != nil {
		opts.Workshop.KeepJoinIn(dir) // a restarted game goes on as the same trainee
	}
	if opts.ImageDir == "" {
		// The debrief's score cards go beside the results they belong to,
		// so --data keeps a trainer's laptop or a test run in one folder.
		opts.ImageDir = filepath.Join(dir, "images")
	}
	return func() {
		if err := st.Close(); err != nil {
			fmt.Fprintln(stderr, i18n.T(lang, "cli.results.not_closed", err))
		}
	}
}

// workshopAddress splits --server and --code into the server's base URL
// and the workshop code; the code may come with the URL the trainer
// shares ("http://host:8080/?w=K7P2QX").
func workshopAddress(lang, raw, code string) (string, string, error) {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return "", "", errors.New(i18n.T(lang, "cli.play.bad_server", raw))
	}
	if code == "" {
		code = u.Query().Get("w")
	}
	if code == "" {
		code = u.Query().Get("code")
	}
	if strings.TrimSpace(code) == "" {
		return "", "", errors.New(i18n.T(lang, "cli.play.no_code"))
	}
	u.RawQuery, u.Fragment = "", ""
	u.Path = strings.TrimRight(u.Path, "/")
	return u.String(), strings.TrimSpace(code), nil
}
