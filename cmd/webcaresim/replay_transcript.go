package main

import (
	"flag"
	"fmt"
	"io"

	"github.com/webcaresim/webcaresim/game/session"
)

// fromTranscript takes the seed, mode and player of a recorded round from
// its transcript unless they were given on the command line: a workshop
// round replays as it was played without retyping them.
func fromTranscript(fs *flag.FlagSet, t session.Transcript, opts session.Options) session.Options {
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	if !set["seed"] && t.Seed != 0 {
		opts.Seed = t.Seed
	}
	if !set["mode"] && t.Mode != "" {
		opts.Mode = t.Mode
	}
	if !set["player"] && t.Player != "" {
		opts.Player = t.Player
	}
	return opts
}

// printTrainerMarks lists what the workshop's trainer did in the round.
func printTrainerMarks(w io.Writer, r session.Report) {
	for _, m := range r.Trainer {
		fmt.Fprintf(w, "   [%s] %s\n", clock(m.Minute), m.Note)
	}
}
