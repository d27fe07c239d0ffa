package scoring

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// featureIDs is the first pass over the features: their ids, so that
// cancels, of and expect can refer forward.
func (p *parser) featureIDs() {
	for i, ff := range p.fr.Feature {
		field := fmt.Sprintf("feature[%d]", i+1)
		if ff.ID == "" {
			p.add(p.featureLine(i), field+".id", "missing")
			continue
		}
		if _, dup := p.r.byID[ff.ID]; dup {
			p.add(p.featureKey(i, "id"), field+".id", "%q is used twice", ff.ID)
			continue
		}
		f := &feature{idx: len(p.r.features), ID: ff.ID}
		p.r.byID[ff.ID] = f
		p.r.features = append(p.r.features, f)
	}
}

func (p *parser) featureLine(i int) int { return p.pos.Exact(fmt.Sprintf("feature[%d]", i+1)) }

// featureKey is the line of a key of feature i, or of the feature.
func (p *parser) featureKey(i int, key string) int {
	return p.pos.Line(fmt.Sprintf("feature[%d].%s", i+1, key))
}

// literal finds the line of a pattern string inside feature i.
func (p *parser) literal(i int, src, key string) int {
	if ln := p.pos.Find(p.featureLine(i), p.featureLine(i+1), strconv.Quote(src), "'"+src+"'"); ln > 0 {
		return ln
	}
	return p.featureKey(i, key)
}

// ref resolves a feature id named in key of feature i; -1 if unknown.
func (p *parser) ref(i int, key, id string) int {
	if f, ok := p.r.byID[id]; ok {
		return f.idx
	}
	p.add(p.featureKey(i, key), fmt.Sprintf("feature[%d].%s", i+1, key), "no feature has the id %q", id)
	return -1
}

func (p *parser) refs(i int, key string, ids []string) []int {
	var out []int
	for _, id := range ids {
		if j := p.ref(i, key, id); j >= 0 {
			out = append(out, j)
		}
	}
	return out
}

// fileFeature is one [[feature]] table of a rubric file, as written.
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
	CancelsReply []string            `toml:"cancels_in_reply"`
	CancelsIn    []string            `toml:"cancels_within"`
	CancelsPrior []string            `toml:"cancels_before"`
	CancelNote   map[string]string   `toml:"cancel_note"`
	Unless       []string            `toml:"unless"`
	KeptBy       []string            `toml:"kept_by"`
	When         string              `toml:"when"`
	WhenAsked    bool                `toml:"also_when_asked"`
	SoftenedBy   []string            `toml:"softened_by"`
	SoftenFactor *float64            `toml:"soften_factor"`
	Detector     string              `toml:"detector"`
	Of           string              `toml:"of"`
	NotCustomer  bool                `toml:"not_the_customer"`
	NotContract  bool                `toml:"not_their_contract"`
	Cap          map[string]float64  `toml:"cap"`
	Label        map[string]string   `toml:"label"`
	Missing      map[string]string   `toml:"missing"`
	Tip          map[string]string   `toml:"tip"`
	Patterns     map[string][]string `toml:"patterns"`
	// Admissions are patterns of the feature that admit a mistake already
	// made or grant that the customer is right: found as the feature, they
	// are done when said, so they never wait on details asked for.
	Admissions map[string][]string `toml:"admissions"`
}

// feature reads feature i: its points, its relations to other features,
// its texts and its patterns.
func (p *parser) feature(i int) {
	ff := p.fr.Feature[i]
	if ff.ID == "" || indexOfFeature(p.fr.Feature, ff.ID) != i {
		return // missing or duplicate id, already reported
	}
	f := p.r.byID[ff.ID]
	p.featurePoints(i, f, ff)
	f.Cancels = p.refs(i, "cancels", ff.Cancels)
	f.CancelsReply = p.refs(i, "cancels_in_reply", ff.CancelsReply)
	f.CancelsIn = p.refs(i, "cancels_within", ff.CancelsIn)
	f.CancelsPrior = p.refs(i, "cancels_before", ff.CancelsPrior)
	f.Unless = p.refs(i, "unless", ff.Unless)
	f.KeptBy = p.refs(i, "kept_by", ff.KeptBy)
	f.When, f.WhenAsked = ff.When, ff.WhenAsked
	if ff.When != "" && !whens[ff.When] {
		p.add(p.featureKey(i, "when"), fmt.Sprintf("feature[%d].when", i+1), "unknown situation %q: use always, complaint, angry or delighted", ff.When)
	}
	f.SoftenedBy = p.refs(i, "softened_by", ff.SoftenedBy)
	p.featureDetector(i, f, ff)
	p.featureTexts(i, f, ff)
	npat := p.featurePatterns(i, f, ff)
	if npat == 0 && ff.Detector == "" && len(ff.Patterns) == 0 {
		p.add(p.featureKey(i, "id"), fmt.Sprintf("feature[%d].patterns", i+1), "feature %q has no patterns and no detector: it can never be found", ff.ID)
	}
}

