package scoring

import (
	"errors"
	"fmt"
	"sort"

	"github.com/BurntSushi/toml"
	"github.com/webcaresim/webcaresim/scenarios/tomlpos"
)

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
	CurtWords            *int     `toml:"curt_words"`
	CurtContentWords     *int     `toml:"curt_content_words"`
	WallOfTextWords      *int     `toml:"wall_of_text_words"`
	AngryBelow           *float64 `toml:"angry_below"`
	DelightedAbove       *float64 `toml:"delighted_above"`
	NotShouting          []string `toml:"not_shouting"`
	ClauseWords          []string `toml:"clause_words"`
	NotSignature         []string `toml:"not_signature"`
	SignatureRoles       []string `toml:"signature_roles"`
	OtherLanguageWords   []string `toml:"other_language_words"`
	ShortContentWords    []string `toml:"short_content_words"`
	Sympathy             []string `toml:"sympathy"`
	Substance            []string `toml:"substance"`
	Requests             []string `toml:"requests"`
	Done                 []string `toml:"done"`
	ClaimedByHarm        []string `toml:"claimed_by_harm"`
	Waiting              []string `toml:"waiting"`
	Timed                []string `toml:"timed"`
	PaddingCarriers      []string `toml:"padding_carriers"`
	PaddingStock         []string `toml:"padding_stock"`
	StockHarms           []string `toml:"stock_harms"`
	RequestFactor        *float64 `toml:"request_factor"`
	HollowFactor         *float64 `toml:"hollow_factor"`
	SecondSympathy       *float64 `toml:"second_sympathy_factor"`
	RestateWords         *int     `toml:"restate_words"`
	PaddingFreeWords     *int     `toml:"padding_free_words"`
	ListMinWords         *int     `toml:"list_min_words"`
	SentenceWords        []string `toml:"sentence_words"`
	NewsWords            []string `toml:"news_words"`
	ExcuseWords          []string `toml:"excuse_words"`
	DurationWords        []string `toml:"duration_words"`
	FromNowWords         []string `toml:"from_now_words"`
	OffTopicWords        *int     `toml:"off_topic_words"`
	IronicPostWords      *int     `toml:"ironic_post_words"`
	SoftAbove            *float64 `toml:"soft_above"`
	SoftBelow            *float64 `toml:"soft_below"`
	GreetingNotName      []string `toml:"greeting_not_name"`
	Titles               []string `toml:"titles"`
	SelfIntro            []string `toml:"self_intro"`
	ColleagueWords       []string `toml:"colleague_words"`
	ContrastWords        []string `toml:"contrast_words"`
	ServiceNumbers       []string `toml:"service_numbers"`            // phone.go
	StreetSuffixes       []string `toml:"street_suffixes"`            // address.go
	IdentifierWords      []string `toml:"identifier_words"`           // records.go
	GradeWords           []string `toml:"grade_words"`                // records.go
	GradeFollowers       []string `toml:"grade_followers"`            // records.go
	HouseRuleWords       []string `toml:"house_rule_words"`           // under_rules.go
	RelativeWords        []string `toml:"relative_words"`             // disclosure.go
	CfCustomer           []string `toml:"counterfactual_customer"`    // counterfactual.go
	CfBrand              []string `toml:"counterfactual_brand"`       // counterfactual.go
	CfCould              []string `toml:"counterfactual_could"`       // counterfactual.go
	UndergoVerbs         []string `toml:"undergo_verbs"`              // counterfactual.go
	PassiveAuxiliaries   []string `toml:"passive_auxiliaries"`        // counterfactual.go
	CfAdverbs            []string `toml:"counterfactual_adverbs"`     // counterfactual.go
	EvidentWords         []string `toml:"evident_words"`              // counterfactual.go
	ChargedVerbs         []string `toml:"charged_verbs"`              // counterfactual.go
	CfPerfectVerbs       []string `toml:"counterfactual_participles"` // counterfactual.go
	particleSettings
	contractSettings
	channelSettings
	ComplaintWords       []string `toml:"complaint_words"`
	AbuseWords           []string `toml:"abuse_words"`    // grievance.go
	AbusePrefixes        []string `toml:"abuse_prefixes"` // grievance.go
	PostApologyWords     []string `toml:"post_apology_words"`
	AskWords             []string `toml:"ask_words"`
	AddresseeWords       []string `toml:"addressee_words"`
	RuleVerbs            []string `toml:"rule_verbs"`
	RestrictionWords     []string `toml:"restriction_words"`
	SparedBurdens        []string `toml:"spared_burdens"`
	PersonWords          []string `toml:"person_words"`
	RuleMarkers          []string `toml:"rule_markers"`
	IrregularParticiples []string `toml:"irregular_participles"`
	IrregularBases       []string `toml:"irregular_bases"`
	ClassRelatives       []string `toml:"class_relatives"`
	ClassPronouns        []string `toml:"class_pronouns"`

	// TopicImplies names, per topic, the topics a case of it is about as
	// well (a sofa or a pizza is delivered: a case about one is about an
	// order too).
	TopicImplies map[string][]string `toml:"topic_implies"`
}

