package scenarios_test

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
)

// These tests hold the built-in scenario content to the authoring rules in
// scenarios/README.md: both languages, the same graph in both, 3–4 written
// choices and typed replies at every decision, at least three endings, actors
// that join by threshold, historical replies quoted exactly, and reconstructed
// cases marked as such.

// historicalQuotes are the brand replies the source articles quote word for
// word. A choice marked historical = true in a Dutch file must be one of them;
// anything paraphrased is historical_path instead.
var historicalQuotes = map[string]string{
	"Wat wil je nou? De juf uithangen of geholpen worden?": "webcare-missers-hema-sanoma-dominos-liberty.nl.txt",
	"@usurpia Sorry voor de matige dekking in Fijnaart. Persoonlijk vind ik 't niet erg dat we 't stembereik van @fransbauer_ zo beperken. ^Jacob": "tmobile-fransbauer.nl.txt",
	"@fransbauer_ Dat heb ik inmiddels gedaan. Top dat je persoonlijk reageert. We werken intussen aan het beste netwerk van Nederland. ^Jacob":    "tmobile-fransbauer.nl.txt",
	"Sorry daarvoor, kun je ons wat meer informatie sturen?": "webcare-missers-hema-sanoma-dominos-liberty.nl.txt",
}

// seedsDir is where the source articles live when the repository sits next
// to the shared folder; the quote test checks them there when it can.
func seedsDir() string {
	if d := os.Getenv("WEBCARESIM_SEEDS"); d != "" {
		return d
	}
	return filepath.Join("..", "..", "shared", "seeds")
}

func builtin(t *testing.T) scenarios.Set {
	t.Helper()
	set := scenarios.Builtin()
	for _, p := range set.Problems {
		t.Errorf("%s", p)
	}
	return set
}

func byID(set scenarios.Set) map[string]map[string]*scenarios.Scenario {
	out := map[string]map[string]*scenarios.Scenario{}
	for _, sc := range set.Scenarios {
		if out[sc.ID] == nil {
			out[sc.ID] = map[string]*scenarios.Scenario{}
		}
		out[sc.ID][sc.Language] = sc
	}
	return out
}

func TestContentTheCases(t *testing.T) {
	ids := byID(builtin(t))
	want := []string{"sanoma-juf", "tmobile-fransbauer", "hema-insuline", "dominos-sorry", "universiteit-kut",
		"liberty-bottleworks", "sportschool-scheldt", "facebook-verwijderen", "advocatenbrief", "wanbetaler-privacy",
		"servicepolitie"}
	for _, id := range want {
		for _, lang := range []string{"nl", "en"} {
			sc, ok := ids[id][lang]
			if !ok {
				t.Errorf("%s: no %q file", id, lang)
				continue
			}
			if base := filepath.Base(sc.File); base != id+"."+lang+".toml" {
				t.Errorf("%s: file is %s, want %s.%s.toml", id, base, id, lang)
			}
		}
	}
	// The onboarding sequence: one place per case, the easiest first.
	orders := map[int]string{}
	for id, langs := range ids {
		nl := langs["nl"]
		if nl == nil {
			continue
		}
		if other, dup := orders[nl.Order]; dup {
			t.Errorf("%s and %s share order %d", id, other, nl.Order)
		}
		orders[nl.Order] = id
	}
	if orders[1] != "universiteit-kut" {
		t.Errorf("order 1 is %q, want universiteit-kut", orders[1])
	}
	for id, d := range map[string]int{"universiteit-kut": 1, "hema-insuline": 3, "liberty-bottleworks": 3} {
		if sc := ids[id]["nl"]; sc != nil && sc.Difficulty != d {
			t.Errorf("%s: difficulty %d, want %d", id, sc.Difficulty, d)
		}
	}
}

