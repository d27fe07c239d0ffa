package scenarios

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"
	"github.com/webcaresim/webcaresim/scenarios/tomlpos"
)

//go:embed builtin/*.toml
var builtinFS embed.FS

// Problem is one thing wrong with a scenario file, printed as
// "FILE:LINE: field: problem" (the same type as a rubric file's problems).
type Problem = tomlpos.Problem

// Set is the result of loading many files: every scenario that loaded and
// every problem found. A broken file never stops the others from loading.
type Set struct {
	Scenarios []*Scenario
	Problems  []Problem
}

// Errors returns the problems that are not warnings.
func (s Set) Errors() []Problem {
	var out []Problem
	for _, p := range s.Problems {
		if !p.Warning {
			out = append(out, p)
		}
	}
	return out
}

// Find returns the scenario with this id in this language; with an empty
// language, the Dutch one if there is one, else the first.
func (s Set) Find(id, lang string) (*Scenario, bool) {
	var first *Scenario
	for _, sc := range s.Scenarios {
		if sc.ID != id {
			continue
		}
		if sc.Language == lang || (lang == "" && sc.Language == "nl") {
			return sc, true
		}
		if first == nil {
			first = sc
		}
	}
	if lang == "" && first != nil {
		return first, true
	}
	return nil, false
}

// Builtin loads the scenarios embedded in the program, with every check
// (webcaresim check and the tests).
func Builtin() Set { return builtin(allChecks) }

// BuiltinForPlay loads the embedded scenarios to be played: the same
// scenarios as Builtin, without the warnings meant only for an author. The
// story follow-up warnings read every written choice with the rubric and
// build word lists of choices and routes, a large part of what loading the
// built-ins costs at every start of the game; the built-ins are checked in
// full by the tests and by webcaresim check, and a warning never stops a
// scenario from loading.
func BuiltinForPlay() Set { return builtin(playChecks) }

func builtin(c checks) Set {
	var set Set
	names, _ := fs.Glob(builtinFS, "builtin/*.toml")
	sort.Strings(names)
	for _, name := range names {
		data, err := builtinFS.ReadFile(name)
		if err != nil {
			set.Problems = append(set.Problems, Problem{File: name, Message: err.Error()})
			continue
		}
		set.add(parse(name, data, c))
	}
	set.Problems = append(set.Problems, crossCheck(set.Scenarios)...)
	sortScenarios(set.Scenarios)
	return set
}

// Load reads scenario files and the *.toml files in folders.
func Load(paths ...string) Set {
	var set Set
	for _, path := range paths {
		info, err := os.Stat(path)
		if err != nil {
			set.Problems = append(set.Problems, Problem{File: path, Message: err.Error()})
			continue
		}
		files := []string{path}
		if info.IsDir() {
			files, _ = filepath.Glob(filepath.Join(path, "*.toml"))
			sort.Strings(files)
		}
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				set.Problems = append(set.Problems, Problem{File: f, Message: err.Error()})
				continue
			}
			set.add(Parse(f, data))
		}
	}
	set.Problems = append(set.Problems, crossCheck(set.Scenarios)...)
	sortScenarios(set.Scenarios)
	return set
}

// Merge adds the scenarios of other to s; a scenario of other replaces one of
// s with the same id and language.
func (s Set) Merge(other Set) Set {
	out := Set{Problems: append(append([]Problem{}, s.Problems...), other.Problems...)}
	seen := map[string]bool{}
	for _, sc := range other.Scenarios {
		seen[sc.Key()] = true
		out.Scenarios = append(out.Scenarios, sc)
	}
	for _, sc := range s.Scenarios {
		if !seen[sc.Key()] {
			out.Scenarios = append(out.Scenarios, sc)
		}
	}
	sortScenarios(out.Scenarios)
	return out
}

func (s *Set) add(sc *Scenario, problems []Problem) {
	s.Problems = append(s.Problems, problems...)
	if sc != nil {
		s.Scenarios = append(s.Scenarios, sc)
	}
}

func sortScenarios(list []*Scenario) {
	sort.SliceStable(list, func(i, j int) bool {
		a, b := list[i], list[j]
		if a.Order != b.Order {
			return a.Order < b.Order
		}
		if a.ID != b.ID {
			return a.ID < b.ID
		}
		return a.Language < b.Language
	})
}

// checks are which of the validator's checks a parse runs.
type checks struct {
	// followUps: warn about routes whose follow-up presumes words the
	// route's condition does not require (followup.go).
	followUps bool
}

