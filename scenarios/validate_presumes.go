package scenarios

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
)

// A follow-up reacts to what the reply did: the customer asks "jullie
// beginnen over mijn taalgebruik?", thanks for the apology or sends the DM
// the reply asked for; the next
// prompt says the customer feels mocked; the next choices say sorry for
// the sneer. A route may lead there
// only when its condition guarantees the reply did it. A low score does
// not: an evasive reply or one written for another post scores as low as a
// sneer, and a sneer about exams is no lecture about language.
//
// presumes warns about every route whose follow-up (its posts by
// others than the brand, its prompt, facts, choices and actions; an
// ending's story and posts) says one of a kind's cue words while the
// route's condition does not require one of that kind's features: it must
// name one in has, or name only that kind's features in has_any.

// presumption is one thing a follow-up can take for granted of a reply.
type presumption struct {
	// features find it in a reply; nil: the rubric's put-downs. A kind
	// without any (a lecture about language) may be reached by written
	// choices only.
	features []string
	none     string // what no feature finds, for a kind without features
	// cues are lower-case words and phrases that react to it, per
	// language: whole words, or the start of one where they end in "*".
	cues map[string][]string
	// brandCues are the cues that the brand's own next choices say when
	// they presume it ("sorry dat ik over je taalgebruik begon"); the
	// plain cues there are the choice doing it again.
	brandCues map[string][]string
	// literal: only a reply the rubric finds one of features in earns
	// it, not one whose findings merely meet a feature a route names
	// (MetBy: an admission of the fault takes a route for an apology,
	// and the debrief still says "no apology")
	literal bool
}

