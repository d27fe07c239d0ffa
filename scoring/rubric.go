package scoring

import (
	_ "embed"
	"os"
	"strings"
	"sync"

	"github.com/webcaresim/webcaresim/scenarios/tomlpos"
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
	curtWords        int // a reply of at most this many words…
	curtContent      int // …with fewer than this many that carry content is curt
	wallWords        int
	angryBelow       float64
	delightedAbove   float64
	notShouting      map[string]bool
	clauseWords      map[string]bool // words that start a new clause: a negation before them is over
	notSignature     map[string]bool // words that sign for no person ("team", "webcare")
	signatureRoles   map[string]bool // a role one person holds ("COO", "teamleider"): signing with it is personal

	// Sympathy without substance: the sympathy features earn hollowFactor
	// of their points unless a substance feature is found too.
	sympathy  []int
	substance []int
	// A request for the customer's details (requests) makes the other
	// steps wait on the customer: sympathy then keeps requestFactor of its
	// points unless something is done already (done).
	requests []int
	done     []int
	// Findings that tell what was done or what the customer's matter is
	// count for nothing in words a finding of harm shares (claimedByHarm).
	claimedByHarm    []int
	waiting          []int            // the promises that wait on the request: they keep requestFactor too
	stockHarms       []int            // stock text that fits any post: only the first of them costs
	timed            []int            // a time the customer can hold the brand to: a promise with one may stand on its own
	conditionWords   map[string]bool  // "dan", "zodra", "once": a promise with one waits (every language's condition_words)
	genericVerbs     map[string]bool  // every language's generic_verbs, and its generic_determiners marked "#"
	futureOpeners    []futureOpener   // every language's future_clause_words
	futureSubjects   map[string]bool  // every language's future_clause_subjects
	threatConditions map[string]bool  // every language's threat_condition_words
	phoneWords       map[string]uint8 // phone.go: the words that make a number the customer's ("je", "nummer", "belt")
	serviceNumbers   []string         // phone.go: the leading digits of service lines ("0800", "3188")
	streets          streetSuffixes   // address.go: the ends of a street's name ("laan", "road")
	identifierWords  map[string]bool  // records.go: words for the customer's number ("klantnummer", "student number")
	gradeWords       map[string]bool  // records.go: words for a mark ("cijfer", "grade")
	gradeFollowers   map[string]bool  // records.go: words that may follow a mark ("voor", "for")
	houseRuleWords   map[string]bool  // under_rules.go: the rules of a page ("huisregels", "guidelines")
	relativeWords    map[string]bool  // disclosure.go: someone close to the customer ("vader", "mum")
	// counterfactual.go: whose act should (not) have been, and how
	cfCustomer, cfBrand, cfCould, undergoVerbs, cfPassiveAux, cfAdverbs, evidentWords, chargedVerbs, cfPerfectVerbs map[string]bool
	answers                                                                                                         map[string]*answerRules   // per language: the kinds of question and their answers (answers.go)
	arranged                                                                                                        map[string]*arrangedRules // per language: the words of a fix arranged (arranged.go)
	requestFactor                                                                                                   float64
	hollowFactor                                                                                                    float64
	secondSympathy                                                                                                  float64 // share of its points a second sympathy finding earns beside substance
	restateWords                                                                                                    int     // content words of the post a sentence must repeat to restate it
	paddingFree                                                                                                     int     // words a reply may spend on nothing before padding costs
	paddingCarriers                                                                                                 []int   // features that make their sentence carry something: none of its words is padding
	paddingStock                                                                                                    []int   // features whose words are padding from the first and whose sentence carries nothing by the post's words
	listMinWords                                                                                                    int     // words from which a text without function words is a list
	softAbove                                                                                                       float64 // from here up (and from softBelow down) a point counts less: scores never tie at 100 or 0
	softBelow                                                                                                       float64
	offTopicWords                                                                                                   int             // foreign content words that make a reply that shares none with the case off topic (0: never)
	ironicPostWords                                                                                                 int             // a post shorter than this praised for its depth is mocked (ironic_praise)
	greetNotName                                                                                                    map[string]bool // words after a greeting that name nobody ("allemaal", "morning")
	titles                                                                                                          map[string]bool // titles before a surname ("mevrouw", "mrs")
	selfIntro                                                                                                       map[string]bool // "hier", "here": the name before it is the writer's
	colleagueWords                                                                                                  map[string]bool // "collega", "engineer": a person named beside one works with the writer
	contrastWords                                                                                                   map[string]bool // "maar", "but": a refusal that goes on to what the brand does instead
	complaintWords                                                                                                  map[string]bool // "jammer", "shame": a pleased post that voices a complaint too
	abuseWords                                                                                                      map[string]bool // "kut", "sucks": abuse that names no grievance (grievance.go)
	abusePrefixes                                                                                                   []string        // "kut", "shit": the same, first in a compound ("kutbedrijf", "shitty")
	postApologyWords                                                                                                map[string]bool // "sorry", "excuses": a post in which the customer apologises
	askWords                                                                                                        map[string]bool // "benieuwd", "curious": a post that asks without a question mark (asked.go)
	addresseeWords                                                                                                  map[string]bool // "jullie", "you": a question put to the brand (asked.go)
	// Contrast words that inside a clause are a particle or mean "only"
	// ("ik gokte maar wat", "nothing but a guess"): particle.go.
	particleContrast, particleBefore, particleAfter, onlyContrast map[string]bool
	turnWords                                                     map[string]bool // particle.go: contrast words a pattern's gap does not cross
	// A rule word that also names the customer's own contract ("your
	// policy"), and the reader's possessives: contract.go.
	contractWords, readerPossessives map[string]bool
	possessives                      map[string]bool // "my", "onze": they open a phrase (pattern_phrases.go)
	// Channels the customer says they already used (asks_again.go).
	channels []channel
	// A rule stated about a whole class (the rules detector): the verbs
	// after a Dutch infinitive used as a noun ("Retourneren kan"), the
	// words that make it a restriction ("alleen", "only"), and the words
	// for a person, with which the rule's clause ends.
	ruleVerbs, restrictionWords, personWords, ruleMarkers map[string]bool
	irregularParticiples                                  map[string]bool   // "sent", "paid": a passive after a generic verb marks a rule
	irregularBases                                        map[string][]byte // "paid" → "pay": an English irregular form of the post meets its base in the reply (restates.go)
	sparedBurdens                                         map[string]bool   // "aangesproken", "charged": a rule that negates one spares the customer (rules.go)
	classRelatives, classPronouns                         map[string]bool   // "die", "that"; "wie", "anyone": a class narrowed by a condition (conditioned.go)
	newsWords                                             map[string]bool   // "nu", "now": a sentence with one tells where the case stands (tells_specifics)
	excuseWords                                           map[string]bool   // "omdat", "because": a sentence with one gives a reason (padding)
	durationWords                                         map[string]bool   // "days", "werkdagen": a number before one is a span of time
	fromNowWords                                          map[string]bool   // "in", "over": a span of time after one counts from now
	misreadingPats                                        sync.Map          // language + "\x00" + pattern -> *pattern (nil: does not compile)

	function        map[string]uint8 // function word -> bit set of the languages (langList order) it belongs to
	funcBloom       bloom
	otherLang       map[string]bool // common words of languages without patterns (French, German, Turkish...)
	notContent      map[string]bool // function and generic words of every language
	lex             lexicon         // the lists above, by word (lexicon.go)
	notContentBloom bloom
	shortContent    map[string]bool // "two", "uur": content words however short
	topicImplies    []uint64        // per topic bit, the topics a case of it is about as well

	features []*feature
	// cancelOrder is the order in which features undo others (cancel.go):
	// one that cancels another comes before it.
	cancelOrder []*feature
	byID        map[string]*feature
	langs       map[string]*langRules
	langList    []string // sorted, for deterministic iteration
	expect      []expectation

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
	CancelsReply []int // cancelled anywhere in the reply, across sentences
	CancelsIn    []int // cancelled only inside the finding's own words
	CancelsPrior []int // cancelled anywhere before the finding ("sorry …. For the record: it is within tolerance")
	CancelNote   map[string]string
	Unless       []int  // the finding does not count where one of these is found
	KeptBy       []int  // detector "as_said": one of these after the finding, in its sentence, keeps it
	When         string // the situation the feature counts in ("" always)
	WhenAsked    bool   // it counts too where the post asks the brand something, whatever the mood (asked.go)
	SoftenedBy   []int
	SoftenFactor float64
	Detector     string
	Of           int  // the feature a detector works on, -1 if none
	NotCustomer  bool // a match that contains the customer's name does not count
	NotContract  bool // a match whose rule word is the customer's own contract ("your policy") does not count
	Cap          map[string]float64
	capDims      []string
	Label        map[string]string
	Missing      map[string]string
	Tip          map[string]string
}

