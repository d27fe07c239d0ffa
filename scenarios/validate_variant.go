package scenarios

import (
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
)

// variants checks the variants of every prompt, post and ending: each has
// tags that parse and name features the rubric knows, and the text its
// place uses (a prompt for a decision, a text for a post or an ending),
// within the channel's limit for a post.
func (v *validator) variants() {
	postVariants := func(path string, posts []Post) {
		for i, p := range posts {
			for k, va := range p.Variants {
				vp := strings.TrimPrefix(fmt.Sprintf("%s.post[%d].variant[%d]", path, i+1, k+1), ".")
				v.variantIf(vp, va)
				if !va.Crowd.Empty() {
					v.crowdCondition(vp+".crowd", va.Crowd)
				}
				if va.Prompt != "" {
					v.errorf(vp+".prompt", "a post's variant replaces its text: use text")
				}
				v.noTitle(vp, va)
				v.text(vp+".text", va.Text)
			}
		}
	}
	postVariants("", v.sc.Posts)
	for i := range v.sc.Decisions {
		d := &v.sc.Decisions[i]
		path := fmt.Sprintf("decision[%d]", i+1)
		for k, va := range d.Variants {
			vp := fmt.Sprintf("%s.variant[%d]", path, k+1)
			v.variantIf(vp, va)
			v.noCrowd(vp, va)
			v.noTitle(vp, va)
			if va.Text != "" {
				v.errorf(vp+".text", "a decision's variant replaces its prompt: use prompt")
			}
			if strings.TrimSpace(va.Prompt) == "" {
				v.errorf(vp+".prompt", "empty text")
			}
			v.promptCounts(vp+".prompt", va.Prompt)
		}
		postVariants(path, d.Posts)
	}
	for i := range v.sc.Endings {
		e := &v.sc.Endings[i]
		path := fmt.Sprintf("ending[%d]", i+1)
		for k, va := range e.Variants {
			vp := fmt.Sprintf("%s.variant[%d]", path, k+1)
			v.variantIf(vp, va)
			v.noCrowd(vp, va)
			if va.Prompt != "" {
				v.errorf(vp+".prompt", "an ending's variant replaces its text: use text")
			}
			if strings.TrimSpace(va.Text) == "" {
				v.errorf(vp+".text", "empty text")
			}
		}
		postVariants(path, e.Posts)
	}
}

// variantIf checks a variant's tags: at least one, each has:, lacks:,
// ever: or never: with features the rubric knows.
func (v *validator) variantIf(path string, va Variant) {
	v.patterns(path, va.Says)
	v.patterns(path, va.Said)
	for k, id := range va.After {
		if _, isDecision := v.sc.Decision(id); !isDecision {
			if _, isEnding := v.sc.Ending(id); !isEnding {
				v.errorf(fmt.Sprintf("%s.after[%d]", path, k+1), "%q is neither a decision nor an ending in this file", id)
			}
		}
	}
	if va.At != "" {
		if _, isDecision := v.sc.Decision(va.At); !isDecision {
			v.errorf(path+".at", "%q is not a decision", va.At)
		}
	} else if va.Silent {
		v.errorf(path+".silent", "silent at which decision? give at")
	}
	tags := VariantTags(va.If)
	if len(tags) == 0 && len(va.Says) == 0 && len(va.Said) == 0 && len(va.After) == 0 && va.Crowd.Empty() && !va.Failed && !va.Silent {
		v.errorf(path+".if", "missing: which replies this text is for (has:F, lacks:F, ever:F or never:F, or says)")
		return
	}
	for _, t := range tags {
		kind, value, ok := strings.Cut(t, ":")
		if !ok || !slices.Contains(LineFindsTags, kind) || value == "" {
			v.errorf(path+".if", "unknown tag %q; use has:FEATURE, lacks:FEATURE, ever:FEATURE or never:FEATURE", t)
			continue
		}
		v.knownFeatures(path+".if", strings.Split(value, "|"))
	}
}

// variantGuarantees are the features a variant's tags guarantee of the
// reply that led to its text: has:F with a single feature, or several
// that each count ("has:apology|resolved" guarantees one of them).
func variantGuarantees(cond string) [][]string {
	var out [][]string
	for _, t := range VariantTags(cond) {
		if kind, value, _ := strings.Cut(t, ":"); kind == "has" {
			out = append(out, strings.Split(value, "|"))
		}
	}
	return out
}

// variantPlaces lists a scenario's variants by where they are, with their
// tags normalised, for comparing two languages.
func variantPlaces(sc *Scenario) map[string]string {
	out := map[string]string{}
	add := func(path string, vs []Variant) {
		for k, va := range vs {
			key := strings.Join(VariantTags(va.If), ",")
			if len(va.Says) > 0 {
				key += " and what it says" // the words differ by language
			}
			if len(va.Said) > 0 {
				key += " and what was said"
			}
			if len(va.After) > 0 {
				key += " after " + strings.Join(va.After, "|")
			}
			if va.At != "" {
				key += " at " + va.At
			}
			if va.Silent {
				key += " in silence"
			}
			if !va.Crowd.Empty() {
				key += " when the crowd " + crowdKey(va.Crowd)
			}
			if va.Failed {
				key += " in a round a reply failed"
			}
			out[fmt.Sprintf("%s.variant[%d]", path, k+1)] = key
		}
	}
	posts := func(path string, ps []Post) {
		for i, p := range ps {
			add(strings.TrimPrefix(fmt.Sprintf("%s.post[%d]", path, i+1), "."), p.Variants)
		}
	}
	posts("", sc.Posts)
	for i, d := range sc.Decisions {
		path := fmt.Sprintf("decision[%d]", i+1)
		add(path, d.Variants)
		posts(path, d.Posts)
	}
	for i, e := range sc.Endings {
		path := fmt.Sprintf("ending[%d]", i+1)
		add(path, e.Variants)
		posts(path, e.Posts)
	}
	return out
}

// crossCheckVariants reports variants that one language of a scenario has
// and its translation lacks, or has with other tags: the same reply must
// read the same story in either language.
func crossCheckVariants(langs map[string]map[string]*Scenario) []Problem {
	var problems []Problem
	for _, byLang := range langs {
		for _, sc := range byLang {
			mine := variantPlaces(sc)
			for _, other := range byLang {
				if other == sc {
					continue
				}
				theirs := variantPlaces(other)
				for _, path := range slices.Sorted(maps.Keys(mine)) {
					if theirs[path] == mine[path] {
						continue
					}
					const differs = "the variant for %q has no match in %s (%q there): give both languages the same variants in the same order"
					args := []any{mine[path], other.File, theirs[path]}
					problems = append(problems, Problem{File: sc.File, Line: 1, Field: path,
						Message: fmt.Sprintf(differs, args...), Warning: true, Format: differs, Args: args})
				}
			}
		}
	}
	sort.SliceStable(problems, func(i, j int) bool { return problems[i].File < problems[j].File })
	return problems
}