var presumptions = []presumption{
	{ // mocked, made fun of
		features: []string{"sarcasm", "ironic_praise", "humour_at_expense"},
		cues: map[string][]string{
			"nl": {"sarcas*", "uitgelachen", "lacht me uit", "lachen me uit", "belachelijk gemaakt", "bespot"},
			"en": {"sarcas*", "mocked", "mocking me", "mocks me", "made fun of", "making fun of", "laughing at me", "snark*"},
		},
		brandCues: map[string][]string{"nl": {"mijn sarcas*", "mijn grap over je"}, "en": {"my sarcas*", "my joke about you"}},
	},
	{ // insulted, called names
		features: []string{"insult"},
		cues: map[string][]string{
			"nl": {"uitgescholden", "scheldt me uit", "scheldt mij uit"},
			"en": {"insulted me", "called me names", "name-calling"},
		},
	},
	{ // put down: any of the rubric's put-downs, shouting or belittling
		cues: map[string][]string{
			"nl": {"sneer*", "neerbuigend*", "uit de hoogte", "kleinerend*", "zette hem neer", "zette haar neer"},
			"en": {"sneer*", "condescend*", "patronis*", "patroniz*", "put-down", "put him down", "put her down"},
		},
		brandCues: map[string][]string{"nl": {"mijn sneer", "mijn botte", "mijn kleinerende", "liet me gaan"}, "en": {"my sneer", "my rude", "my condescending", "lost my temper"}},
	},
	{ // lectured about language: no feature of the rubric finds it
		none: "a reply about the customer's language",
		cues: map[string][]string{
			"nl": {"taalgebruik*", "mijn woorden", "je woorden", "zijn woorden", "haar woorden", "mijn toon", "zijn toon", "haar toon", "je toon", "taalpolitie"},
			"en": {"let go of the language", "about language", "about the language", "my language", "his language", "her language", "your language", "language police", "my words", "his words", "her words", "my tone", "his tone", "her tone", "your tone"},
		},
		brandCues: map[string][]string{
			"nl": {"begon over je", "over je taalgebruik begon", "over je woorden begon", "opmerking over je taal*", "opmerking over je woorden"},
			"en": {"brought up your", "started on your", "remark about your language", "remark about your words", "comment about your language"},
		},
	},
	{ // the customer sends the DM the reply asked for
		features: []string{"move_private"},
		cues: map[string][]string{
			"nl": {"ik stuur je een dm", "ik stuur jullie een dm", "dm gestuurd", "ik heb je een dm", "ik heb jullie een dm", "stuurt zijn nummer via dm", "stuurt haar nummer via dm"},
			"en": {"i'll dm you", "i'll send you a dm", "sending you a dm", "sent you a dm", "i've sent you a dm", "i've dmed you", "sends his number by dm", "sends her number by dm"},
		},
	},
	{ // the brand called the customer: only a reply that offered a call or asked for their number
		features: []string{"move_private"},
		cues: map[string][]string{
			"nl": {"gebeld door", "heeft * gebeld", "hebben * gebeld", "heeft * * gebeld", "me gebeld", "haar gebeld", "hem gebeld", "net gebeld", "belde haar", "belde hem", "belde me",
				"je belt haar", "je belt hem", "belt haar op", "belt hem op", "belt * direct terug", "na het telefoontje", "het telefoontje met", "aan de telefoon gehad"},
			"en": {"has called *", "called me", "called her", "called him", "just called", "just got off the phone",
				"you call her", "you call him", "call * back right away", "after the call", "the call with", "for the call", "for his call", "for her call", "on the phone with"},
		},
	},
	{ // someone came round: only a reply that arranged a step (a visit, a call that arranged one)
		features: stepFeatures,
		cues: map[string][]string{
			"nl": {"monteur is geweest", "monteur is langs geweest", "monteur kwam langs", "is langs geweest", "is langsgekomen", "langs is geweest",
				"is op bezoek geweest", "bezoek gehad"},
			"en": {"engineer has been", "fitter has been", "installer has been", "has been round", "came round", "has visited", "visited *",
				"came by and", "has come by"},
		},
	},
	{ // the order ships or the money is back: only a reply that did or promised a step
		features: stepFeatures,
		cues: map[string][]string{
			"nl": {"is onderweg", "zijn onderweg", "komt morgen", "komt vandaag", "verzonden", "teruggeboekt", "teruggestort", "terugbetaald",
				"wordt teruggeboekt", "geld terug", "krijg ik terug"},
			"en": {"is on its way", "are on their way", "arrives tomorrow", "comes tomorrow", "coming tomorrow", "has shipped", "was shipped", "been shipped",
				"dispatched", "refunded", "paid back", "money back", "been reversed"},
		},
	},
	{ // the customer says the reply did not read their post
		features: []string{"misreading", "off_topic", "canned", "deflect", "wrong_name", "misplaced_apology"},
		cues: map[string][]string{
			"nl": {"niet gelezen", "lezen jullie eigenlijk", "lezen jullie wel", "lezen jullie ook", "leest niet", "lees je eigenlijk", "wel gelezen",
				"niet gelezen?", "voelt zich niet gelezen", "niet gelezen wat"},
			"en": {"not read", "didn't read", "don't read", "do you actually read", "did you actually read", "do you even read", "did you even read",
				"does not feel read", "doesn't feel read", "actually read my"},
		},
	},
	{ // the reply was cold, businesslike or distant: no feature finds that, and no score does either
		// (a pile of sympathy scores 45 on empathy, a curt "Is geregeld." 50)
		none: "a reply that was cold or businesslike",
		cues: map[string][]string{
			"nl": {"was zakelijk", "bleef zakelijk", "klonk zakelijk", "was kil", "klonk kil", "afstandelijk*", "kortaf", "was koel", "klinisch"},
			"en": {"was businesslike", "stayed businesslike", "sounded businesslike", "was cold", "sounded cold", "distant", "curt", "was cool", "clinical"},
		},
	},
	apologyMade,
	apologyNarrated,
}

// stepFeatures are what a reply that takes the case forward has: a
// concrete step, the fix done, the brand's own act, a DM or call. A
// follow-up that tells what came of it (the fitter came, the money is
// back, the order ships) may move the story on in time after any of them,
// never after a bare apology, an evasive or a hollow reply.
var stepFeatures = []string{"next_step", "resolved", "brand_acts", "move_private"}

// putDownExtras are findings that put the customer down besides the
// rubric's put-downs, for a follow-up that only says the reply was
// condescending: capitals and waving the worry away.
var putDownExtras = []string{"shouting", "belittle"}