var (
	allChecks  = checks{followUps: true}
	playChecks = checks{}
)

// Parse decodes and validates one scenario file. It returns the scenario
// (nil when an error makes it unplayable) and every problem found.
func Parse(file string, data []byte) (*Scenario, []Problem) {
	return parse(file, data, allChecks)
}

func parse(file string, data []byte, c checks) (*Scenario, []Problem) {
	if p := checkShape(file, data); p != nil {
		return nil, []Problem{*p}
	}
	var sc Scenario
	pos := tomlpos.Scan(string(data))
	md, err := toml.Decode(string(data), &sc)
	if err != nil {
		return nil, []Problem{decodeProblem(file, err, pos)}
	}
	sc.File = file
	var problems []Problem
	for _, key := range md.Undecoded() {
		path := key.String()
		lines := pos.Lines(path)
		if len(lines) == 0 {
			lines = []int{0}
		}
		for _, l := range lines {
			p := Problem{File: file, Line: l, Field: path, Message: "unknown key", Format: "unknown key"}
			if s := suggest(path); s != "" {
				p.Format, p.Args = "unknown key (did you mean %q?)", []any{s}
				p.Message = fmt.Sprintf(p.Format, s)
			}
			problems = append(problems, p)
		}
	}
	problems = append(problems, validate(&sc, pos, c)...)
	// In file order, as an editor shows them.
	sort.SliceStable(problems, func(i, j int) bool { return problems[i].Line < problems[j].Line })
	for _, p := range problems {
		if !p.Warning {
			return nil, problems
		}
	}
	return &sc, problems
}

var typeErr = regexp.MustCompile(`^toml: (?:line (\d+) )?\(last key "([^"]*)"\): (.*)$`)

func decodeProblem(file string, err error, pos tomlpos.Positions) Problem {
	var pe toml.ParseError
	if errors.As(err, &pe) {
		field := ""
		if pe.LastKey != "" {
			field = pe.LastKey
		}
		msg := pe.Message
		if msg == "" {
			msg = strings.TrimPrefix(pe.Error(), "toml: ")
		}
		return Problem{File: file, Line: pe.Position.Line, Field: field, Message: msg}
	}
	// Type mismatches come as plain errors: "toml: line 2 (last key "x"): …".
	if m := typeErr.FindStringSubmatch(err.Error()); m != nil {
		line, _ := strconv.Atoi(m[1])
		return Problem{File: file, Line: line, Field: m[2], Message: m[3]}
	}
	return Problem{File: file, Message: strings.TrimPrefix(err.Error(), "toml: ")}
}

// suggest names the known key closest to an unknown one.
func suggest(path string) string {
	last := path[strings.LastIndexByte(path, '.')+1:]
	best, bestD := "", 3
	for _, k := range knownKeys {
		if d := editDistance(last, k); d < bestD {
			best, bestD = k, d
		}
	}
	if best == "" || best == last {
		return ""
	}
	return best
}

var knownKeys = []string{"id", "title", "language", "channel", "brand", "based_on", "summary",
	"difficulty", "order", "tags", "sla_minutes", "start", "duration", "start_clock", "customer",
	"crowd", "actor", "post", "decision", "ending", "debrief", "name", "handle", "signature",
	"followers", "tone", "mood", "audience", "baseline_per_hour", "branching", "half_life_minutes",
	"negative_share", "negative", "positive", "neutral", "kind", "after_negative_posts", "text",
	"at", "by", "likes", "shares", "historical", "private", "stance", "private_reply", "historical_path", "prompt", "allow_free_text", "reply_to", "choice",
	"route", "action", "timeout", "on_timeout", "next", "feedback", "when", "minutes", "outcome",
	"what_happened", "sources", "tips", "historical_curve", "historical_shares", "historical_measure", "historical_label",
	"observed", "measure", "at_least", "at_most", "source",
	"empathy_at_least", "empathy_below", "deescalation_at_least", "deescalation_below", "has",
	"lacks", "has_any", "inject", "label", "persona", "asks_answer", "turn", "reach_at_least", "reach_below",
	"heat_at_least", "heat_below", "critics_at_least", "critics_below",
	"support_reach_at_least", "support_reach_below", "group_at_least", "group_below", "covered",
	"failed", "lines", "critic", "supporter", "joker", "press", "onlooker", "silent", "replied", "apology", "bad", "any"}

func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(b)]
}
