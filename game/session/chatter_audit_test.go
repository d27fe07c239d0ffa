package session

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
)

var langWords = map[string]map[string]bool{
	"nl": set("de het een en van dat niet ik je jij jullie met voor op zo wat maar nog ook dit wel geen hier zijn bij mijn toch echt weer"),
	"en": set("the a and of that not i you with for on so what but still also this no here are at my just really again they"),
}

func set(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Fields(s) {
		out[w] = true
	}
	return out
}

// otherLanguage reports whether text (quotes left out) reads as the other
// language than lang.
func otherLanguage(text, lang string) bool {
	other := "en"
	if lang == "en" {
		other = "nl"
	}
	own, their := 0, 0
	for _, w := range strings.Fields(scenarios.WordsOnly(strings.ToLower(quotedSpan.ReplaceAllString(text, " ")))) {
		if langWords[lang][w] {
			own++
		}
		if langWords[other][w] {
			their++
		}
	}
	return their >= 2 && their > own
}

var praiseWords = []string{"thank you", "thanks @", "thanks for", "got helped", "sorted", "well handled", "nicely handled", "well done", "good answer",
	"bedankt", "dank je", "dank jullie", "netjes opgelost", "toch nog geholpen", "goed opgepakt", "mooi opgepakt", "netjes", "goed gedaan", "chapeau"}

