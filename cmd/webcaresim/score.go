package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strings"

	"github.com/webcaresim/webcaresim/assets/i18n"
	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/scoring"
)

// cmdScore analyses replies: one given as argument, or one per line on
// standard input.
func cmdScore(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("score", stderr)
	lang := fs.String("lang", "nl", "language of the reply: nl or en")
	asJSON := fs.Bool("json", false, "one JSON object per reply on its own line")
	explain := fs.Bool("explain", false, "explain each feature, what is missing and the scores")
	post := fs.String("post", "", "the customer's post the reply answers")
	mood := fs.Float64("mood", -0.5, "the customer's mood, -1 furious .. +1 delighted")
	name := fs.String("name", "", "the customer's name")
	handle := fs.String("handle", "", "the customer's handle, without @")
	brand := fs.String("brand", "", "the brand that answers (a reply signed with it is signed by no one)")
	rubricPath := fs.String("rubric", "", "use this rubric file instead of the built-in one")
	if fs.Parse(args) != nil {
		return 2
	}
	if *lang != "nl" && *lang != "en" {
		fmt.Fprintln(stderr, i18n.T(envLang(), "cli.score.bad_lang", *lang))
		return 2
	}
	rubric, err := loadRubric(*rubricPath)
	if err != nil {
		fmt.Fprintln(stderr, "webcaresim score:", err)
		return 1
	}
	ctx := scoring.Context{Language: *lang, CustomerPost: *post, CustomerMood: *mood,
		CustomerName: *name, CustomerHandle: *handle, BrandName: *brand}
	var replies []string
	if fs.NArg() > 0 {
		replies = []string{strings.Join(fs.Args(), " ")}
	} else {
		sc := bufio.NewScanner(stdin)
		sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
		for sc.Scan() {
			if line := sc.Text(); strings.TrimSpace(line) != "" {
				replies = append(replies, line)
			}
		}
		if err := sc.Err(); err != nil {
			fmt.Fprintln(stderr, "webcaresim score:", err)
			return 1
		}
	}
	if len(replies) == 0 {
		fmt.Fprintln(stderr, i18n.T(*lang, "cli.score.no_reply"))
		return 2
	}
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	for _, text := range replies {
		a := rubric.Analyze(session.CleanText(text), ctx)
		switch {
		case *asJSON:
			if err := enc.Encode(a); err != nil {
				fmt.Fprintln(stderr, "webcaresim score:", err)
				return 1
			}
		case *explain:
			fmt.Fprintln(stdout, rubric.Explain(a, *lang))
		default:
			printAnalysis(stdout, a, *lang)
		}
	}
	return 0
}

// printAnalysis prints a short human-readable analysis.
func printAnalysis(w io.Writer, a scoring.Analysis, lang string) {
	fmt.Fprintf(w, "%s\n", a.Text)
	fmt.Fprintf(w, "  %s %.0f   %s %.0f\n", label(lang, "empathy"), a.Empathy,
		label(lang, "deescalation"), a.Deescalation)
	// A feature counts on both dimensions at one span: one line for both.
	for i := 0; i < len(a.Features); {
		f := a.Features[i]
		j := i + 1
		for j < len(a.Features) && a.Features[j].ID == f.ID && a.Features[j].Start == f.Start && a.Features[j].End == f.End {
			j++
		}
		var pts []string
		shown := f.End > f.Start
		for _, g := range a.Features[i:j] {
			shown = shown || math.Round(g.Points) != 0
		}
		if !shown {
			i = j
			continue // no span and less than a point: "-0 padding" says nothing (--explain has the decimals)
		}
		for _, g := range a.Features[i:j] {
			dim := label(lang, "empathy")
			if g.Dimension == scoring.Deescalation {
				dim = label(lang, "deescalation")
			}
			pts = append(pts, fmt.Sprintf("%+.0f %s", g.Points, dim))
		}
		span := ""
		if f.End > f.Start {
			span = fmt.Sprintf(" [%d:%d] %q", f.Start, f.End, f.Text)
		}
		fmt.Fprintf(w, "  %-20s %s%s\n", f.ID, strings.Join(pts, ", "), span)
		i = j
	}
	for _, m := range a.Missing {
		fmt.Fprintf(w, "  %s %s: %s\n", label(lang, "missing"), m.ID, m.Label)
	}
}

// label is a word of score's printout in the reply's language: the
// "cli.score." section of the product's one catalogue
// (assets/i18n/cli.*.toml).
func label(lang, key string) string { return i18n.T(lang, "cli.score."+key) }