type fileLanguage struct {
	Negation      []string `toml:"negation"`
	QuoteIntro    []string `toml:"quote_intro"`
	FunctionWords []string `toml:"function_words"`
	GenericWords  []string `toml:"generic_words"`
	// Topics are the things a complaint can be about, by topic: the
	// off_topic detector reads a reply that names things of another topic
	// than the case's as an answer to another post.
	Topics map[string][]string `toml:"topics"`
	// CaseNouns are the words by which a reply names what the customer
	// wrote about ("je klacht over", "your question about"): a thing of
	// another topic named right after one is the reply's reading of the
	// case, and weighs as two.
	CaseNouns []string `toml:"case_nouns"`
	// The acts detector: first-person subjects, the auxiliaries and
	// adverbs between a subject and its verb, the verbs that do nothing
	// for the customer ("begrijp*"), and whether the verb may come before
	// the subject ("dan zet ik").
	ActAgents      []string `toml:"act_agents"`
	ActAuxiliaries []string `toml:"act_auxiliaries"`
	NotActs        []string `toml:"not_acts"`
	ActVerbFirst   bool     `toml:"act_verb_first"`
	ActDone        []string `toml:"act_done"`
	ActNow         []string `toml:"act_now"`
	// The done detector: the auxiliaries of a state or a passive ("is",
	// "zijn", "staat", "has been", "works"), the words that make a state
	// news now ("weer", "now", "back"), and the words of a promise or a
	// possibility that make a clause no fix done ("zal", "kan", "will").
	DoneStates   []string `toml:"done_states"`
	DoneNews     []string `toml:"done_news"`
	PromiseWords []string `toml:"promise_words"`
	// DoneSubjects make the subject of a state a thing of this case ("de", "the"), not a class ("Refunds are…").
	DoneSubjects []string `toml:"done_subjects"`
	// DoneReadLinks open a clause of their own ("zoals") where the participle ends it: readObject.
	DoneReadLinks []string `toml:"done_read_links"`
	// DoneRuleWords after a participle make the clause a rule, no fix: reportsDone.
	DoneRuleWords []string `toml:"done_rule_words"`
	// ConditionWords tie a promise to something first ("dan", "zodra",
	// "once"): a promise with one waits on the details asked for.
	ConditionWords []string `toml:"condition_words"`
	// GenericVerbs follow a bare plural that opens a sentence in a
	// statement about a whole class ("Refunds are processed…",
	// "Declaraties worden … verwerkt"): no restatement of this customer's
	// harm, however many of the post's words it repeats.
	GenericVerbs []string `toml:"generic_verbs"`
	// GenericDeterminers may stand before that plural ("Our boxes are
	// insulated", "Onze producten worden gecontroleerd").
	GenericDeterminers   []string `toml:"generic_determiners"`
	FutureClauseWords    []string `toml:"future_clause_words"`    // future_clause.go
	FutureClauseSubjects []string `toml:"future_clause_subjects"` // future_clause.go
	ThreatConditionWords []string `toml:"threat_condition_words"` // legal_of_post.go
	CustomerNumberWords  []string `toml:"customer_number_words"`  // phone.go
	NumberNouns          []string `toml:"number_nouns"`           // phone.go
	OwnNumberWords       []string `toml:"own_number_words"`       // phone.go
	NumberCallVerbs      []string `toml:"number_call_verbs"`      // phone.go
	addressWords
	arrangedWords
	Answers map[string]answerKind `toml:"answers"` // answers.go
}

type fileExpect struct {
	When string   `toml:"when"`
	Any  []string `toml:"any"`
	// Grievance: expected only where the case names something the brand
	// could be at fault for (namesGrievance), not to a post of abuse alone.
	Grievance bool `toml:"grievance"`
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
	p := &parser{file: file, fr: &fr, pos: tomlpos.Scan(string(data)),
		r: &Rubric{Source: file, byID: map[string]*feature{}, langs: map[string]*langRules{},
			notShouting: map[string]bool{}, notSignature: map[string]bool{}, clauseWords: map[string]bool{}, conditionWords: map[string]bool{}, genericVerbs: map[string]bool{}, futureSubjects: map[string]bool{}, threatConditions: map[string]bool{}, phoneWords: map[string]uint8{}}}
	p.unknownKeys(md)
	p.settings()
	p.languages()
	p.topicImplications()
	p.featureIDs()
	for i := range fr.Feature {
		p.feature(i)
	}
	p.expectations()
	p.sympathySettings()
	p.r.cancelOrder = cancelOrder(p.r.features)
	if len(p.probs) > 0 {
		sort.SliceStable(p.probs, func(a, b int) bool { return p.probs[a].Line < p.probs[b].Line })
		return nil, &LoadError{p.probs}
	}
	p.r.buildLexicon()
	p.r.pool.New = func() any { return new(scratch) }
	return p.r, nil
}

