package scoring

import (
	_ "embed"
	"errors"
	"fmt"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/BurntSushi/toml"
)

//go:embed rubric.toml
var builtinRubric []byte

// BuiltinRubric returns the text of the embedded rubric.toml, as a starting
// point for a trainer's own file.
func BuiltinRubric() []byte { return append([]byte(nil), builtinRubric...) }

// Rubric holds the features, their points and their patterns per language,
// as read from rubric.toml. It is immutable once loaded and safe for use by
// several goroutines.
type Rubric struct {
	Source string // the file it came from

	baseEmpathy      float64
	baseDeescalation float64
	negWindow        int
	gapWords         int
	tooShortWords    int
	wallWords        int
	angryBelow       float64
	delightedAbove   float64
	notShouting      map[string]bool

	function   map[string]uint8 // function word -> bit set of the languages (langList order) it belongs to
	funcBloom  bloom
	otherLang  map[string]bool // common words of languages without patterns (French, German, Turkish...)
	notContent map[string]bool // function and generic words of every language

	features []*feature
	byID     map[string]*feature
	langs    map[string]*langRules
	langList []string // sorted, for deterministic iteration
	expect   []expectation

	pool sync.Pool
}

type feature struct {
	idx          int
	ID           string
	Dimension    string
	Points       float64
	RepeatPoints float64
	Also         map[string]float64
	alsoDims     []string // sorted keys of Also
	AngryFactor  float64
	HappyFactor  float64
	Negatable    bool
	Cancels      []int
	SoftenedBy   []int
	SoftenFactor float64
	Detector     string
	Of           int  // the feature a detector works on, -1 if none
	NotCustomer  bool // a match that contains the customer's name does not count
	Cap          map[string]float64
	capDims      []string
	Label        map[string]string
	Missing      map[string]string
	Tip          map[string]string
}

type langRules struct {
	neg        map[string]bool
	negSet     wordSet // neg with its bloom filter, for the tokenizer
	quoteIntro []*pattern
	introIdx   map[string][]*pattern // first-word stem -> quote intros
	function   map[string]bool
	genericW   map[string]bool // words that refer to no post in particular
	patterns   []*pattern
	stemIdx    map[string][]int32 // first-word stem -> patterns
	wordIdx    map[string][]int32 // first-word exact form -> patterns
	prefixIdx  map[string][]int32 // first two letters of a first-word prefix ("frustr*") -> patterns
	punctIdx   map[string][]int32 // first symbol ("^") -> patterns
	generic    []int32            // patterns starting with a suffix, "contains" or "_"

	// Bloom filters of the keys of stemIdx, wordIdx, prefixIdx and
	// introIdx: most words of a reply start no pattern, and skip the map.
	stemBloom, wordBloom, prefixBloom, introBloom bloom
	regex                                         []int32
}

type expectation struct {
	when string
	any  []int
}

// Detectors are checks a word list cannot express; the rubric names them
// so that their points, labels and tips stay in the TOML file.
var detectors = map[string]string{
	"name":           "the customer's name or handle in the reply",
	"shouting":       "words in capitals, runs of exclamation marks",
	"canned":         "boilerplate that refers to nothing in the customer's post",
	"wrong_language": "a reply mostly in another language than the customer's",
	"too_short":      "fewer words than too_short_words",
	"wall_of_text":   "more words than wall_of_text_words",
	"misplaced":      "feature `of` in a reply to a delighted customer",
	"at_expense":     "feature `of` in the sentence that mentions a third party",
}

var whens = map[string]bool{"always": true, "complaint": true, "angry": true, "delighted": true}

// Problem is one thing wrong in a rubric file, with its place.
type Problem struct {
	File    string
	Line    int
	Field   string
	Message string
}

func (p Problem) String() string {
	if p.Line > 0 {
		return fmt.Sprintf("%s:%d: %s: %s", p.File, p.Line, p.Field, p.Message)
	}
	return fmt.Sprintf("%s: %s: %s", p.File, p.Field, p.Message)
}

// LoadError lists every problem found in a rubric file.
type LoadError struct{ Problems []Problem }

func (e *LoadError) Error() string {
	lines := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}

var (
	defaultOnce   sync.Once
	defaultRubric *Rubric
)

// Default returns the embedded rubric.
func Default() *Rubric {
	defaultOnce.Do(func() {
		r, err := Parse(builtinRubric, "scoring/rubric.toml")
		if err != nil {
			// The embedded file is tested; reaching this is a build error.
			panic("scoring: built-in rubric: " + err.Error())
		}
		defaultRubric = r
	})
	return defaultRubric
}