// TestChatterAudit prints what the crowd says in every case, both
// languages, five paths and 20 seeds: per case the lines said, the share
// that were the case's own, repeats (exact, and the same line around
// another quote, name or number), lines that speak of another channel,
// praise before the brand said anything, lines that read as the other
// language, and which generic sections filled in. The assertions live in
// the chatter tests (chatter_test.go, norepeat_test.go); this is the
// figure for the guide and the notes:
//
//	CHATTER_AUDIT=1 go test -v -count=1 -run TestChatterAudit ./game/session/
func TestChatterAudit(t *testing.T) {
	if os.Getenv("CHATTER_AUDIT") == "" {
		t.Skip("CHATTER_AUDIT=1 prints the audit")
	}
	seeds := 20
	type tally struct{ lines, exact, near, channel, moment, lang, own int }
	per := map[string]*tally{}
	examples := map[string][]string{}
	ex := func(kind, s string) {
		if len(examples[kind]) < 40 {
			examples[kind] = append(examples[kind], s)
		}
	}
	bySec := map[string]int{}
	genericSec := map[string]map[string]string{}
	for _, lang := range []string{"nl", "en"} {
		genericSec[lang] = map[string]string{}
		b, err := os.ReadFile("../crowd/pools_" + lang + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		sec := ""
		for _, l := range strings.Split(string(b), "\n") {
			l = strings.TrimSpace(l)
			if strings.HasPrefix(l, "[") {
				sec = strings.Trim(l, "[]")
				continue
			}
			_, l = scenarios.SplitLineTags(l)
			l = strings.NewReplacer("{quote}", `"q"`, "{worst}", `"q"`).Replace(l)
			for _, sc := range scenarios.Builtin().Scenarios {
				if sc.Language == lang {
					genericSec[lang][nearKey(expandFor(l, sc), nil)] = sec
				}
			}
		}
	}
	paths := map[string]Strategy{"historical": Historical{}, "best": Best{}, "quiet": quiet{}, "mixed": mixed{}}
	only := os.Getenv("CHATTER_AUDIT") // a case's id: that case alone
	for _, sc := range scenarios.Builtin().Scenarios {
		if only != "1" && only != sc.ID {
			continue
		}
		key := sc.ID + "." + sc.Language
		tl := &tally{}
		per[key] = tl
		own := map[string]bool{}
		for _, st := range sc.Crowd.Lines.ByStance() {
			for _, mo := range st.Lines.ByMoment() {
				for _, l := range mo.Lines {
					_, l = scenarios.SplitLineTags(l)
					own[nearKey(expandFor(strings.NewReplacer("{quote}", `"q"`, "{worst}", `"q"`).Replace(l), sc), nil)] = true
				}
			}
		}
		for _, g := range sc.Crowd.Tied {
			for _, l := range g.Lines {
				_, l = scenarios.SplitLineTags(l)
				own[nearKey(expandFor(strings.NewReplacer("{quote}", `"q"`, "{worst}", `"q"`).Replace(l), sc), nil)] = true
			}
		}
		names := []string{sc.Customer.Name, sc.Brand.Name, sc.Brand.Signature}
		for _, name := range []string{"historical", "best", "quiet", "mixed", "rude"} {
			st := paths[name]
			if name == "rude" {
				st = typed(typedReplies[sc.Language][1])
			}
			for seed := uint64(1); seed <= uint64(seeds); seed++ {
				s, err := Run(sc, Options{Seed: seed}, st)
				if err != nil {
					t.Fatalf("%s %s seed %d: %v", key, name, seed, err)
				}
				exact, near := map[string]string{}, map[string]string{}
				spoke := false
				for _, f := range s.Feed() {
					if f.By == "brand" {
						// also a reply the press publishes (the Service
						// Police's column)
						spoke = true
						continue
					}
					if f.Text == "" {
						continue
					}
					where := fmt.Sprintf("%s %s s%d m%.0f", key, name, seed, f.Minute)
					if f.By == "crowd" {
						tl.lines++
						// own lines: compare without the quote before it
						k := nearKey(f.Text, nil)
						if own[k] || own[strings.TrimPrefix(k, "q ")] {
							tl.own++
						} else {
							sec := genericSec[sc.Language][k]
							if sec == "" {
								sec = genericSec[sc.Language][strings.TrimPrefix(k, "q ")]
							}
							if sec == "" {
								sec = "?"
								ex("unknown."+key, f.Text)
							}
							bySec[sc.Language+" "+sec]++
						}
						if ok, w := scenarios.FitsChannel(f.Text, sc.Channel); !ok {
							tl.channel++
							ex("channel", where+": "+w+": "+f.Text)
						}
						if otherLanguage(f.Text, sc.Language) {
							tl.lang++
							ex("lang", where+": "+f.Text)
						}
					}
					if !spoke && (f.By == "crowd" || f.Kind == "customer") {
						low := strings.ToLower(quotedSpan.ReplaceAllString(f.Text, " "))
						for _, w := range praiseWords {
							if strings.Contains(low, w) {
								tl.moment++
								ex("moment", where+": "+f.Text)
								break
							}
						}
					}
					if prev, ok := exact[saidKey(f.Text)]; ok {
						tl.exact++
						ex("exact", where+": "+prev+" | "+f.Text)
					}
					exact[saidKey(f.Text)] = f.Text
					nk := nearKey(f.Text, names)
					if prev, ok := near[nk]; ok && len(strings.Fields(nk)) >= 3 {
						tl.near++
						ex("near", where+": "+prev+" | "+f.Text)
					}
					near[nk] = f.Text
				}
			}
		}
	}
	keys := make([]string, 0, len(per))
	for k := range per {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var sum tally
	for _, k := range keys {
		tl := per[k]
		fmt.Printf("%-32s lines %5d own %3.0f%% exact %3d near %3d channel %3d moment %3d lang %3d\n", k, tl.lines, 100*float64(tl.own)/float64(max(tl.lines, 1)), tl.exact, tl.near, tl.channel, tl.moment, tl.lang)
		sum.lines += tl.lines
		sum.own += tl.own
		sum.exact += tl.exact
		sum.near += tl.near
		sum.channel += tl.channel
		sum.moment += tl.moment
		sum.lang += tl.lang
	}
	fmt.Printf("%-32s lines %5d own %3.0f%% exact %3d near %3d channel %3d moment %3d lang %3d\n", "ALL", sum.lines, 100*float64(sum.own)/float64(max(sum.lines, 1)), sum.exact, sum.near, sum.channel, sum.moment, sum.lang)
	secs := make([]string, 0, len(bySec))
	for k := range bySec {
		secs = append(secs, k)
	}
	sort.Slice(secs, func(i, j int) bool { return bySec[secs[i]] > bySec[secs[j]] })
	for _, k := range secs {
		fmt.Printf("generic %-28s %5d\n", k, bySec[k])
	}
	kinds := make([]string, 0, len(examples))
	for k := range examples {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		fmt.Println("==", k)
		for _, e := range examples[k] {
			fmt.Println("  ", e)
		}
	}
}