// parser builds a Rubric from the decoded file and collects every problem
// with its line, so that a trainer sees all of them at once.
type parser struct {
	file  string
	fr    *fileRubric
	pos   tomlpos.Positions
	r     *Rubric
	probs []Problem
	// topicBit gives every topic name its bit, the same in every language.
	topicBit map[string]int
}

func (p *parser) add(line int, field, format string, args ...any) {
	p.probs = append(p.probs, Problem{File: p.file, Line: line, Field: field, Message: fmt.Sprintf(format, args...)})
}

func (p *parser) unknownKeys(md toml.MetaData) {
	for _, k := range md.Undecoded() {
		field := k.String()
		lines := p.pos.Lines(field)
		for _, ln := range lines {
			p.add(ln, field, "unknown key")
		}
		if len(lines) == 0 {
			p.add(0, field, "unknown key")
		}
	}
}

// languages reads the [language.xx] tables: negation words, quote intros,
// function and generic words.
func (p *parser) languages() {
	r := p.r
	if len(p.fr.Language) == 0 {
		p.add(0, "language", "no [language.xx] table: the rubric needs at least one language")
	}
	for lang := range p.fr.Language {
		r.langList = append(r.langList, lang)
	}
	sort.Strings(r.langList)
	for _, lang := range r.langList {
		r.langs[lang] = p.language(lang, p.fr.Language[lang])
		p.clauseWordLists(p.fr.Language[lang])
		p.phoneWords(p.fr.Language[lang])
		p.answerKinds(lang, p.fr.Language[lang])
		p.arrangedWords(lang, p.fr.Language[lang])
	}
	r.function, r.notContent = map[string]uint8{}, map[string]bool{}
	for k, lang := range r.langList {
		for w := range r.langs[lang].function {
			if k < 7 {
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
	for _, w := range p.fr.Settings.OtherLanguageWords {
		w = foldString(normApos(w))
		if r.function[w] != 0 {
			// A word of a rubric language says nothing against it.
			continue
		}
		r.otherLang[w] = true
		r.funcBloom.add(fnv32([]byte(w)))
	}
	// Verbs of being and pronouns make a sentence for the list check
	// only: they mark no language (sentenceWord is no language's bit).
	for _, w := range p.fr.Settings.SentenceWords {
		r.function[foldString(normApos(w))] |= sentenceWord
	}
	for w := range r.function {
		r.funcBloom.add(fnv32([]byte(w)))
	}
	for w := range r.notContent {
		r.notContentBloom.add(fnv32([]byte(w)))
	}
}

// sentenceWord marks a word of r.function that belongs to no language but
// makes a sentence (settings.sentence_words): "Megan was really upset".
const sentenceWord = 1 << 7

func (p *parser) language(lang string, fl fileLanguage) *langRules {
	lr := &langRules{neg: map[string]bool{}, function: map[string]bool{}, genericW: map[string]bool{}, introIdx: map[string][]*pattern{},
		stemIdx: map[uint32][]candidate{}, wordIdx: map[uint32][]candidate{},
		prefixIdx: map[uint32][]candidate{}, suffixIdx: map[uint32][]candidate{}, punctIdx: map[rune][]candidate{}}
	for _, w := range fl.Negation {
		lr.neg[foldString(normApos(w))] = true
	}
	for _, w := range fl.FunctionWords {
		lr.function[foldString(normApos(w))] = true
	}
	for _, w := range fl.GenericWords {
		lr.genericW[foldString(normApos(w))] = true
	}
	p.topics(lang, lr, fl.Topics)
	for _, w := range fl.ConditionWords {
		p.r.conditionWords[foldString(normApos(w))] = true
	}
	for _, w := range fl.GenericVerbs {
		p.r.genericVerbs[foldString(normApos(w))] = true
	}
	for _, w := range fl.GenericDeterminers {
		p.r.genericVerbs["#"+foldString(normApos(w))] = true
	}
	if len(fl.ActAgents) > 0 {
		aw := &actWords{agents: map[string]bool{}, aux: map[string]bool{}, notActs: map[string]bool{}, inverted: fl.ActVerbFirst, readLinks: foldAposSet(fl.DoneReadLinks), ruleWords: foldAposSet(fl.DoneRuleWords)}
		for _, w := range fl.ActAgents {
			aw.agents[foldString(normApos(w))] = true
		}
		for _, w := range fl.ActAuxiliaries {
			aw.aux[foldString(normApos(w))] = true
		}
		aw.done, aw.now = map[string]bool{}, map[string]bool{}
		for _, w := range fl.ActDone {
			aw.done[foldString(normApos(w))] = true
		}
		for _, w := range fl.ActNow {
			aw.now[foldString(normApos(w))] = true
		}
		aw.states, aw.news, aw.promise, aw.subjects = foldAposSet(fl.DoneStates), foldAposSet(fl.DoneNews), foldAposSet(fl.PromiseWords), foldAposSet(fl.DoneSubjects)
		for _, w := range fl.NotActs {
			w = foldString(normApos(w))
			if len(w) > 1 && w[len(w)-1] == '*' {
				aw.notPre = append(aw.notPre, []byte(w[:len(w)-1]))
				continue
			}
			aw.notActs[w] = true
			aw.notActs[stemString(w, lang)] = true
		}
		aw.doneAux = map[string]bool{}
		for _, m := range []map[string]bool{aw.agents, aw.done, aw.states} {
			for w := range m {
				aw.doneAux[w] = true
			}
		}
		lr.acts = aw
	}
	if len(fl.CaseNouns) > 0 {
		lr.caseNoun = map[string]bool{}
		for _, w := range fl.CaseNouns {
			lr.caseNoun[stemString(foldString(normApos(w)), lang)] = true
		}
	}
	line := p.pos.Exact("language." + lang + ".quote_intro")
	for i, q := range fl.QuoteIntro {
		field := fmt.Sprintf("language.%s.quote_intro[%d]", lang, i+1)
		pt, err := compilePattern(q, lang)
		if err != nil {
			p.add(line, field, "%v", err)
			continue
		}
		lr.quoteIntro = append(lr.quoteIntro, pt)
		if pt.re != nil || pt.toks[0].kind != pStem {
			p.add(line, field, "must start with a plain word")
			continue
		}
		lr.introIdx[pt.toks[0].s] = append(lr.introIdx[pt.toks[0].s], pt)
		lr.introBloom.add(fnv32([]byte(pt.toks[0].s)))
	}
	return lr
}

func (p *parser) expectations() {
	for i, fe := range p.fr.Expect {
		field := fmt.Sprintf("expect[%d]", i+1)
		line := func(key string) int { return p.pos.Line(fmt.Sprintf("expect[%d].%s", i+1, key)) }
		if !whens[fe.When] {
			p.add(line("when"), field+".when", "unknown situation %q: use always, complaint, angry or delighted", fe.When)
		}
		if len(fe.Any) == 0 {
			p.add(line("any"), field+".any", "empty: name the features one of which is expected")
		}
		e := expectation{when: fe.When, grievance: fe.Grievance}
		for _, id := range fe.Any {
			f, ok := p.r.byID[id]
			if !ok {
				p.add(line("any"), field+".any", "no feature has the id %q", id)
				continue
			}
			e.any = append(e.any, f.idx)
		}
		p.r.expect = append(p.r.expect, e)
	}
}

// sympathySettings resolves the settings that name features: which are
// sympathy, which are substance.
func (p *parser) sympathySettings() {
	st := p.fr.Settings
	lists := map[string]struct {
		ids []string
		dst *[]int
	}{"sympathy": {st.Sympathy, &p.r.sympathy}, "substance": {st.Substance, &p.r.substance},
		"requests": {st.Requests, &p.r.requests}, "done": {st.Done, &p.r.done}, "claimed_by_harm": {st.ClaimedByHarm, &p.r.claimedByHarm}, "waiting": {st.Waiting, &p.r.waiting}, "timed": {st.Timed, &p.r.timed},
		"padding_carriers": {st.PaddingCarriers, &p.r.paddingCarriers}, "padding_stock": {st.PaddingStock, &p.r.paddingStock}, "stock_harms": {st.StockHarms, &p.r.stockHarms}}
	for _, key := range sortedKeys(lists) {
		ids, dst := lists[key].ids, lists[key].dst
		for _, id := range ids {
			f, ok := p.r.byID[id]
			if !ok {
				p.add(p.pos.Line("settings."+key), "settings."+key, "no feature has the id %q", id)
				continue
			}
			*dst = append(*dst, f.idx)
		}
		sort.Ints(*dst)
	}
}

func keyOf(pe toml.ParseError) string {
	if len(pe.LastKey) > 0 {
		return pe.LastKey
	}
	return "(syntax)"
}