// LoadFile reads a rubric from a user file that replaces the embedded one.
// Errors name the file, line and field of each problem.
func LoadFile(path string) (*Rubric, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Parse(data, path)
}

// The file format; see rubric.toml for the meaning of each key.
type fileRubric struct {
	Settings fileSettings            `toml:"settings"`
	Language map[string]fileLanguage `toml:"language"`
	Feature  []fileFeature           `toml:"feature"`
	Expect   []fileExpect            `toml:"expect"`
}

type fileSettings struct {
	BaselineEmpathy      *float64 `toml:"baseline_empathy"`
	BaselineDeescalation *float64 `toml:"baseline_deescalation"`
	NegationWindow       *int     `toml:"negation_window"`
	GapWords             *int     `toml:"gap_words"`
	TooShortWords        *int     `toml:"too_short_words"`
	WallOfTextWords      *int     `toml:"wall_of_text_words"`
	AngryBelow           *float64 `toml:"angry_below"`
	DelightedAbove       *float64 `toml:"delighted_above"`
	NotShouting          []string `toml:"not_shouting"`
	OtherLanguageWords   []string `toml:"other_language_words"`
}

type fileLanguage struct {
	Negation      []string `toml:"negation"`
	QuoteIntro    []string `toml:"quote_intro"`
	FunctionWords []string `toml:"function_words"`
	GenericWords  []string `toml:"generic_words"`
}

type fileFeature struct {
	ID           string              `toml:"id"`
	Dimension    string              `toml:"dimension"`
	Points       *float64            `toml:"points"`
	RepeatPoints float64             `toml:"repeat_points"`
	Also         map[string]float64  `toml:"also"`
	AngryFactor  *float64            `toml:"angry_factor"`
	HappyFactor  *float64            `toml:"happy_factor"`
	Negatable    *bool               `toml:"negatable"`
	Cancels      []string            `toml:"cancels"`
	SoftenedBy   []string            `toml:"softened_by"`
	SoftenFactor *float64            `toml:"soften_factor"`
	Detector     string              `toml:"detector"`
	Of           string              `toml:"of"`
	NotCustomer  bool                `toml:"not_the_customer"`
	Cap          map[string]float64  `toml:"cap"`
	Label        map[string]string   `toml:"label"`
	Missing      map[string]string   `toml:"missing"`
	Tip          map[string]string   `toml:"tip"`
	Patterns     map[string][]string `toml:"patterns"`
}

type fileExpect struct {
	When string   `toml:"when"`
	Any  []string `toml:"any"`
}

