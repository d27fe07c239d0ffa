package scenarios

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

// injects checks the scenario's [[inject]]s: an id used once, a known
// persona, an author, a text within the channel's limit, and a sound crowd
// effect.
func (v *validator) injects() {
	seen := map[string]bool{}
	for i, in := range v.sc.Injects {
		path := fmt.Sprintf("inject[%d]", i+1)
		switch {
		case strings.TrimSpace(in.ID) == "":
			v.errorf(path+".id", "missing: every inject needs an id, the same in every language")
		case seen[in.ID]:
			v.errorf(path+".id", "%q is used twice", in.ID)
		}
		seen[in.ID] = true
		if !slices.Contains(InjectPersonas, in.Persona) {
			v.errorf(path+".persona", "is %q; use %s", in.Persona, strings.Join(InjectPersonas, ", "))
		}
		if strings.TrimSpace(in.Name) == "" {
			v.errorf(path+".name", "missing: who posts this?")
		}
		if strings.TrimSpace(in.Label) == "" {
			v.errorf(path+".label", "missing: what the trainer reads on the inject's button")
		}
		v.text(path+".text", in.Text)
		if in.Followers < 0 {
			v.errorf(path+".followers", "is %d; followers cannot be negative", in.Followers)
		}
		if in.OutletFollowers < 0 {
			v.errorf(path+".outlet_followers", "is %d; followers cannot be negative", in.OutletFollowers)
		}
		if !in.AsksAnswer && (in.Prompt != "" || in.Timeout > 0) {
			v.warnf(path+".asks_answer", "prompt and timeout are only used when asks_answer is true")
		}
		v.promptCounts(path+".prompt", in.Prompt)
		v.crowdSide(path+".crowd", in.Crowd)
	}
}

// crossCheckInjects reports injects that exist in one language of a
// scenario but not in its translation: a trainer running a mixed room
// sends one inject to everyone.
func crossCheckInjects(langs map[string]map[string]*Scenario) []Problem {
	var problems []Problem
	for _, byLang := range langs {
		for _, sc := range byLang {
			for _, other := range byLang {
				if other == sc {
					continue
				}
				for i, in := range sc.Injects {
					if _, ok := other.Inject(in.ID); !ok {
						const missing = "inject %q has no %q translation in %s"
						args := []any{in.ID, other.Language, other.File}
						problems = append(problems, Problem{File: sc.File, Line: 1, Field: fmt.Sprintf("inject[%d].id", i+1),
							Message: fmt.Sprintf(missing, args...), Warning: true, Format: missing, Args: args})
					}
				}
			}
		}
	}
	sort.SliceStable(problems, func(i, j int) bool { return problems[i].File < problems[j].File })
	return problems
}
