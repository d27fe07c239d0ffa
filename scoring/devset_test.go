package scoring

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
)

type devReply struct {
	Case   string  `toml:"case"`
	Lang   string  `toml:"lang"`
	Mood   float64 `toml:"mood"`
	Name   string  `toml:"name"`
	Handle string  `toml:"handle"`
	Brand  string  `toml:"brand"`
	Post   string  `toml:"post"`
	Text   string  `toml:"text"`
	Label  string  `toml:"label"`
	Reason string  `toml:"reason"`
}

func loadDevSet(t testing.TB, path string) []devReply {
	t.Helper()
	var f struct {
		Reply []devReply `toml:"reply"`
	}
	md, err := toml.DecodeFile(path, &f)
	if err != nil {
		t.Fatal(err)
	}
	if u := md.Undecoded(); len(u) > 0 {
		t.Fatalf("%s: unknown keys %v", path, u)
	}
	return f.Reply
}

func (d devReply) context() Context {
	return Context{Language: d.Lang, CustomerPost: d.Post, CustomerMood: d.Mood,
		CustomerName: d.Name, CustomerHandle: d.Handle, BrandName: d.Brand, Channel: "twitter"}
}

// TestDevSetAgreement measures how well Overall orders the labelled
// replies: of all (good, bad) pairs, at least 90% must have the good reply
// scoring higher (ties count half), and no bad reply may score above the
// median good one.
func TestDevSetAgreement(t *testing.T) {
	set := loadDevSet(t, "testdata/devset.toml")
	if len(set) < 150 {
		t.Fatalf("the development set has %d replies, want at least 150", len(set))
	}
	agreement, median, above := measure(t, set)
	if agreement < 0.9 {
		t.Errorf("pairwise agreement %.3f, want at least 0.9", agreement)
	}
	for _, text := range above {
		t.Errorf("bad reply scores above the median good reply (%.1f): %q", median, text)
	}
}

// TestHeldOutAgreement checks the rubric on replies it was never tuned on
// (testdata/heldout.toml), a guard against rules that only fit the
// development set.
func TestHeldOutAgreement(t *testing.T) {
	agreement, _, _ := measure(t, loadDevSet(t, "testdata/heldout.toml"))
	if agreement < 0.85 {
		t.Errorf("held-out pairwise agreement %.3f, want at least 0.85", agreement)
	}
}

// measure scores a labelled set and returns the pairwise agreement of
// Overall with the (good, bad) labels (ties count half), the median good
// score and the bad replies scoring above it. It logs the replies that are
// out of place (all of them with DEVSET_VERBOSE=1).
func measure(t *testing.T, set []devReply) (agreement, median float64, above []string) {
	t.Helper()
	r := Default()
	var good, bad []float64
	type scored struct {
		d devReply
		o float64
		a Analysis
	}
	var all []scored
	langs := map[string]int{}
	for _, d := range set {
		switch d.Label {
		case "good", "acceptable", "bad":
		default:
			t.Fatalf("%q: label %q is not good, acceptable or bad", d.Text, d.Label)
		}
		if d.Reason == "" || d.Post == "" {
			t.Errorf("%q: needs a post and a reason", d.Text)
		}
		langs[d.Lang]++
		a := r.Analyze(d.Text, d.context())
		o := Overall(a)
		all = append(all, scored{d, o, a})
		switch d.Label {
		case "good":
			good = append(good, o)
		case "bad":
			bad = append(bad, o)
		}
	}
	if langs["nl"] == 0 || langs["en"] == 0 {
		t.Errorf("the set needs Dutch and English replies: %v", langs)
	}
	correct := 0.0
	for _, g := range good {
		for _, b := range bad {
			switch {
			case g > b:
				correct++
			case g == b:
				correct += 0.5
			}
		}
	}
	agreement = correct / float64(len(good)*len(bad))
	sort.Float64s(good)
	median = good[len(good)/2]
	if len(good)%2 == 0 {
		median = (good[len(good)/2-1] + good[len(good)/2]) / 2
	}
	t.Logf("%d replies (%d good, %d bad), pairwise agreement %.3f, median good %.1f",
		len(set), len(good), len(bad), agreement, median)
	var report strings.Builder
	for _, s := range all {
		if (s.d.Label == "bad" && s.o >= median) || (s.d.Label == "good" && s.o < 50) || os.Getenv("DEVSET_VERBOSE") != "" {
			ids := []string{}
			for _, f := range s.a.Features {
				ids = append(ids, fmt.Sprintf("%s%+.0f", f.ID, f.Points))
			}
			fmt.Fprintf(&report, "%-10s %5.1f (E%.0f D%.0f) %s\n      %s\n", s.d.Label, s.o, s.a.Empathy, s.a.Deescalation, s.d.Text, strings.Join(ids, " "))
		}
	}
	if report.Len() > 0 {
		t.Logf("replies out of place:\n%s", report.String())
	}
	for _, s := range all {
		if s.d.Label == "bad" && s.o > median {
			above = append(above, s.d.Text)
		}
	}
	return agreement, median, above
}