// Presumption is something a follow-up takes for granted of the reply
// that led there: in Field it says Cue, which only a reply with one of
// Features earns. Features is empty for what no feature of the rubric
// finds (a lecture about the customer's language): no typed reply
// guarantees it.
// Unknown then says what it is.
type Presumption struct {
	Field, Cue, Unknown string
	Features            []string
	// Literal: a condition's feature guarantees it only when every
	// finding that meets that feature is among Features (see MetBy)
	Literal bool
	kind    int // index in presumptions
}

// Presumptions are what follow-up id (a decision or an ending of sc)
// takes for granted of the reply that led there, in sc's language. The
// put-downs a follow-up may presume in general are those of the plugged-in
// rubric (UseRubric), with shouting and belittling.
func Presumptions(sc *Scenario, id string) []Presumption {
	var putDowns []string
	if r := pluggedRubric(); r != nil {
		putDowns = append(slices.Clone(r.PutDowns()), putDownExtras...)
	}
	var out []Presumption
	var told map[string]map[int]bool
	for _, t := range followUpTexts(sc, id) {
		for k, p := range presumptions {
			cues := p.cues
			if t.brand {
				cues = p.brandCues
			}
			cue := findCue(t.text, cues[sc.Language])
			if cue == "" {
				continue
			}
			features := p.features
			if features == nil && p.none == "" {
				features = putDowns
			}
			if givenBy(t.given, features, p.literal) {
				continue // a variant's text, shown only after a reply that has one
			}
			if len(t.after) > 0 && toldBefore(sc, &told, t.after, k) {
				continue // a variant's text, shown only after the story told it
			}
			out = append(out, Presumption{Field: t.field, Cue: cue, Unknown: p.none, Features: features, Literal: p.literal, kind: k})
		}
	}
	return out
}

// PresumptionsAfter are the Presumptions of follow-up id that a reply at
// decision from must earn: those the story had not told on every way to
// from (a closing's "the money is back" after the refund was told).
func PresumptionsAfter(sc *Scenario, from, id string) []Presumption {
	told := toldOnEveryPath(sc)[from]
	var out []Presumption
	for _, p := range Presumptions(sc, id) {
		if !told[p.kind] {
			out = append(out, p)
		}
	}
	return out
}

// presumes warns about the routes of decision d whose follow-up presumes
// what their condition does not require and the round had not told
// before: a closing that says "het is opgelost" presumes nothing of the
// last reply when every way to it passed the fix.
func (v *validator) presumes(path string, d *Decision) {
	if v.told == nil {
		v.told, v.presumed = toldOnEveryPath(v.sc), map[string][]Presumption{}
	}
	for i, r := range d.Routes {
		if r.Next == d.ID {
			continue
		}
		field := fmt.Sprintf("%s.route[%d].next", path, i+1)
		if _, done := v.presumed[r.Next]; !done {
			v.presumed[r.Next] = Presumptions(v.sc, r.Next)
		}
		for _, p := range v.presumed[r.Next] {
			switch {
			case v.told[d.ID][p.kind]:
				// the story said it before this reply
			case len(p.Features) == 0:
				v.warnf(field, "sends typed replies to %q, whose %s says %q: that presumes %s, "+
					"which no feature of the rubric finds, so a typed reply that takes this route may never have been one; "+
					"word the follow-up so it holds for any reply the route lets through, or lead only a written choice there",
					r.Next, p.Field, p.Cue, p.Unknown)
			case p.Literal && !guarantees(r.When, p.Features, true):
				v.warnf(field, "sends typed replies to %q, whose %s says %q: that tells of the reply as one the rubric finds %s in, but the route's condition also takes a reply that only meets it (an admission of the fault takes a route for an apology, and the debrief then says there was none); word the follow-up so it holds for any reply the route lets through",
					r.Next, p.Field, p.Cue, quoteList(p.Features))
			case !guarantees(r.When, p.Features, p.Literal):
				v.warnf(field, "sends typed replies to %q, whose %s says %q: that presumes a reply with one of %s, "+
					"which the route's condition does not require, so a reply without one (evasive, off topic, only a low score) takes it too; "+
					"route by those features (has_any), or word the follow-up so it holds for any reply the route lets through",
					r.Next, p.Field, p.Cue, quoteList(p.Features))
			}
		}
	}
}