func TestContentEveryScenario(t *testing.T) {
	for _, sc := range builtin(t).Scenarios {
		name := sc.File
		// Quiet stretches are time-lapsed at about 45 scenario minutes a
		// second; three days is the most a round can span and still end
		// within a few real minutes.
		if sc.Duration.Minutes() > 3*24*60 {
			t.Errorf("%s: duration %s; keep a round within three days", name, sc.Duration)
		}
		if len(sc.Decisions) < 3 {
			t.Errorf("%s: %d decisions; a case needs at least three", name, len(sc.Decisions))
		}
		for _, d := range sc.Decisions {
			if n := len(d.Choices); n < 3 || n > 4 {
				t.Errorf("%s: decision %q has %d written choices, want 3 or 4", name, d.ID, n)
			}
			if !d.AllowFreeText {
				t.Errorf("%s: decision %q does not take a typed reply", name, d.ID)
			}
			// At one real second per scenario minute an open decision
			// costs real time: a round of 5 to 10 minutes has no room for
			// timeouts longer than two hours (long stretches belong in
			// at, which the game time-lapses).
			if d.Timeout.Minutes() > 120 {
				t.Errorf("%s: decision %q times out after %s; keep it at 2h or less", name, d.ID, d.Timeout)
			}
			if strings.TrimSpace(d.Prompt) == "" {
				t.Errorf("%s: decision %q has no prompt", name, d.ID)
			}
			for i, c := range d.Choices {
				if strings.TrimSpace(c.Feedback) == "" {
					t.Errorf("%s: decision %q choice %d has no feedback for the debrief", name, d.ID, i+1)
				}
				if c.Historical && c.HistoricalPath {
					t.Errorf("%s: decision %q choice %d is both historical and historical_path", name, d.ID, i+1)
				}
			}
		}
		kinds := map[string]bool{}
		for _, e := range sc.Endings {
			kinds[e.Kind] = true
			if e.Kind != "good" && e.Kind != "mixed" && e.Kind != "bad" {
				t.Errorf("%s: ending %q has kind %q", name, e.ID, e.Kind)
			}
		}
		if len(sc.Endings) < 3 || !kinds["good"] || !kinds["bad"] {
			t.Errorf("%s: %d endings (kinds %v); want at least three, a good and a bad one", name, len(sc.Endings), kinds)
		}
		threshold := false
		for _, a := range sc.Actors {
			threshold = threshold || a.AfterNegativePosts > 0
		}
		if !threshold {
			t.Errorf("%s: no actor joins by after_negative_posts", name)
		}
		c := sc.Crowd
		for _, st := range c.Lines.ByStance() {
			n := 0
			for _, mo := range st.Lines.ByMoment() {
				n += len(mo.Lines)
			}
			if n == 0 {
				t.Errorf("%s: the crowd has no lines of its own for the stance %s", name, st.Name)
			}
		}
		if c.Branching != 0 || c.NegativeShare != 0 || c.HalfLifeMinutes != 0 || c.BaselinePerHour != 0 {
			t.Errorf("%s: a case sets its audience; how the crowd reacts is global", name)
		}
		if sc.BasedOn == "" || len(sc.Debrief.Sources) == 0 || len(sc.Debrief.Tips) == 0 {
			t.Errorf("%s: a built-in case is based on a real one and names its source and tips", name)
		}
		if sc.Summary == "" || sc.StartClock == "" || len(sc.Tags) == 0 {
			t.Errorf("%s: summary, start_clock and tags are needed for the picker and the feed", name)
		}
		if p := historicalPathLength(sc); p < 3 {
			t.Errorf("%s: the historical path passes %d decisions, want at least three", name, p)
		}
	}
}

// historicalPathLength follows the historical choice (quoted or
// historical_path) at each decision, or silence where there is none, and
// counts the decisions passed.
func historicalPathLength(sc *scenarios.Scenario) int {
	n, id := 0, sc.FirstDecision()
	seen := map[string]bool{}
	for !seen[id] {
		d, ok := sc.Decision(id)
		if !ok {
			return n
		}
		seen[id] = true
		n++
		next := d.OnTimeout
		for _, c := range d.Choices {
			if c.Historical {
				next = c.Next
				break
			}
		}
		if next == d.OnTimeout {
			for _, c := range d.Choices {
				if c.HistoricalPath {
					next = c.Next
					break
				}
			}
		}
		id = next
	}
	return n
}

