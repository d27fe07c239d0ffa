package scoring

import (
	"fmt"
	"hash/fnv"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
)

// advGroup is one customer post with replies ranked best to worst
// (testdata/adversarial/README.md).
type advGroup struct {
	ID          string       `toml:"id"`
	Twin        string       `toml:"twin"`
	Trap        string       `toml:"trap"`
	Part        string       `toml:"part"`
	Lang        string       `toml:"lang"`
	Mood        float64      `toml:"mood"`
	Name        string       `toml:"name"`
	Handle      string       `toml:"handle"`
	Brand       string       `toml:"brand"`
	Post        string       `toml:"post"`
	Facts       string       `toml:"facts"`
	Misreadings []Misreading `toml:"misreading"`
	// set is the folder of a released set (released/<set>/), empty for
	// the development set's own files.
	set     string
	Replies []struct {
		Text string `toml:"text"`
		Why  string `toml:"why"`
	} `toml:"reply"`
}

func (g advGroup) context() Context {
	return Context{Language: g.Lang, Channel: "twitter", CustomerPost: g.Post, Situation: g.Facts,
		CustomerName: g.Name, CustomerHandle: g.Handle, CustomerMood: g.Mood, BrandName: g.Brand,
		Misreadings: g.Misreadings}
}

var advTraps = []string{"stuffing", "wall", "evasion", "canned", "hidden_blame", "questioned_apology",
	"company_signature", "keyword_list", "idiom", "plain_good", "misreading", "padding", "translation"}

// advPart is the split rule of README.md: FNV-1a of the twin or id, mod 10;
// 0, 1 and 2 are held out.
func advPart(g advGroup) string {
	key := g.ID
	if g.Twin != "" {
		key = g.Twin
	}
	h := fnv.New32a()
	h.Write([]byte(key))
	if h.Sum32()%10 < 3 {
		return "heldout"
	}
	return "dev"
}

func loadAdversarial(t testing.TB) []advGroup {
	t.Helper()
	all := loadGroups(t, "testdata/adversarial/*.toml", true)
	if len(all) == 0 {
		t.Fatal("no adversarial set in testdata/adversarial")
	}
	return all
}

// loadGroups reads the groups of the files that match glob and checks
// their form; split says whether each group must carry the part the split
// rule gives it (the blind set has no parts: none of it is tuned on).
func loadGroups(t testing.TB, glob string, split bool) []advGroup {
	t.Helper()
	files, err := filepath.Glob(glob)
	if err != nil {
		t.Fatal(err)
	}
	var all []advGroup
	ids := map[string]bool{}
	for _, f := range files {
		var doc struct {
			Group []advGroup `toml:"group"`
		}
		md, err := toml.DecodeFile(f, &doc)
		if err != nil {
			t.Fatal(err)
		}
		if u := md.Undecoded(); len(u) > 0 {
			t.Fatalf("%s: unknown keys %v", f, u)
		}
		for _, g := range doc.Group {
			if ids[g.ID] {
				t.Fatalf("%s: group id %q used twice", f, g.ID)
			}
			ids[g.ID] = true
			if n := len(g.Replies); n < 3 || n > 6 {
				t.Errorf("%s: %s has %d replies, want 3 to 6", f, g.ID, n)
			}
			if g.Post == "" || (g.Lang != "nl" && g.Lang != "en") {
				t.Errorf("%s: %s needs a post and lang nl or en", f, g.ID)
			}
			if split && g.Part != advPart(g) {
				t.Errorf("%s: %s is marked %q, the split rule puts it in %q", f, g.ID, g.Part, advPart(g))
			}
			for _, r := range g.Replies {
				if r.Text == "" || r.Why == "" {
					t.Errorf("%s: %s: every reply needs a text and a reason", f, g.ID)
				}
			}
			all = append(all, g)
		}
	}
	return all
}

