package main

import (
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/webcaresim/webcaresim/assets/i18n"
	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/scenarios"
)

// cmdReplay plays a whole round without a window and prints its report.
func cmdReplay(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("replay", stderr)
	ref := fs.String("scenario", "", "scenario id, or a scenario file (with --transcript: default the one the transcript names)")
	lang := fs.String("lang", "", "language of the scenario (nl or en; default: the transcript's, else Dutch if there is one)")
	seed := fs.Uint64("seed", 1, "seed of the crowd: the same seed gives the same round")
	choose := fs.String("choose", "", "historical, best, or the 1-based choices at each decision: 1,2,3")
	transcriptPath := fs.String("transcript", "", "a transcript file (JSON) with typed replies and their minutes")
	modeName := fs.String("mode", "practice", "practice, relaxed or workshop")
	player := fs.String("player", "", "the player's name in the report")
	asJSON := fs.Bool("json", false, "print the report as one JSON object")
	save := fs.Bool("save", false, "store the round in the results like a played one (see webcaresim results)")
	data := fs.String("data", "", "the results folder --save writes to (default: $WEBCARESIM_DATA or the user's configuration folder); its scenarios/ are offered too")
	rubricPath := fs.String("rubric", "", "use this rubric file instead of the built-in one")
	worlds := fs.Int("worlds", 0, "play the same replies at the same minutes over N worlds (seeds 1..N) beside the historical path, and print the endings and reach")
	var extra multiFlag
	fs.Var(&extra, "scenarios", "also load scenario files or folders (repeatable)")
	if fs.Parse(args) != nil {
		return 2
	}
	if (*choose == "") == (*transcriptPath == "") || *ref == "" && *transcriptPath == "" {
		fmt.Fprintln(stderr, "webcaresim replay: give exactly one of --choose (with --scenario) or --transcript")
		fs.Usage()
		return 2
	}
	mode, err := session.ParseMode(*modeName)
	if err != nil {
		fmt.Fprintln(stderr, "webcaresim replay:", err)
		return 2
	}
	rubric, err := loadRubric(*rubricPath)
	if err != nil {
		fmt.Fprintln(stderr, "webcaresim replay:", err)
		return 1
	}
	opts := session.Options{Seed: *seed, Mode: mode, Player: *player, Rubric: rubric}
	var transcript *session.Transcript
	if *transcriptPath != "" {
		if transcript, err = transcriptFor(fs, *transcriptPath, ref, lang, &opts); err != nil {
			fmt.Fprintln(stderr, "webcaresim replay:", err)
			return 1
		}
	}
	newStrategy, err := strategyFor(*choose, transcript)
	if err != nil {
		fmt.Fprintln(stderr, "webcaresim replay:", err)
		return 2
	}
	sc, err := findScenarioIn(*ref, *lang, func() scenarios.Set { return loadScenariosWith(*lang, *data, extra, stderr) })
	if err != nil && transcript != nil {
		err = fmt.Errorf("%s: %v", *transcriptPath, err) // the case may be the one the file names
	}
	if err != nil {
		fmt.Fprintln(stderr, "webcaresim replay:", err)
		return 1
	}
	if *worlds > 0 {
		return printWorlds(sc, *worlds, opts, newStrategy, *asJSON, stdout, stderr)
	}
	started := time.Now()
	s, err := session.Run(sc, opts, newStrategy())
	if err != nil {
		fmt.Fprintln(stderr, "webcaresim replay:", err)
		return 1
	}
	report := s.Report()
	if *save {
		if err := saveAttempt(*data, report, started, s.Done(), replaySource(*choose, *transcriptPath), stderr); err != nil {
			fmt.Fprintln(stderr, "webcaresim replay: --save:", err)
			return 1
		}
	}
	if err := writeReport(stdout, report, sc, *asJSON); err != nil {
		fmt.Fprintln(stderr, "webcaresim replay:", err)
		return 1
	}
	return 0
}

// replaySource says in a stored attempt how the round was played.
func replaySource(choose, transcriptPath string) string {
	if transcriptPath != "" {
		return "replay transcript"
	}
	return "replay " + choose
}

// writeReport prints the round's report in words, or as one JSON object.
func writeReport(stdout io.Writer, report session.Report, sc *scenarios.Scenario, asJSON bool) error {
	if !asJSON {
		printReport(stdout, report, sc)
		return nil
	}
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	return enc.Encode(report)
}

