package main

import (
	"fmt"
	"io"

	"github.com/webcaresim/webcaresim/game"
	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/scenarios"
)

// openGame opens the game window: on the title screen, or with --scenario
// straight into a round.
func openGame(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("play", "[--scenario ID|FILE] [--lang nl|en] [--seed N] [--mode practice|relaxed|workshop] [--player NAME]", stderr)
	ref := fs.String("scenario", "", "scenario id or .toml file to open directly")
	lang := fs.String("lang", "nl", "language of the window and the scenario: nl or en")
	seed := fs.Uint64("seed", 0, "seed of the round (0: a new one each round)")
	modeName := fs.String("mode", "practice", "practice, relaxed (no clock, speed not scored) or workshop")
	player := fs.String("player", "", "the player's name")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *lang != "nl" && *lang != "en" {
		fmt.Fprintf(stderr, "webcaresim play: --lang must be nl or en, not %q\n", *lang)
		return 2
	}
	mode, err := session.ParseMode(*modeName)
	if err != nil {
		fmt.Fprintf(stderr, "webcaresim play: %v\n", err)
		return 2
	}
	set := loadScenarios(nil, stderr)
	opts := game.Options{Lang: *lang, Player: *player, Mode: mode, Seed: *seed}
	if *ref != "" {
		sc, err := findScenario(*ref, *lang, nil, stderr)
		if err != nil {
			fmt.Fprintf(stderr, "webcaresim play: %v\n", err)
			return 2
		}
		// A scenario from a file goes first, so it wins over a built-in
		// with the same id.
		set = scenarios.Set{Scenarios: append([]*scenarios.Scenario{sc}, set.Scenarios...)}
		opts.Scenario = sc.ID
	}
	opts.Set = &set
	if err := game.Run(opts); err != nil {
		fmt.Fprintf(stderr, "webcaresim: the window could not open: %v\n", err)
		return 1
	}
	return 0
}