// harms reports a feature that does harm, the third of a webcare lead's
// questions: it costs points and holds the score down (a cap) or undoes
// sympathy anywhere in the reply. No way forward is what a reply lacks,
// not harm it does.
func (f *feature) harms() bool {
	return f.Points < 0 && f.Detector != "no_substance" && (len(f.CancelsReply) > 0 || len(f.capDims) > 0)
}

type langRules struct {
	neg        map[string]bool
	negSet     wordSet // neg with its bloom filter, for the tokenizer
	quoteIntro []*pattern
	introIdx   map[string][]*pattern // first-word stem -> quote intros
	function   map[string]bool
	genericW   map[string]bool // words that refer to no post in particular
	patterns   []*pattern
	stemIdx    map[uint32][]candidate // first-word stem's hash -> patterns (pattern_index.go)
	wordIdx    map[uint32][]candidate // first-word exact form's hash -> patterns
	prefixIdx  map[uint32][]candidate // hash of the first two letters of a first-word prefix ("frustr*") -> patterns
	suffixIdx  map[uint32][]candidate // hash of the last two letters of a first-word suffix ("*aandoening") -> patterns
	punctIdx   map[rune][]candidate   // first symbol ("^") -> patterns
	generic    []candidate            // patterns starting with a "contains" or "_"
	needs      []needWord             // the words the patterns need, by candidate (pattern_needs.go)

	// Bloom filters of the keys of stemIdx, wordIdx, prefixIdx, suffixIdx
	// and introIdx: most words of a reply start no pattern, and skip the map.
	stemBloom, wordBloom, prefixBloom, suffixBloom, introBloom bloom
	regex                                                      []int32

	topic    map[string]uint64 // a thing a complaint is about -> its topics, a bit each
	caseNoun map[string]bool   // stems of the words that name what the customer wrote about
	acts     *actWords         // the acts detector's words; nil without them

	// caseTopic holds the words that place a case in a topic but are too
	// general to tell that a reply is about another ("pay", "app").
	caseTopic map[string]uint64
}