// The Dutch and English files of a case are one case: the same decisions,
// choices, routes, actions, timing, endings and crowd numbers.
func TestContentTranslationsMatch(t *testing.T) {
	for id, langs := range byID(builtin(t)) {
		nl, en := langs["nl"], langs["en"]
		if nl == nil || en == nil {
			continue
		}
		same := func(what string, a, b any) {
			if !reflect.DeepEqual(a, b) {
				t.Errorf("%s: %s differs between nl and en:\n nl %v\n en %v", id, what, a, b)
			}
		}
		same("channel", nl.Channel, en.Channel)
		same("difficulty, order, sla", []int{nl.Difficulty, nl.Order, nl.SLAMinutes}, []int{en.Difficulty, en.Order, en.SLAMinutes})
		same("duration", nl.Duration, en.Duration)
		same("brand", []any{nl.Brand.Handle, nl.Brand.Followers}, []any{en.Brand.Handle, en.Brand.Followers})
		same("customer", []any{nl.Customer.Handle, nl.Customer.Followers, nl.Customer.Mood}, []any{en.Customer.Handle, en.Customer.Followers, en.Customer.Mood})
		same("crowd numbers", []float64{float64(nl.Crowd.Audience), nl.Crowd.BaselinePerHour, nl.Crowd.Branching, nl.Crowd.HalfLifeMinutes, nl.Crowd.NegativeShare},
			[]float64{float64(en.Crowd.Audience), en.Crowd.BaselinePerHour, en.Crowd.Branching, en.Crowd.HalfLifeMinutes, en.Crowd.NegativeShare})
		same("debrief numbers", []any{nl.Debrief.HistoricalCurve, nl.Debrief.HistoricalShares, observedShape(nl)}, []any{en.Debrief.HistoricalCurve, en.Debrief.HistoricalShares, observedShape(en)})
		same("actors", actorShape(nl), actorShape(en))
		same("posts", postShape(nl.Posts), postShape(en.Posts))
		same("decisions", decisionShape(nl), decisionShape(en))
		same("endings", endingShape(nl), endingShape(en))
	}
}

func actorShape(sc *scenarios.Scenario) []string {
	var out []string
	for _, a := range sc.Actors {
		out = append(out, fmt.Sprintf("%s/%s/%s/%d/%d", a.ID, a.Kind, a.Handle, a.Followers, a.AfterNegativePosts))
	}
	return out
}

func postShape(posts []scenarios.Post) []string {
	var out []string
	for _, p := range posts {
		out = append(out, fmt.Sprintf("%v@%s", p.By, p.At))
	}
	return out
}

func decisionShape(sc *scenarios.Scenario) []string {
	var out []string
	for _, d := range sc.Decisions {
		out = append(out, fmt.Sprintf("decision %s at %s timeout %s->%s reply_to %d free %v posts %v",
			d.ID, d.At, d.Timeout, d.OnTimeout, d.Reply, d.AllowFreeText, postShape(d.Posts)))
		for i, c := range d.Choices {
			out = append(out, fmt.Sprintf("  choice %d -> %s historical %v path %v", i+1, c.Next, c.Historical, c.HistoricalPath))
		}
		for i, r := range d.Routes {
			out = append(out, fmt.Sprintf("  route %d -> %s when %s", i+1, r.Next, condition(r.When)))
		}
		for _, a := range d.Actions {
			out = append(out, fmt.Sprintf("  action %s %s -> %s", a.Kind, a.Minutes, a.Next))
		}
	}
	return out
}

func condition(c scenarios.Condition) string {
	f := func(p *float64) string {
		if p == nil {
			return "-"
		}
		return fmt.Sprint(*p)
	}
	return fmt.Sprintf("emp>=%s emp<%s de>=%s de<%s has%v lacks%v any%v", f(c.EmpathyAtLeast), f(c.EmpathyBelow),
		f(c.DeescalationAtLeast), f(c.DeescalationBelow), c.Has, c.Lacks, c.HasAny)
}

func endingShape(sc *scenarios.Scenario) []string {
	var out []string
	for _, e := range sc.Endings {
		out = append(out, fmt.Sprintf("%s/%s/%v", e.ID, e.Kind, postShape(e.Posts)))
	}
	return out
}