// agreement counts, per trap, the pairs of replies in a group that Overall
// orders as the ranking does (a tie counts half).
type agreement struct{ right, pairs map[string]float64 }

func (a agreement) add(trap string, right, pairs float64) {
	a.right[trap] += right
	a.pairs[trap] += pairs
	a.right[""] += right
	a.pairs[""] += pairs
}

func (a agreement) of(trap string) float64 {
	if a.pairs[trap] == 0 {
		return math.NaN()
	}
	return a.right[trap] / a.pairs[trap]
}

func scoreGroups(r *Rubric, groups []advGroup) map[string]agreement {
	parts := map[string]agreement{}
	for _, g := range groups {
		if _, ok := parts[g.Part]; !ok {
			parts[g.Part] = agreement{map[string]float64{}, map[string]float64{}}
		}
		scores := make([]float64, len(g.Replies))
		for i, rep := range g.Replies {
			scores[i] = Overall(r.Analyze(rep.Text, g.context()))
		}
		right, pairs := 0.0, 0.0
		for i := range scores {
			for j := i + 1; j < len(scores); j++ {
				pairs++
				switch {
				case scores[i] > scores[j]:
					right++
				case scores[i] == scores[j]:
					right += 0.5
				}
			}
		}
		parts[g.Part].add(g.Trap, right, pairs)
	}
	return parts
}

// minTrapPairs is the fewest pairs of a trap in a part for which that
// trap is held to minTrapAgreement. Below it, one disputed pair moves the
// figure by more than 8 points (a single group of four replies has 6
// pairs: one pair is 17 points), so the figure says more about one
// judgement call than about the rubric; such a trap is reported, not held.
// Every trap has at least 12 pairs in both parts.
const (
	minTrapPairs     = 12
	minTrapAgreement = 0.8
	minAgreement     = 0.9
)

// TestAdversarialAgreement scores every group of the adversarial set and
// reports the share of reply pairs within a group that Overall orders as a
// webcare lead ranked them, per trap and in total, for the part the rubric
// was tuned on (dev) and the part it was not (heldout). Both parts must
// agree at least 90% in total, and no trap with minTrapPairs pairs or more
// may fall below 80% in either part.
func TestAdversarialAgreement(t *testing.T) {
	groups := loadAdversarial(t)
	replies, langs := 0, map[string]map[string]bool{}
	for _, g := range groups {
		replies += len(g.Replies)
		if langs[g.Trap] == nil {
			langs[g.Trap] = map[string]bool{}
		}
		langs[g.Trap][g.Lang] = true
	}
	if replies < 300 {
		t.Errorf("the adversarial set has %d replies, want at least 300", replies)
	}
	for _, trap := range advTraps {
		if !langs[trap]["nl"] || !langs[trap]["en"] {
			t.Errorf("trap %s needs groups in Dutch and English, has %v", trap, langs[trap])
		}
	}
	released := loadReleased(t)
	parts := scoreGroups(Default(), append(append([]advGroup{}, groups...), released...))
	t.Logf("%d groups, %d replies (and %d released groups); within-group pairwise rank agreement (pairs):\n%s",
		len(groups), replies, len(released), agreementTable(advTraps, parts, "dev", "heldout", "released"))
	perSet, sets := releasedBySet(released)
	t.Logf("released sets, each on its own:\n%s", agreementTable(advTraps, scoreGroups(Default(), perSet), sets...))
	for _, p := range []string{"dev", "heldout"} {
		if v := parts[p].of(""); !(v >= minAgreement) {
			t.Errorf("%s agreement %.3f, want at least %.1f", p, v, minAgreement)
		}
		for _, trap := range advTraps {
			if n := parts[p].pairs[trap]; n < minTrapPairs {
				t.Logf("%s: trap %s has %.0f pairs, fewer than %d: reported, not held to %.1f", p, trap, n, minTrapPairs, minTrapAgreement)
				continue
			}
			if v := parts[p].of(trap); v < minTrapAgreement {
				t.Errorf("%s: trap %s agrees %.3f, want at least %.1f", p, trap, v, minTrapAgreement)
			}
		}
	}
	if os.Getenv("ADV_VERBOSE") != "" {
		dumpGroups(t, append(groups, released...), os.Getenv("ADV_VERBOSE"))
	}
}