// toldOnEveryPath is, per decision, the kinds of presumptions that every
// way to it has told as a fact by the time it opens: its own prompt, facts
// or posts say one, or every decision that leads there had told it. (A
// route into a decision that says it unearned is warned about itself.)
func toldOnEveryPath(sc *Scenario) map[string]map[int]bool {
	own := map[string]map[int]bool{}
	for i := range sc.Decisions {
		d := &sc.Decisions[i]
		kinds := map[int]bool{}
		texts := []string{d.Prompt, d.Facts}
		for _, p := range d.Posts {
			if p.By != "brand" {
				texts = append(texts, p.Text)
			}
		}
		if d.ID == sc.FirstDecision() {
			for _, p := range sc.Posts {
				texts = append(texts, p.Text)
			}
		}
		for _, t := range texts {
			for k, p := range presumptions {
				if findCue(t, p.cues[sc.Language]) != "" {
					kinds[k] = true
				}
			}
		}
		own[d.ID] = kinds
	}
	into := map[string][]string{} // decision -> decisions that lead there
	for i := range sc.Decisions {
		d := &sc.Decisions[i]
		for _, next := range nextIDs(d) {
			if next != d.ID && !slices.Contains(into[next], d.ID) {
				into[next] = append(into[next], d.ID)
			}
		}
	}
	told := map[string]map[int]bool{}
	for id := range own {
		told[id] = map[int]bool{}
		for k := range presumptions {
			told[id][k] = id != sc.FirstDecision() && len(into[id]) > 0
		}
	}
	for changed := true; changed; {
		changed = false
		for id := range own {
			for k := range presumptions {
				now := own[id][k]
				if !now && id != sc.FirstDecision() && len(into[id]) > 0 {
					now = true
					for _, from := range into[id] {
						now = now && told[from][k]
					}
				}
				if now != told[id][k] {
					told[id][k], changed = now, true
				}
			}
		}
	}
	return told
}

// nextIDs are the decisions and endings d leads to: its choices, routes,
// actions and silence.
func nextIDs(d *Decision) []string {
	var out []string
	for _, c := range d.Choices {
		out = append(out, c.Next)
	}
	for _, r := range d.Routes {
		out = append(out, r.Next)
	}
	for _, a := range d.Actions {
		if a.Next != "" {
			out = append(out, a.Next)
		}
	}
	if d.OnTimeout != "" {
		out = append(out, d.OnTimeout)
	}
	return out
}

// presumptionText is one text of a follow-up and the field it is in.
type presumptionText struct {
	field, text string
	brand       bool // the brand's own next reply: a choice, a DM action
	// given are what a variant's tags guarantee of the reply before its
	// text (variantGuarantees): each a list of features one of which it has
	given [][]string
	// after are a variant's decisions, one of which the round entered
	// before its text is shown (Variant.After)
	after []string
}

// toldBefore reports whether every one of the decisions in after has
// told presumption kind k by the time it opens (toldOnEveryPath, worked
// out once into *told); an ending in after tells nothing.
func toldBefore(sc *Scenario, told *map[string]map[int]bool, after []string, k int) bool {
	if *told == nil {
		*told = toldOnEveryPath(sc)
	}
	for _, id := range after {
		if !(*told)[id][k] {
			return false
		}
	}
	return true
}

// givenBy reports whether a variant's guarantees cover a presumption that
// features earn: one of its has: tags names only features among them.
func givenBy(given [][]string, features []string, literal bool) bool {
	for _, g := range given {
		if len(g) > 0 && !slices.ContainsFunc(g, func(id string) bool { return !amongFeatures(id, features, literal) }) {
			return true
		}
	}
	return false
}