// A reply marked historical is quoted exactly from a source article; the
// English file carries the same reply translated, with the Dutch original
// beside it in the feedback or the debrief.
func TestContentHistoricalQuotes(t *testing.T) {
	ids := byID(builtin(t))
	for id, langs := range ids {
		nl, en := langs["nl"], langs["en"]
		if nl == nil {
			continue
		}
		for di, d := range nl.Decisions {
			for ci, c := range d.Choices {
				if !c.Historical {
					continue
				}
				if _, ok := historicalQuotes[c.Text]; !ok {
					t.Errorf("%s: decision %q choice %d is marked historical but is not a quote from the sources: %q",
						id, d.ID, ci+1, c.Text)
				}
				if !strings.Contains(nl.Debrief.WhatHappened, c.Text) {
					t.Errorf("%s: the historical reply %q is not quoted in what_happened", id, c.Text)
				}
				if en == nil || di >= len(en.Decisions) || ci >= len(en.Decisions[di].Choices) {
					continue
				}
				ec := en.Decisions[di].Choices[ci]
				if !ec.Historical {
					t.Errorf("%s/en: decision %q choice %d should be the historical reply", id, d.ID, ci+1)
				}
				if !strings.Contains(ec.Feedback, c.Text) && !strings.Contains(en.Debrief.WhatHappened, c.Text) {
					t.Errorf("%s/en: the original Dutch %q is neither in the feedback nor in the debrief", id, c.Text)
				}
			}
		}
	}
	// Against the articles themselves, when they are at hand.
	dir := seedsDir()
	if _, err := os.Stat(dir); err != nil {
		t.Logf("source articles not found at %s; set WEBCARESIM_SEEDS to check the quotes against them", dir)
		return
	}
	for quote, file := range historicalQuotes {
		data, err := os.ReadFile(filepath.Join(dir, file))
		if err != nil {
			t.Errorf("%v", err)
			continue
		}
		if !strings.Contains(normaliseQuotes(string(data)), normaliseQuotes(quote)) {
			t.Errorf("%q is not in %s", quote, file)
		}
	}
}

// normaliseQuotes maps typographic apostrophes to the plain one (the articles
// mix them).
func normaliseQuotes(s string) string {
	return strings.NewReplacer("’", "'", "‘", "'").Replace(s)
}

// A case without a quoted reply says in its file comment that its posts are
// reconstructed, and says so to the trainee in the debrief when nothing of
// the brand's is quoted.
func TestContentReconstructedCasesAreMarked(t *testing.T) {
	for _, sc := range builtin(t).Scenarios {
		historical, path := false, false
		for _, d := range sc.Decisions {
			for _, c := range d.Choices {
				historical = historical || c.Historical
				path = path || c.HistoricalPath
			}
		}
		if !historical && !path {
			t.Errorf("%s: neither a historical reply nor a historical_path choice", sc.File)
		}
		if historical {
			continue
		}
		data, err := os.ReadFile(filepath.Join(sc.File))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(strings.ToLower(string(data)), "reconstructed") {
			t.Errorf("%s: no quoted reply, and the file comment does not say the posts are reconstructed", sc.File)
		}
	}
}

// The README's example file is a valid scenario.
func TestContentExampleFileIsValid(t *testing.T) {
	file := filepath.Join("testdata", "example.nl.toml")
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	sc, problems := scenarios.Parse(file, data)
	for _, p := range problems {
		t.Errorf("%s", p)
	}
	if sc == nil {
		t.Fatal("the example did not load")
	}
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(readme), strings.TrimSpace(string(data))) {
		t.Error("README.md does not contain testdata/example.nl.toml verbatim; keep them the same")
	}
}

// observedShape is a file's observed outcomes without the source's words.
func observedShape(sc *scenarios.Scenario) []string {
	var out []string
	for _, o := range sc.Debrief.Observed {
		lo, hi := o.Bounds()
		out = append(out, fmt.Sprintf("%s %d..%d", o.Measure, lo, hi))
	}
	return out
}
