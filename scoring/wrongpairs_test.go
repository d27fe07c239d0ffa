package scoring

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
)

// TestWrongPairsByQuestion is a measurement, not a check: with
// ADV_PAIRS=1 it lists the pairs of the dev and released groups that
// Overall orders against the ranking, grouped by what caused it, so that a
// rule is changed for a class of wrong pairs rather than for one sentence
// (ADV_PAIRS=summary prints the counts only). A pair is put under the first
// of the lead's three questions (Questions) whose answers differ between
// the two replies: "q3 wrong" when the better reply is the one that fails
// "avoids harm?", "q3 right" when the answer points the right way and the
// rest of the score outweighs it; pairs whose replies answer all three
// alike are put under the findings only one of them has. Held-out groups
// are never listed: they are not looked at while tuning.
func TestWrongPairsByQuestion(t *testing.T) {
	mode := os.Getenv("ADV_PAIRS")
	if mode == "" {
		t.Skip("set ADV_PAIRS=1 (or summary) to list the wrongly ordered pairs")
	}
	r := Default()
	var groups []advGroup
	for _, g := range append(loadAdversarial(t), loadReleased(t)...) {
		if g.Part == "dev" || g.Part == "released" {
			groups = append(groups, g)
		}
	}
	type reply struct {
		text    string
		overall float64
		answers [3]string
		why     string
		feats   map[string]float64
	}
	causes := map[string][]string{}
	tally := map[string]int{}         // findings only one reply of a wrong pair has: the better one's costs, the worse one's gains
	counts := map[string][2]float64{} // per part of the question analysis: right, pairs
	for _, g := range groups {
		rs := make([]reply, len(g.Replies))
		for i, rep := range g.Replies {
			a := r.Analyze(rep.Text, g.context())
			rs[i] = reply{text: rep.Text, why: rep.Why, overall: Overall(a), feats: map[string]float64{}}
			for k, q := range r.Questions(a) {
				rs[i].answers[k] = q.Answer
			}
			for _, f := range a.Features {
				rs[i].feats[f.ID] += f.Points
			}
		}
		for i := range rs {
			for j := i + 1; j < len(rs); j++ {
				hi, lo := rs[i], rs[j]
				kind := "alike"
				for k := range 3 {
					if hi.answers[k] != lo.answers[k] {
						kind = fmt.Sprintf("q%d", k+1)
						break
					}
				}
				c := counts[g.Part+" "+kind]
				c[1]++
				switch {
				case hi.overall > lo.overall:
					c[0]++
				case hi.overall == lo.overall:
					c[0] += 0.5
				}
				counts[g.Part+" "+kind] = c
				if hi.overall > lo.overall {
					continue
				}
				key := kind
				if kind == "q3" {
					if hi.answers[2] == "no" {
						key = "q3 wrong: the better reply fails 'avoids harm?'"
					} else {
						key = "q3 right, outweighed"
					}
				} else if kind != "alike" {
					key = fmt.Sprintf("%s (better %s, worse %s)", kind, hi.answers[kind[1]-'1'], lo.answers[kind[1]-'1'])
				}
				only := func(a, b reply) string {
					var ids []string
					for id, p := range a.feats {
						if _, ok := b.feats[id]; !ok {
							ids = append(ids, fmt.Sprintf("%s%+.0f", id, p))
						}
					}
					sort.Strings(ids)
					return strings.Join(ids, " ")
				}
				for id, p := range hi.feats {
					if _, ok := lo.feats[id]; !ok && p < 0 {
						tally["the better reply's "+id]++
					}
				}
				for id, p := range lo.feats {
					if _, ok := hi.feats[id]; !ok && p > 0 {
						tally["the worse reply's "+id]++
					}
				}
				causes[key] = append(causes[key], fmt.Sprintf("    %s (%s) %.1f <= %.1f\n      + %s\n        [%s] %s\n      - %s\n        [%s] %s",
					g.ID, g.Trap, hi.overall, lo.overall, hi.text, only(hi, lo), hi.why, lo.text, only(lo, hi), lo.why))
			}
		}
	}
	var b strings.Builder
	var keys []string
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(&b, "%-16s %.3f of %4.0f pairs\n", k, counts[k][0]/counts[k][1], counts[k][1])
	}
	keys = keys[:0]
	for k := range tally {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		return tally[keys[i]] > tally[keys[j]] || tally[keys[i]] == tally[keys[j]] && keys[i] < keys[j]
	})
	b.WriteString("findings only one reply of a wrong pair has (the better reply's costs, the worse reply's gains):\n")
	for _, k := range keys {
		fmt.Fprintf(&b, "%4d  %s\n", tally[k], k)
	}
	keys = keys[:0]
	for k := range causes {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if len(causes[keys[i]]) != len(causes[keys[j]]) {
			return len(causes[keys[i]]) > len(causes[keys[j]])
		}
		return keys[i] < keys[j]
	})
	for _, k := range keys {
		fmt.Fprintf(&b, "%3d  %s\n", len(causes[k]), k)
		if mode != "summary" {
			b.WriteString(strings.Join(causes[k], "\n"))
			b.WriteByte('\n')
		}
	}
	t.Logf("pairs by the first question whose answers differ (right share):\nwrongly ordered pairs by cause:\n%s", b.String())
}