// Parse reads a rubric from TOML text; file names it in errors.
func Parse(data []byte, file string) (*Rubric, error) {
	var fr fileRubric
	md, err := toml.Decode(string(data), &fr)
	if err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			return nil, &LoadError{[]Problem{{File: file, Line: pe.Position.Line, Field: keyOf(pe), Message: pe.Message}}}
		}
		return nil, &LoadError{[]Problem{{File: file, Field: "(file)", Message: err.Error()}}}
	}
	pos := scanRubricPositions(string(data))
	var probs []Problem
	add := func(line int, field, format string, args ...any) {
		probs = append(probs, Problem{File: file, Line: line, Field: field, Message: fmt.Sprintf(format, args...)})
	}
	for _, k := range md.Undecoded() {
		field := k.String()
		for _, ln := range pos.linesOf(field) {
			add(ln, field, "unknown key")
		}
		if len(pos.linesOf(field)) == 0 {
			add(0, field, "unknown key")
		}
	}

	r := &Rubric{Source: file, byID: map[string]*feature{}, langs: map[string]*langRules{}, notShouting: map[string]bool{}}
	st := fr.Settings
	r.baseEmpathy = getF(st.BaselineEmpathy, 35)
	r.baseDeescalation = getF(st.BaselineDeescalation, 50)
	r.negWindow = getI(st.NegationWindow, 3)
	r.gapWords = getI(st.GapWords, 5)
	r.tooShortWords = getI(st.TooShortWords, 3)
	r.wallWords = getI(st.WallOfTextWords, 80)
	r.angryBelow = getF(st.AngryBelow, -0.3)
	r.delightedAbove = getF(st.DelightedAbove, 0.3)
	for name, v := range map[string]float64{"baseline_empathy": r.baseEmpathy, "baseline_deescalation": r.baseDeescalation} {
		if v < 0 || v > 100 {
			add(pos.key("settings."+name), "settings."+name, "must be between 0 and 100, not %v", v)
		}
	}
	if r.negWindow < 0 || r.negWindow > 10 {
		add(pos.key("settings.negation_window"), "settings.negation_window", "must be between 0 and 10 words")
	}
	if r.gapWords < 1 || r.gapWords > 12 {
		add(pos.key("settings.gap_words"), "settings.gap_words", "must be between 1 and 12 words")
	}
	for _, w := range st.NotShouting {
		r.notShouting[foldString(w)] = true
	}

	if len(fr.Language) == 0 {
		add(0, "language", "no [language.xx] table: the rubric needs at least one language")
	}
	for lang := range fr.Language {
		r.langList = append(r.langList, lang)
	}
	sort.Strings(r.langList)
	for _, lang := range r.langList {
		fl := fr.Language[lang]
		lr := &langRules{neg: map[string]bool{}, function: map[string]bool{}, genericW: map[string]bool{}, introIdx: map[string][]*pattern{},
			stemIdx: map[string][]int32{}, wordIdx: map[string][]int32{},
			prefixIdx: map[string][]int32{}, punctIdx: map[string][]int32{}}
		for _, w := range fl.Negation {
			lr.neg[foldString(normApos(w))] = true
		}
		for _, w := range fl.FunctionWords {
			lr.function[foldString(normApos(w))] = true
		}
		for _, w := range fl.GenericWords {
			lr.genericW[foldString(normApos(w))] = true
		}
		for i, q := range fl.QuoteIntro {
			field := fmt.Sprintf("language.%s.quote_intro[%d]", lang, i+1)
			p, err := compilePattern(q, lang)
			if err != nil {
				add(pos.key("language."+lang+".quote_intro"), field, "%v", err)
				continue
			}
			lr.quoteIntro = append(lr.quoteIntro, p)
			if p.re != nil || p.toks[0].kind != pStem {
				add(pos.key("language."+lang+".quote_intro"), field, "must start with a plain word")
				continue
			}
			lr.introIdx[p.toks[0].s] = append(lr.introIdx[p.toks[0].s], p)
			lr.introBloom.add(fnv32([]byte(p.toks[0].s)))
		}
		r.langs[lang] = lr
	}
	r.function, r.notContent = map[string]uint8{}, map[string]bool{}
	for k, lang := range r.langList {
		for w := range r.langs[lang].function {
			if k < 8 {
				r.function[w] |= 1 << uint(k)
			}
			r.notContent[w] = true
		}
		for w := range r.langs[lang].genericW {
			r.notContent[w] = true
		}
	}
	// Negation words of every language count in every language: a Dutch
	// reply that says "not sorry" has not apologised, and no negation word
	// of one language is an ordinary word in another.
	for _, lang := range r.langList {
		for _, other := range r.langList {
			for w := range r.langs[other].neg {
				r.langs[lang].neg[w] = true
			}
		}
	}
	for _, lang := range r.langList {
		for w := range r.langs[lang].neg {
			r.langs[lang].negSet.add(w)
		}
	}
	r.otherLang = map[string]bool{}
	for _, w := range st.OtherLanguageWords {
		w = foldString(normApos(w))
		if r.function[w] != 0 {
			// A word of a rubric language says nothing against it.
			continue
		}
		r.otherLang[w] = true
		r.funcBloom.add(fnv32([]byte(w)))
	}
	for w := range r.function {
		r.funcBloom.add(fnv32([]byte(w)))
	}

	// First pass: ids, so that cancels/of/expect can refer forward.
	for i, ff := range fr.Feature {
		field := fmt.Sprintf("feature[%d]", i+1)
		if ff.ID == "" {
			add(pos.feature(i), field+".id", "missing")
			continue
		}
		if _, dup := r.byID[ff.ID]; dup {
			add(pos.featureKey(i, "id"), field+".id", "%q is used twice", ff.ID)
			continue
		}
		f := &feature{idx: len(r.features), ID: ff.ID}
		r.byID[ff.ID] = f
		r.features = append(r.features, f)
	}
	ref := func(i int, key, id string) int {
		if f, ok := r.byID[id]; ok {
			return f.idx
		}
		add(pos.featureKey(i, key), fmt.Sprintf("feature[%d].%s", i+1, key), "no feature has the id %q", id)
		return -1
	}
	for i, ff := range fr.Feature {
		if ff.ID == "" || indexOfFeature(fr.Feature, ff.ID) != i {
			continue // missing or duplicate id, already reported
		}
		f := r.byID[ff.ID]
		field := fmt.Sprintf("feature[%d]", i+1)
		at := func(key string) int { return pos.featureKey(i, key) }
		switch ff.Dimension {
		case Empathy, Deescalation:
			f.Dimension = ff.Dimension
		case "":
			add(pos.feature(i), field+".dimension", "missing: %q or %q", Empathy, Deescalation)
		default:
			add(at("dimension"), field+".dimension", "unknown dimension %q: use %q or %q", ff.Dimension, Empathy, Deescalation)
		}
		if ff.Points == nil {
			add(pos.feature(i), field+".points", "missing")
		} else {
			f.Points = *ff.Points
		}
		f.RepeatPoints = ff.RepeatPoints
		f.Also = ff.Also
		for dim := range ff.Also {
			if dim != Empathy && dim != Deescalation {
				add(at("also"), field+".also", "unknown dimension %q", dim)
			}
			if dim == ff.Dimension {
				add(at("also"), field+".also", "%q is already the feature's own dimension", dim)
			}
			f.alsoDims = append(f.alsoDims, dim)
		}
		sort.Strings(f.alsoDims)
		f.AngryFactor = getF(ff.AngryFactor, 1)
		f.HappyFactor = getF(ff.HappyFactor, 1)
		f.Negatable = f.Points > 0
		if ff.Negatable != nil {
			f.Negatable = *ff.Negatable
		}
		f.SoftenFactor = getF(ff.SoftenFactor, 0.5)
		f.NotCustomer = ff.NotCustomer
		f.Cap = ff.Cap
		for dim, v := range ff.Cap {
			if dim != Empathy && dim != Deescalation {
				add(at("cap"), field+".cap", "unknown dimension %q", dim)
			}
			if v < 0 || v > 100 {
				add(at("cap"), field+".cap."+dim, "must be between 0 and 100, not %v", v)
			}
			f.capDims = append(f.capDims, dim)
		}
		sort.Strings(f.capDims)
		for _, c := range ff.Cancels {
			if j := ref(i, "cancels", c); j >= 0 {
				f.Cancels = append(f.Cancels, j)
			}
		}
		for _, c := range ff.SoftenedBy {
			if j := ref(i, "softened_by", c); j >= 0 {
				f.SoftenedBy = append(f.SoftenedBy, j)
			}
		}
		f.Of = -1
		if ff.Detector != "" {
			if _, ok := detectors[ff.Detector]; !ok {
				add(at("detector"), field+".detector", "unknown detector %q (known: %s)", ff.Detector, knownDetectors())
			}
			f.Detector = ff.Detector
			if ff.Detector == "misplaced" || ff.Detector == "at_expense" {
				if ff.Of == "" {
					add(at("detector"), field+".of", "the %s detector needs `of`, the feature it works on", ff.Detector)
				} else {
					f.Of = ref(i, "of", ff.Of)
				}
			}
		} else if ff.Of != "" {
			add(at("of"), field+".of", "only a detector uses `of`")
		}
		f.Label, f.Missing, f.Tip = ff.Label, ff.Missing, ff.Tip
		for _, lang := range r.langList {
			if ff.Label[lang] == "" {
				add(at("label"), field+".label."+lang, "missing: a one-line explanation in %s", lang)
			}
		}
		checkLangs := func(key string, m map[string]string) {
			for lang := range m {
				if r.langs[lang] == nil {
					add(at(key), field+"."+key+"."+lang, "unknown language %q", lang)
				}
			}
		}
		checkLangs("label", ff.Label)
		checkLangs("missing", ff.Missing)
		checkLangs("tip", ff.Tip)
		npat := 0
		for _, lang := range sortedKeys(ff.Patterns) {
			lr := r.langs[lang]
			if lr == nil {
				add(at("patterns."+lang), field+".patterns."+lang, "unknown language %q", lang)
				continue
			}
			for k, src := range ff.Patterns[lang] {
				pf := fmt.Sprintf("%s.patterns.%s[%d]", field, lang, k+1)
				p, err := compilePattern(src, lang)
				if err != nil {
					add(pos.literal(i, src, "patterns."+lang), pf, "%v", err)
					continue
				}
				p.feature = f.idx
				lr.add(p)
				npat++
			}
		}
		if npat == 0 && ff.Detector == "" && len(ff.Patterns) == 0 {
			add(at("id"), field+".patterns", "feature %q has no patterns and no detector: it can never be found", ff.ID)
		}
	}
	for i, fe := range fr.Expect {
		field := fmt.Sprintf("expect[%d]", i+1)
		if !whens[fe.When] {
			add(pos.expectKey(i, "when"), field+".when", "unknown situation %q: use always, complaint, angry or delighted", fe.When)
		}
		if len(fe.Any) == 0 {
			add(pos.expectKey(i, "any"), field+".any", "empty: name the features one of which is expected")
		}
		e := expectation{when: fe.When}
		for _, id := range fe.Any {
			f, ok := r.byID[id]
			if !ok {
				add(pos.expectKey(i, "any"), field+".any", "no feature has the id %q", id)
				continue
			}
			e.any = append(e.any, f.idx)
		}
		r.expect = append(r.expect, e)
	}
	if len(probs) > 0 {
		sort.SliceStable(probs, func(a, b int) bool { return probs[a].Line < probs[b].Line })
		return nil, &LoadError{probs}
	}
	r.pool.New = func() any { return new(scratch) }
	return r, nil
}