type expectation struct {
	when      string
	any       []int
	grievance bool // only where the case names a grievance (namesGrievance)
}

// Detectors are checks a word list cannot express; the rubric names them
// so that their points, labels and tips stay in the TOML file.
var detectors = map[string]string{
	"name":                 "the customer's name or handle in the reply",
	"shouting":             "words in capitals, runs of exclamation marks",
	"canned":               "boilerplate that refers to nothing in the customer's post",
	"wrong_language":       "a reply mostly in another language than the customer's",
	"too_short":            "fewer words than too_short_words, or a few words that carry little (curt_words, curt_content_words)",
	"wall_of_text":         "more words than wall_of_text_words",
	"misplaced":            "feature `of` in a reply to a delighted customer whose post voices no complaint (complaint_words)",
	"waved_apology":        "the feature's patterns only where the customer's post apologises (post_apology_words): \"no need to apologise\" to a customer who said sorry waves their apology away kindly",
	"misplaced_sympathy":   "sympathy for a complaint (the feature's patterns) in a reply to a delighted customer whose post voices none; not beside a misplaced apology, which pays for it",
	"at_expense":           "feature `of` in the sentence that mentions a third party",
	"alternative":          "feature `of` (a refusal) followed in its sentence by a contrast word and an act of the brand: becomes this feature",
	"promotion":            "a sales pitch, which becomes feature `of` (a template) unless a word of it is in the customer's post",
	"third_party_joke":     "a suggestion to enlist a named third party, in a complaint: becomes feature `of` (a joke at their expense); nothing elsewhere",
	"hollow":               "sympathy without substance; its points are the cost of each further sympathy finding",
	"restates":             "a sentence that repeats restate_words content words of the post: the customer's own harm",
	"not_a_person":         "feature `of` (a signature) that signs with the brand's name or a team",
	"not_a_message":        "words without sentences: no function words, or one-word exclamations",
	"hashtags_only":        "a reply of three or more hashtags with at most two words beside them",
	"misreading":           "a misreading of the case listed by the scenario (Context.Misreadings)",
	"disclosure":           "a private fact listed by the scenario (a Misreading of Kind \"private\") stated in public",
	"questioned":           "feature `of` (an apology) alone in a short question: \"Excuses?\"",
	"disputed":             "a verdict on words or a brush-off said of the customer's own word: after a short question of a word of the post (\"Een grap? Welnee\"), or after a quoted word of the post or one opening the sentence (\"'Diefstal' gaat ons wat te ver\")",
	"answers":              "the first sentence that answers a question of the post by its kind (the language's answers tables), with no costing finding, in a reply with no fault",
	"future_clause":        "feature `of` (a fix done) inside a clause of a moment, a condition or a purpose (future_clause_words followed by a subject), or in the main clause after one that opens the sentence: a finding from the opener to it",
	"legal_of_post":        "drops the findings whose words all stand in the customer's post, in a sentence with no condition (threat_condition_words): the legal step the customer complains of, named to answer it",
	"no_substance":         "a complaint (or the feature's `when`) answered without any of the substance features",
	"padding":              "words beyond padding_free_words that carry no finding and no word of the post; points per word",
	"off_topic":            "a reply that names off_topic_words things the case never mentions and refers to nothing in it",
	"guessed_cause":        "sympathy (acknowledge_emotion) for a listed thing the case never names, where the case names no thing of its kind or says next to nothing",
	"ironic":               "praise of a post's depth where the post has fewer than ironic_post_words words",
	"contradiction":        "feature `of` (blame) where the reply does not own the fault; nothing where it does",
	"isolated":             "the customer's case set apart from everyone else's (\"you're the first to complain\"): feature `of` (blame), unless the reply admits the fault in so many words",
	"mocks":                "a laugh, a wink or a smiley in a complaint, in a sentence that names the customer's case (a content word of the post) and has no step, fix, ownership or sympathy of its own: a joke at the customer's expense; where the post laughs and the customer is not angry, the laugh is shared and `humour` costs nothing",
	"reported_name":        "a verb of calling (\"noemen\", \"calling\") with feature `of` (an insult) as its complement in its clause and not the brand as its subject: the customer's word, reported",
	"as_said":              "a reminder that the brand said it before (\"zoals ik al zei\", \"as I said\"), kept only before one of `kept_by` (the brand's own step or fix) in its sentence; elsewhere it becomes feature `of` (a correction)",
	"under_rules":          "a removal said of \"it\" or \"this post\" becomes feature `of` (the customer silenced) where its sentence names the page's rules (settings.house_rule_words); elsewhere it earns nothing",
	"defended_after_sorry": "a defence of the staff (\"ook maar een mens\", \"only human\") after an apology or understanding in the reply becomes feature `of` (the sorry taken back); without one it earns nothing",
	"disowned":             "the brand reporting what its side told the customer, where feature `of` (blame) follows in that sentence and an admission of ownership takes it back",
	"pitch_instead":        "feature `of` (an advert) or a sales pitch in a reply that shares no word with the case and has no sympathy or substance (thanks and shared joy are its lead-in)",
	"bare_time":            "feature `of` (a time) in a clause after sympathy, or with no other content word: it times nothing the brand does",
	"specifics":            "a sentence with a number the post did not give, or a word of news now (news_words), and no finding that costs points, where the reply has no step and no fault",
	"acts":                 "a clause in which the brand, in the first person, does something: no stock verb, no negation",
	"done":                 "a clause that reports a fix already made, in any verb: the brand's done act or a thing of the case in a new state, or a fix arranged with a day (arranged.go) (becomes `of`)",
	"repeats":              "a reply whose words nearly all stand in one of the agent's earlier replies in the conversation (Context.Earlier)",
	"wrong_name":           "a greeting that calls the customer by a name or a word that is not theirs (\"Hoi juf\")",
	"rules":                "a clause that states a rule about a whole class (\"Retourneren kan alleen binnen 14 dagen\", \"Certificates are sent within 6-8 weeks\"): its steps and times are no step; with a restriction or a negation it is also feature `of` (a wall)",
	"contrast":             "a contrast word that opens a clause; a particle or \"only\" inside one (particle_contrast, only_contrast: \"ik gokte maar wat\", \"nothing but a guess\") is none",
	"asks_again":           "feature's request to use a channel (mail, phone, form) where the post says the customer already used it (channel_done)",
	"counterfactual":       "what should or should not have happened (a modal perfect), read by its clause's subject and verb: the customer's act becomes feature `of` (blame), the brand's act, any other's or what the customer underwent becomes ownership (an admission)",
	"mission":              "what the brand says of itself to everyone (the feature's patterns), widened to its whole clause, so that the step its words seem to name is inside it (cancels_within)",
	"internal":             "a look into the case said to be internal: the `cancels` findings its words overlap are no step, and it becomes feature `of` (an evasion)",
}

var whens = map[string]bool{"always": true, "complaint": true, "angry": true, "delighted": true}

// Problem is one thing wrong in a rubric file, with its place: the same
// type as a scenario file's problems.
type Problem = tomlpos.Problem

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

// Baselines are the empathy and de-escalation a reply starts from before
// any finding: what a reply that does nothing scores.
func (r *Rubric) Baselines() (empathy, deescalation float64) {
	return r.baseEmpathy, r.baseDeescalation
}