func (p *parser) featurePoints(i int, f *feature, ff fileFeature) {
	field := fmt.Sprintf("feature[%d]", i+1)
	switch ff.Dimension {
	case Empathy, Deescalation:
		f.Dimension = ff.Dimension
	case "":
		p.add(p.featureLine(i), field+".dimension", "missing: %q or %q", Empathy, Deescalation)
	default:
		p.add(p.featureKey(i, "dimension"), field+".dimension", "unknown dimension %q: use %q or %q", ff.Dimension, Empathy, Deescalation)
	}
	if ff.Points == nil {
		p.add(p.featureLine(i), field+".points", "missing")
	} else {
		f.Points = *ff.Points
	}
	f.RepeatPoints = ff.RepeatPoints
	f.Also = ff.Also
	for dim := range ff.Also {
		if dim != Empathy && dim != Deescalation {
			p.add(p.featureKey(i, "also"), field+".also", "unknown dimension %q", dim)
		}
		if dim == ff.Dimension {
			p.add(p.featureKey(i, "also"), field+".also", "%q is already the feature's own dimension", dim)
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
	f.NotCustomer, f.NotContract = ff.NotCustomer, ff.NotContract
	f.Cap = ff.Cap
	for dim, v := range ff.Cap {
		if dim != Empathy && dim != Deescalation {
			p.add(p.featureKey(i, "cap"), field+".cap", "unknown dimension %q", dim)
		}
		if v < 0 || v > 100 {
			p.add(p.featureKey(i, "cap"), field+".cap."+dim, "must be between 0 and 100, not %v", v)
		}
		f.capDims = append(f.capDims, dim)
	}
	sort.Strings(f.capDims)
}

// needsOf are the detectors that work on another feature's findings.
var needsOf = map[string]bool{"misplaced": true, "at_expense": true, "not_a_person": true, "questioned": true, "wrong_name": true, "acts": true, "contradiction": true, "isolated": true, "third_party_joke": true, "promotion": true, "alternative": true, "internal": true, "disowned": true, "as_said": true, "reported_name": true, "bare_time": true, "pitch_instead": true, "rules": true, "done": true, "counterfactual": true}

func (p *parser) featureDetector(i int, f *feature, ff fileFeature) {
	field := fmt.Sprintf("feature[%d]", i+1)
	f.Of = -1
	if ff.Detector == "" {
		if ff.Of != "" {
			p.add(p.featureKey(i, "of"), field+".of", "only a detector uses `of`")
		}
		return
	}
	if _, ok := detectors[ff.Detector]; !ok {
		p.add(p.featureKey(i, "detector"), field+".detector", "unknown detector %q (known: %s)", ff.Detector, knownDetectors())
	}
	f.Detector = ff.Detector
	if needsOf[ff.Detector] {
		if ff.Of == "" {
			p.add(p.featureKey(i, "detector"), field+".of", "the %s detector needs `of`, the feature it works on", ff.Detector)
		} else {
			f.Of = p.ref(i, "of", ff.Of)
		}
	} else if ff.Of != "" {
		f.Of = p.ref(i, "of", ff.Of) // a detector for which `of` is optional (on_customer)
	}
}

func (p *parser) featureTexts(i int, f *feature, ff fileFeature) {
	field := fmt.Sprintf("feature[%d]", i+1)
	f.Label, f.Missing, f.Tip, f.CancelNote = ff.Label, ff.Missing, ff.Tip, ff.CancelNote
	for _, lang := range p.r.langList {
		if ff.Label[lang] == "" {
			p.add(p.featureKey(i, "label"), field+".label."+lang, "missing: a one-line explanation in %s", lang)
		}
	}
	for key, m := range map[string]map[string]string{"label": ff.Label, "missing": ff.Missing, "tip": ff.Tip, "cancel_note": ff.CancelNote} {
		for lang := range m {
			if p.r.langs[lang] == nil {
				p.add(p.featureKey(i, key), field+"."+key+"."+lang, "unknown language %q", lang)
			}
		}
	}
}

func (p *parser) featurePatterns(i int, f *feature, ff fileFeature) int {
	return p.patternList(i, f, ff.Patterns, "patterns", false) + p.patternList(i, f, ff.Admissions, "admissions", true)
}

// patternList compiles one list of a feature's patterns per language (key
// "patterns" or "admissions").
func (p *parser) patternList(i int, f *feature, byLang map[string][]string, key string, admits bool) int {
	field := fmt.Sprintf("feature[%d]", i+1)
	npat := 0
	for _, lang := range sortedKeys(byLang) {
		lr := p.r.langs[lang]
		if lr == nil {
			p.add(p.featureKey(i, key+"."+lang), field+"."+key+"."+lang, "unknown language %q", lang)
			continue
		}
		for k, src := range byLang[lang] {
			pf := fmt.Sprintf("%s.%s.%s[%d]", field, key, lang, k+1)
			pt, err := compilePattern(src, lang)
			if err != nil {
				p.add(p.literal(i, src, key+"."+lang), pf, "%v", err)
				continue
			}
			if err := p.r.checkPhraseAlternative(src, lang); err != nil {
				p.add(p.literal(i, src, key+"."+lang), pf, "feature %q: %v", f.ID, err)
				continue
			}
			pt.feature, pt.admits = f.idx, admits
			lr.add(pt)
			npat++
		}
	}
	return npat
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