// loadReleased reads the sets that were blind until their figures were
// recorded and are development data since (testdata/adversarial/README.md,
// "Released sets"): their groups are the part "released", reported in a
// column of their own and open to tuning like dev. They hold no threshold:
// they were written without the split rule and without translation pairs.
func loadReleased(t testing.TB) []advGroup {
	t.Helper()
	dirs, err := filepath.Glob("testdata/adversarial/released/*")
	if err != nil {
		t.Fatal(err)
	}
	var groups []advGroup
	for _, dir := range dirs {
		set := loadGroups(t, filepath.Join(dir, "*.toml"), false)
		for i := range set {
			set[i].Part = "released"
			set[i].set = filepath.Base(dir)
		}
		groups = append(groups, set...)
	}
	return groups
}

// releasedBySet returns the released groups with each group's part set to
// its folder, and the folders in order, so that a set released recently
// (which was the honest measure until then) can be followed on its own.
func releasedBySet(released []advGroup) ([]advGroup, []string) {
	out := make([]advGroup, len(released))
	var sets []string
	for i, g := range released {
		g.Part = g.set
		out[i] = g
		if len(sets) == 0 || sets[len(sets)-1] != g.set {
			sets = append(sets, g.set)
		}
	}
	return out, sets
}

// TestAdversarialBlind reports the agreement on each blind set (every
// folder testdata/adversarial/blind*/, each written by someone who had not
// seen the rules), per trap and in total. It holds no threshold: the sets
// exist to show where the rubric is wrong on replies it was not built
// around, and a threshold would invite tuning the rules to them. It fails
// only when a set is malformed. It prints each set's total only: a figure
// per trap would point whoever tunes the rules at the blind groups, and
// their groups are never printed, as held-out groups are not.
func TestAdversarialBlind(t *testing.T) {
	dirs, err := filepath.Glob("testdata/adversarial/blind*")
	if err != nil {
		t.Fatal(err)
	}
	if len(dirs) == 0 {
		t.Skip("no blind set in testdata/adversarial")
	}
	for _, dir := range dirs {
		if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
			continue
		}
		set := filepath.Base(dir)
		t.Run(set, func(t *testing.T) {
			groups := loadGroups(t, filepath.Join(dir, "*.toml"), false)
			if len(groups) == 0 {
				t.Skip("no groups in " + dir)
			}
			replies := 0
			for i := range groups {
				groups[i].Part = set
				replies += len(groups[i].Replies)
			}
			a := scoreGroups(Default(), groups)[set]
			t.Logf("%s set: %d groups, %d replies; within-group pairwise rank agreement in total %.3f (%.0f pairs)",
				set, len(groups), replies, a.of(""), a.pairs[""])
		})
	}
}

// agreementTable prints the agreement of each trap and the total, with the
// number of pairs, one column per part.
func agreementTable(traps []string, parts map[string]agreement, cols ...string) string {
	var tbl strings.Builder
	fmt.Fprintf(&tbl, "%-20s", "trap")
	for _, p := range cols {
		fmt.Fprintf(&tbl, " %14s", p)
	}
	tbl.WriteByte('\n')
	for _, trap := range append(append([]string{}, traps...), "") {
		name := trap
		if name == "" {
			name = "total"
		}
		fmt.Fprintf(&tbl, "%-20s", name)
		for _, p := range cols {
			a, ok := parts[p]
			if !ok || a.pairs[trap] == 0 {
				fmt.Fprintf(&tbl, " %14s", "-")
				continue
			}
			fmt.Fprintf(&tbl, " %6.3f (%4.0f)", a.of(trap), a.pairs[trap])
		}
		tbl.WriteByte('\n')
	}
	return tbl.String()
}