func indexOfFeature(ff []fileFeature, id string) int {
	for i := range ff {
		if ff[i].ID == id {
			return i
		}
	}
	return -1
}

func knownDetectors() string {
	var names []string
	for n := range detectors {
		names = append(names, n)
	}
	sort.Strings(names)
	return strings.Join(names, ", ")
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// add indexes a compiled pattern by its first word, so that a reply's
// token only meets the patterns that can start with it: by stem, by exact
// form, by the first two letters of a prefix, by symbol. Only patterns
// that start with a suffix, a "contains" or "_" are tried everywhere.
func (lr *langRules) add(p *pattern) {
	i := int32(len(lr.patterns))
	lr.patterns = append(lr.patterns, p)
	if p.re != nil {
		lr.regex = append(lr.regex, i)
		return
	}
	first := p.toks[0]
	alts := []ptok{first}
	if first.kind == pAlt {
		alts = first.alts
	}
	put := func(m map[string][]int32, k string) {
		if l := m[k]; len(l) > 0 && l[len(l)-1] == i {
			return // two alternatives with one key
		}
		m[k] = append(m[k], i)
	}
	generic := false
	for _, t := range alts {
		switch {
		case t.kind == pStem:
			put(lr.stemIdx, t.s)
			lr.stemBloom.add(fnv32([]byte(t.s)))
		case t.kind == pExact:
			put(lr.wordIdx, t.s)
			lr.wordBloom.add(fnv32([]byte(t.s)))
		case t.kind == pPrefix && len(t.s) >= 2:
			put(lr.prefixIdx, t.s[:2])
			lr.prefixBloom.add(fnv32([]byte(t.s[:2])))
		case t.kind == pPunct:
			put(lr.punctIdx, string(t.r))
		default:
			generic = true
		}
	}
	if generic {
		lr.generic = append(lr.generic, i)
	}
}

func getF(p *float64, def float64) float64 {
	if p == nil {
		return def
	}
	return *p
}

func getI(p *int, def int) int {
	if p == nil {
		return def
	}
	return *p
}

func keyOf(pe toml.ParseError) string {
	if len(pe.LastKey) > 0 {
		return pe.LastKey
	}
	return "(syntax)"
}

// rubricPositions maps keys of a rubric file to their lines; the TOML
// decoder gives positions for syntax errors only.
type rubricPositions struct {
	lines    []string
	features []int            // line of each [[feature]]
	expects  []int            // line of each [[expect]]
	keys     map[string][]int // "feature[2].points", "settings.gap_words" -> line
	plain    map[string][]int // "feature.labl" -> lines (for unknown keys)
}

func scanRubricPositions(data string) *rubricPositions {
	p := &rubricPositions{lines: strings.Split(data, "\n"), keys: map[string][]int{}, plain: map[string][]int{}}
	table, plainTable := "", ""
	for i, raw := range p.lines {
		ln := i + 1
		line := strings.TrimSpace(raw)
		if line == "" || line[0] == '#' {
			continue
		}
		switch {
		case strings.HasPrefix(line, "[[") && strings.Contains(line, "]]"):
			name := strings.TrimSpace(line[2:strings.Index(line, "]]")])
			switch name {
			case "feature":
				p.features = append(p.features, ln)
				table = "feature[" + strconv.Itoa(len(p.features)) + "]"
			case "expect":
				p.expects = append(p.expects, ln)
				table = "expect[" + strconv.Itoa(len(p.expects)) + "]"
			default:
				table = name
			}
			plainTable = name
			p.plain[name] = append(p.plain[name], ln)
			continue
		case strings.HasPrefix(line, "["):
			end := strings.Index(line, "]")
			if end < 0 {
				continue
			}
			name := strings.TrimSpace(line[1:end])
			if strings.HasPrefix(name, "feature.") && len(p.features) > 0 {
				table = "feature[" + strconv.Itoa(len(p.features)) + "]" + name[len("feature"):]
			} else {
				table = name
			}
			plainTable = name
			p.plain[name] = append(p.plain[name], ln)
			continue
		}
		eq := strings.IndexByte(line, '=')
		if eq <= 0 || strings.HasPrefix(line, `"`) {
			continue
		}
		key := strings.TrimSpace(line[:eq])
		full := key
		if table != "" {
			full = table + "." + key
		}
		pl := key
		if plainTable != "" {
			pl = plainTable + "." + key
		}
		p.keys[full] = append(p.keys[full], ln)
		p.plain[pl] = append(p.plain[pl], ln)
		// Inline tables: label = { nl = "…", en = "…" }
		if v := strings.TrimSpace(line[eq+1:]); strings.HasPrefix(v, "{") {
			for _, part := range strings.Split(strings.Trim(v, "{}"), ",") {
				if e := strings.IndexByte(part, '='); e > 0 {
					sub := strings.TrimSpace(part[:e])
					if sub != "" && !strings.ContainsAny(sub, `"'`) {
						p.keys[full+"."+sub] = append(p.keys[full+"."+sub], ln)
						p.plain[pl+"."+sub] = append(p.plain[pl+"."+sub], ln)
					}
				}
			}
		}
	}
	return p
}

func (p *rubricPositions) linesOf(plain string) []int { return p.plain[plain] }

func (p *rubricPositions) key(full string) int {
	if l := p.keys[full]; len(l) > 0 {
		return l[0]
	}
	return 0
}

func (p *rubricPositions) feature(i int) int {
	if i < len(p.features) {
		return p.features[i]
	}
	return 0
}

func (p *rubricPositions) featureKey(i int, key string) int {
	if l := p.key(fmt.Sprintf("feature[%d].%s", i+1, key)); l > 0 {
		return l
	}
	return p.feature(i)
}

func (p *rubricPositions) expectKey(i int, key string) int {
	if l := p.key(fmt.Sprintf("expect[%d].%s", i+1, key)); l > 0 {
		return l
	}
	if i < len(p.expects) {
		return p.expects[i]
	}
	return 0
}

// literal finds the line of a pattern string inside feature i.
func (p *rubricPositions) literal(i int, src, key string) int {
	start := p.feature(i)
	end := len(p.lines)
	if i+1 < len(p.features) {
		end = p.features[i+1]
	}
	if start > 0 {
		q := strconv.Quote(src)
		for ln := start; ln <= end && ln <= len(p.lines); ln++ {
			if strings.Contains(p.lines[ln-1], q) || strings.Contains(p.lines[ln-1], "'"+src+"'") {
				return ln
			}
		}
	}
	return p.featureKey(i, key)
}

// Speed scores the minutes between the post and the reply against the
// scenario's service level (sla_minutes):
//
//	100                      within a quarter of the SLA (an answer that
//	                         fast is all a customer can ask for)
//	falling linearly         from a quarter of the SLA to three times it;
//	                         at the SLA itself the score is about 73
//	0                        at three times the SLA or later
//
// The research behind the SLA (an hour on Twitter) is an expectation, not a
// cliff: a reply at 61 minutes is not worthless, one after three hours is.
// Without an SLA (relaxed mode, or sla <= 0) speed is not judged: 100.
// Negative minutes count as immediate; NaN counts as never.
func Speed(minutes, slaMinutes float64) float64 {
	if math.IsNaN(minutes) {
		return 0
	}
	if slaMinutes <= 0 || math.IsNaN(slaMinutes) || minutes <= slaMinutes/4 {
		return 100
	}
	if minutes >= 3*slaMinutes {
		return 0
	}
	return 100 * (3*slaMinutes - minutes) / (3*slaMinutes - slaMinutes/4)
}