// readTranscript reads a transcript file. A file without "steps" is
// refused: a stored attempt (one object of `results export --format json`)
// names its scenario, language and seed but keeps its report, not its
// steps, and replaying it as steps nobody took gave a silent round, grade
// 1.0 "Ignored", for a round that was played (playtest 24, P24-11). An
// empty "steps" list is a round of silence, and replays as one.
func readTranscript(path string) (session.Transcript, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return session.Transcript{}, err
	}
	// Decoded once: a missing (or null) "steps" leaves Steps nil, an
	// empty list does not; "report" only says a stored attempt was given.
	var in struct {
		session.Transcript
		Report json.RawMessage `json:"report"`
	}
	if err := json.Unmarshal(data, &in); err != nil {
		return in.Transcript, fmt.Errorf("%s: %v", path, err)
	}
	if in.Steps == nil {
		if in.Report != nil {
			return in.Transcript, fmt.Errorf("%s is a stored attempt, not a transcript: it keeps the round's report, not its steps, so it cannot be replayed; a transcript lists the steps as {\"at\": minute, \"text\": …} or {\"at\": minute, \"choice\": n}", path)
		}
		return in.Transcript, fmt.Errorf("%s has no \"steps\": a transcript lists the round's steps as {\"at\": minute, \"text\": …} or {\"at\": minute, \"choice\": n} (\"steps\": [] replays a round of silence)", path)
	}
	return in.Transcript, nil
}

// printReport prints the report for a person: a trainer reads the ending's
// title, its kind and the mode in the report's language, not their ids. sc
// is the case played (nil when it is no longer loaded: the ids are shown).
func printReport(w io.Writer, r session.Report, sc *scenarios.Scenario) {
	en := r.Language == "en"
	l := func(nl, eng string) string {
		if en {
			return eng
		}
		return nl
	}
	lang := r.Language
	if lang != "en" {
		lang = "nl"
	}
	ending := fmt.Sprintf("%s (%s)", r.EndingName(sc), i18n.T(lang, "ending."+r.EndingKind))
	fmt.Fprintf(w, "%s — %s (seed %d, %s)\n\n", r.Scenario, r.Title, r.Seed, strings.ToLower(i18n.T(lang, "mode."+string(r.Mode))))
	speed := fmt.Sprintf("%.0f", r.Scores.Speed)
	if !r.Scores.SpeedScored {
		speed = "—"
	}
	fmt.Fprintf(w, "%s %.0f   %s %s   %s %.0f   %s %.0f   %s %s\n\n",
		l("Empathie", "Empathy"), r.Scores.Empathy, l("Snelheid", "Speed"), speed,
		l("De-escalatie", "De-escalation"), r.Scores.Deescalation, l("Totaal", "Overall"), r.Scores.Overall,
		l("Cijfer", "Grade"), r.Grade)
	for i, rep := range r.Replies {
		fmt.Fprintf(w, "%d. [%s] %s\n", i+1, clock(rep.Minute), replyText(rep))
		if rep.Public {
			fmt.Fprintf(w, "   %s %.0f  %s %.0f  %s %.0f\n", l("empathie", "empathy"), rep.Analysis.Empathy,
				l("de-escalatie", "de-escalation"), rep.Analysis.Deescalation, l("snelheid", "speed"), rep.Speed)
			for _, f := range rep.Analysis.Features {
				// The label is the finding in the report's language; the
				// id only where a finding has none.
				what := f.Label
				if what == "" {
					what = f.ID
				}
				line := fmt.Sprintf("   %+4.0f %s %s: %s", f.Points, l("op", "on"), dimensionName(f.Dimension, en), what)
				if f.Text != "" {
					line += fmt.Sprintf(" %q", f.Text)
				}
				fmt.Fprintln(w, line)
			}
		}
	}
	for _, f := range r.Facts {
		// The facts' Detail is the core's English, with decision ids: the
		// report says them in its own language, by the clock.
		detail := f.Detail
		switch {
		case f.What == "silence" && f.Pleased:
			detail = fmt.Sprintf(l("stilte vanaf %s: %.0f minuten geen antwoord aan een tevreden klant, tot de stilte het overnam (een gemiste kans, geen schade: telt als een antwoord dat niets doet, empathie %.0f en de-escalatie %.0f, en snelheid 0)",
				"silence from %s: no answer to a pleased customer for %.0f minutes, until silence took over (a missed chance, not a harm: counts as a reply that does nothing, empathy %.0f and de-escalation %.0f, and speed 0)"), clock(f.From), f.To-f.From, f.Empathy, f.Deescalation)
		case f.What == "silence":
			detail = fmt.Sprintf(l("stilte vanaf %s: %.0f minuten geen antwoord, tot de stilte het overnam (telt als empathie 0 en snelheid 0)",
				"silence from %s: no answer for %.0f minutes, until silence took over (counts as empathy 0 and speed 0)"), clock(f.From), f.To-f.From)
		case f.FailsRound():
			detail = i18n.T(lang, "debrief."+f.What, f.Quote, clock(f.From), fmt.Sprintf("%+.0f", f.Points))
		case f.What == "ending":
			detail = l("het einde: ", "the ending: ") + ending
			if r.TurnedFrom != "" {
				detail += ". " + r.TurnedText(lang, r.TurnedFromName(sc))
			}
		}
		fmt.Fprintf(w, "   %+4.0f %s\n", f.Points, detail)
	}
	printTrainerMarks(w, r)
	fmt.Fprintf(w, "\n%s: %s\n", l("Einde", "Ending"), ending)
	if after := r.AfterLastReply(lang); after != "" {
		fmt.Fprintln(w, after)
	}
	fmt.Fprintf(w, "%s %d, %s %d, %s %d, %s %.0f\n\n", l("berichten", "posts"), r.Posts,
		l("tegen jullie", "against you"), r.Negative, l("gedeeld (jouw antwoorden)", "shares of your replies"), r.Shares,
		l("piek ophef", "peak outrage"), r.PeakOut)
	fmt.Fprintln(w, l("Ophef per uur:", "Outrage by the hour:"))
	for _, p := range r.Curve {
		if int(p.Minute)%60 != 0 {
			continue
		}
		bar := strings.Repeat("█", int(p.Outrage/4))
		fmt.Fprintf(w, "  %6s %5d %5.0f %s\n", clock(p.Minute), p.Posts, p.Outrage, bar)
	}
}