// followUpTexts are the texts in which follow-up id reacts to the reply
// that led there: a decision's prompt, facts, posts by others than the
// brand, choices and action texts; an ending's story, outcome and posts.
func followUpTexts(sc *Scenario, id string) []presumptionText {
	var out []presumptionText
	posts := func(field string, ps []Post) {
		for k, p := range ps {
			if p.By != "brand" {
				out = append(out, presumptionText{field: fmt.Sprintf("%s.post[%d].text", field, k+1), text: p.Text})
				for j, va := range p.Variants {
					out = append(out, presumptionText{field: fmt.Sprintf("%s.post[%d].variant[%d].text", field, k+1, j+1),
						text: va.Text, given: variantGuarantees(va.If), after: va.After})
				}
			}
		}
	}
	for i := range sc.Decisions {
		d := &sc.Decisions[i]
		if d.ID != id {
			continue
		}
		f := fmt.Sprintf("decision[%d]", i+1)
		out = append(out, presumptionText{field: f + ".prompt", text: d.Prompt}, presumptionText{field: f + ".facts", text: d.Facts})
		for j, va := range d.Variants {
			out = append(out, presumptionText{field: fmt.Sprintf("%s.variant[%d].prompt", f, j+1), text: va.Prompt, given: variantGuarantees(va.If), after: va.After})
		}
		posts(f, d.Posts)
		for k, c := range d.Choices {
			out = append(out, presumptionText{field: fmt.Sprintf("%s.choice[%d].text", f, k+1), text: c.Text, brand: true})
		}
		for k, a := range d.Actions {
			// a DM's public text and a call's narration are the brand's own
			// act; a colleague's tip and waiting tell what others see
			out = append(out, presumptionText{field: fmt.Sprintf("%s.action[%d].text", f, k+1), text: a.Text, brand: a.Kind == ActionDM || a.Kind == ActionCall})
		}
	}
	for i := range sc.Endings {
		e := &sc.Endings[i]
		if e.ID != id {
			continue
		}
		f := fmt.Sprintf("ending[%d]", i+1)
		out = append(out, presumptionText{field: f + ".text", text: e.Text}, presumptionText{field: f + ".outcome", text: e.Outcome})
		for j, va := range e.Variants {
			out = append(out, presumptionText{field: fmt.Sprintf("%s.variant[%d].text", f, j+1), text: va.Text, given: variantGuarantees(va.If), after: va.After},
				presumptionText{field: fmt.Sprintf("%s.variant[%d].outcome", f, j+1), text: va.Outcome, given: variantGuarantees(va.If), after: va.After})
		}
		posts(f, e.Posts)
	}
	return out
}

// findCue returns the first of cues that text says as whole words, or "".
// In a cue, a word that ends in "*" matches any word it starts, and a lone
// "*" any one word ("heeft * gebeld": "heeft Naomi gebeld"). The cue is
// returned without its stars.
func findCue(text string, cues []string) string {
	low := strings.ToLower(text)
	for _, c := range cues {
		m := compiledCue(c)
		// the regexp runs only where the cue's longest word is: loading the
		// built-in cases reads every follow-up text against every cue
		if strings.Contains(low, m.word) && m.re.MatchString(low) {
			return strings.TrimSuffix(c, "*")
		}
	}
	return ""
}

// cueMatcher is a compiled cue and its longest literal word.
type cueMatcher struct {
	re   *regexp.Regexp
	word string
}

var cueMatchers sync.Map // cue -> cueMatcher

// compiledCue compiles cue once: its words in order, separated by spaces.
func compiledCue(cue string) cueMatcher {
	if m, ok := cueMatchers.Load(cue); ok {
		return m.(cueMatcher)
	}
	word := ""
	for _, w := range strings.Fields(cue) {
		if w = strings.TrimSuffix(w, "*"); len(w) > len(word) {
			word = w
		}
	}
	var parts []string
	for _, w := range strings.Fields(cue) {
		switch {
		case w == "*":
			parts = append(parts, `[\p{L}\p{N}'’-]+`)
		case strings.HasSuffix(w, "*"):
			parts = append(parts, regexp.QuoteMeta(strings.TrimSuffix(w, "*"))+`[\p{L}\p{N}]*`)
		default:
			parts = append(parts, regexp.QuoteMeta(w))
		}
	}
	last := strings.Fields(cue)
	end := `(?:$|[^\p{L}\p{N}])`
	if len(last) > 0 && !isWordRune(lastRune(last[len(last)-1])) {
		end = "" // a cue that ends in punctuation ("gelezen?") needs no boundary
	}
	m := cueMatcher{re: regexp.MustCompile(`(?:^|[^\p{L}\p{N}])` + strings.Join(parts, `\s+`) + end), word: word}
	cueMatchers.Store(cue, m)
	return m
}

func lastRune(s string) rune {
	rs := []rune(s)
	return rs[len(rs)-1]
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