// dumpGroups logs the dev and released groups whose ranking the rubric
// gets wrong (ADV_VERBOSE=1), or every such group (ADV_VERBOSE=all).
// Held-out groups are never printed: they are not looked at while tuning.
func dumpGroups(t *testing.T, groups []advGroup, mode string) {
	r := Default()
	var b strings.Builder
	for _, g := range groups {
		if g.Part != "dev" && g.Part != "released" {
			continue
		}
		var lines []string
		prev, wrong := math.Inf(1), false
		for _, rep := range g.Replies {
			a := r.Analyze(rep.Text, g.context())
			o := Overall(a)
			wrong = wrong || o >= prev
			prev = o
			var ids []string
			for _, f := range a.Features {
				ids = append(ids, fmt.Sprintf("%s%+.0f", f.ID, f.Points))
			}
			sort.Strings(ids)
			lines = append(lines, fmt.Sprintf("  %5.1f E%3.0f D%3.0f %s\n        %s", o, a.Empathy, a.Deescalation, rep.Text, strings.Join(ids, " ")))
		}
		if wrong || mode == "all" {
			fmt.Fprintf(&b, "%s (%s)\n%s\n", g.ID, g.Trap, strings.Join(lines, "\n"))
		}
	}
	t.Logf("dev groups out of order:\n%s", b.String())
}

// TestTranslationParity scores every reply of the translation pairs in
// Dutch and in English: the same reply may not differ by more than 10
// points in either dimension or overall between the two languages.
func TestTranslationParity(t *testing.T) {
	twins := translationTwins(loadAdversarial(t))
	r := Default()
	pairs := 0
	worst := 0.0
	for name, p := range twins {
		if p[0] == nil || p[1] == nil || len(p[0].Replies) != len(p[1].Replies) {
			t.Errorf("translation pair %s is incomplete", name)
			continue
		}
		for k := range p[0].Replies {
			pairs++
			nl := r.Analyze(p[0].Replies[k].Text, p[0].context())
			en := r.Analyze(p[1].Replies[k].Text, p[1].context())
			for _, d := range []struct {
				what   string
				nl, en float64
			}{{"empathy", nl.Empathy, en.Empathy}, {"de-escalation", nl.Deescalation, en.Deescalation}, {"overall", Overall(nl), Overall(en)}} {
				diff := math.Abs(d.nl - d.en)
				worst = math.Max(worst, diff)
				if diff > 10 {
					t.Errorf("%s reply %d: %s %.1f in Dutch, %.1f in English\n  nl: %s\n      %s\n  en: %s\n      %s",
						name, k+1, d.what, d.nl, d.en, nl.Text, featureList(nl), en.Text, featureList(en))
				}
			}
		}
	}
	if pairs < 40 {
		t.Errorf("%d translation pairs, want at least 40", pairs)
	}
	t.Logf("%d translation pairs, largest difference %.1f points", pairs, worst)
}

// translationTwins pairs the groups of each translation pair by their
// twin name: the Dutch group first, the English one second.
func translationTwins(groups []advGroup) map[string][2]*advGroup {
	twins := map[string][2]*advGroup{}
	for i := range groups {
		g := &groups[i]
		if g.Twin == "" {
			continue
		}
		p := twins[g.Twin]
		if g.Lang == "nl" {
			p[0] = g
		} else {
			p[1] = g
		}
		twins[g.Twin] = p
	}
	return twins
}

func featureList(a Analysis) string {
	var ids []string
	for _, f := range a.Features {
		ids = append(ids, fmt.Sprintf("%s%+.0f", f.ID, f.Points))
	}
	sort.Strings(ids)
	return strings.Join(ids, " ")
}