func replyText(r session.Reply) string {
	switch {
	case r.Action != "" && r.Text == "":
		return "(" + r.Action + ") " + r.Note
	case r.Action != "":
		return "(" + r.Action + ") " + r.Text
	}
	return r.Text
}

// clock formats scenario minutes as "1d 02:05" or "02:05".
func clock(m float64) string {
	total := int(m)
	d, h, mm := total/1440, (total%1440)/60, total%60
	if d > 0 {
		return fmt.Sprintf("%dd %02d:%02d", d, h, mm)
	}
	return fmt.Sprintf("%02d:%02d", h, mm)
}

// strategyFor turns --choose or --transcript into a maker of fresh
// strategies (a transcript's strategy keeps its place, so every world needs
// its own).
func strategyFor(choose string, t *session.Transcript) (func() session.Strategy, error) {
	switch {
	case t != nil:
		return func() session.Strategy { return &session.FromTranscript{Steps: t.Steps} }, nil
	case choose == "historical":
		return func() session.Strategy { return session.Historical{} }, nil
	case choose == "best":
		return func() session.Strategy { return session.Best{} }, nil
	}
	var picks session.Choices
	for _, part := range strings.Split(choose, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(part))
		if err != nil || n < 1 {
			return nil, fmt.Errorf("--choose %q: want historical, best or numbers like 1,2,3", choose)
		}
		picks = append(picks, n)
	}
	return func() session.Strategy { return picks }, nil
}

// printWorlds plays the strategy and the historical path over n worlds and
// prints how they ended and how far the story reached.
func printWorlds(sc *scenarios.Scenario, n int, opts session.Options, newStrategy func() session.Strategy,
	asJSON bool, stdout, stderr io.Writer) int {
	rep := session.WorldsReport{Scenario: sc.ID, Language: sc.Language}
	var err error
	if rep.Yours, err = session.PlayWorlds(sc, n, opts, newStrategy); err == nil {
		h, herr := session.PlayWorlds(sc, n, opts, func() session.Strategy { return session.Historical{} })
		rep.Historical, err = &h, herr
	}
	if err != nil {
		fmt.Fprintln(stderr, "webcaresim replay:", err)
		return 1
	}
	if asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(rep); err != nil {
			fmt.Fprintln(stderr, "webcaresim replay:", err)
			return 1
		}
		return 0
	}
	l := func(nl, en string) string {
		if sc.Language == "en" {
			return en
		}
		return nl
	}
	line := func(who string, w session.WorldsSummary) {
		fmt.Fprintf(stdout, l("%-14s een slecht einde in %d van %d werelden; hitte %g of meer (de storm van de meter) in %d; bereik p10 %s, mediaan %s, p90 %s\n",
			"%-14s a bad ending in %d of %d worlds; heat %g or more (the meter's storm) in %d; reach p10 %s, median %s, p90 %s\n"),
			who, w.Storm, w.Worlds, float64(session.StormHeat), w.HeatStorm,
			i18n.Number(int(w.Reach.P10+0.5), sc.Language), i18n.Number(int(w.Reach.Median+0.5), sc.Language), i18n.Number(int(w.Reach.P90+0.5), sc.Language))
		for _, id := range slices.Sorted(maps.Keys(w.Endings)) {
			fmt.Fprintf(stdout, "%-14s   %-34s %d\n", "", w.EndingName(sc, id), w.Endings[id])
		}
	}
	line(l("deze antwoorden", "these replies"), rep.Yours)
	line(l("historisch", "historical"), *rep.Historical)
	return 0
}

// dimensionName is a score's name in the report's language.
func dimensionName(dim string, en bool) string {
	names := map[string][2]string{"empathy": {"empathie", "empathy"}, "deescalation": {"de-escalatie", "de-escalation"}}
	n, ok := names[dim]
	if !ok {
		return dim
	}
	if en {
		return n[1]
	}
	return n[0]
}
