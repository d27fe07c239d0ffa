package main

import (
	"flag"
	"fmt"
	"io"
	"strings"

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

// transcriptFor reads the transcript at path and takes from it what the
// command line left open: the scenario and language, the seed, mode and
// player.
func transcriptFor(fs *flag.FlagSet, path string, ref, lang *string, opts *session.Options) (*session.Transcript, error) {
	t, err := readTranscript(path)
	if err == nil {
		*ref, *lang, err = scenarioOfTranscript(path, t, *ref, *lang)
	}
	if err != nil {
		return nil, err
	}
	*opts = fromTranscript(fs, t, *opts)
	return &t, nil
}

// scenarioOfTranscript is the scenario and language a transcript replays:
// those given on the command line, else the ones the transcript names (a
// transcript records the round of one case in one language, so retyping
// them is only needed to replay it against another file).
func scenarioOfTranscript(path string, t session.Transcript, ref, lang string) (string, string, error) {
	if ref == "" {
		ref = strings.TrimSpace(t.Scenario)
		if ref == "" {
			return "", "", fmt.Errorf("%s names no scenario (its \"scenario\" is empty): give --scenario ID or FILE", path)
		}
	}
	if lang == "" && t.Language != "" {
		if t.Language != "nl" && t.Language != "en" {
			return "", "", fmt.Errorf("%s: its language %q is neither nl nor en: give --lang", path, t.Language)
		}
		lang = t.Language
	}
	return ref, lang, nil
}

// printTrainerMarks lists what the workshop's trainer did in the round.
func printTrainerMarks(w io.Writer, r session.Report) {
	for _, m := range r.Trainer {
		fmt.Fprintf(w, "   [%s] %s\n", clock(m.Minute), m.Note)
	}
}
