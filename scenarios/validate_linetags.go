package scenarios

import (
	"fmt"
	"slices"
	"strings"
)

// A bystander line may presume more than its moment: that the brand never
// apologised, that its reply asked the customer nothing, that nobody has
// come round yet. It says so with tags at its start, as the built-in pools
// do ("<unapologised,lacks:invite_dialogue> …"), and the crowd says it only
// when they hold (game/crowd, tagFits). A line that presumes what its
// words show without saying so is heard after replies that did the
// opposite: "'Wat is er aan de hand?' Dat is het? Vraag nou wat er aan de
// hand is" (playtest 12). The checker warns about such a line where its
// words show it.

// LineTags are the tags a line may carry without a value (see tagFits in
// game/crowd/lines.go).
var LineTags = []string{"silent", "replied", "bad", "good", "apology", "fuss", "cold", "dm", "desk",
	"unapologised", "once", "waited", "fresh", "stir", "late", "open", "mended", "quiet", "news",
	"unsolved", "solved"}

// LineFindsTags are the tags that name features of the rubric: has:F and
// lacks:F test the brand's last public reply, ever:F and never:F every
// public reply of the round ("has:invite_dialogue|details_request": any of
// them).
var LineFindsTags = []string{"has", "lacks", "ever", "never"}

// SplitLineTags splits a line's tags from its text: "<once,has:next_step>
// text" gives ["once", "has:next_step"] and "text".
func SplitLineTags(line string) (tags []string, text string) {
	if !strings.HasPrefix(line, "<") {
		return nil, line
	}
	i := strings.IndexByte(line, '>')
	if i < 0 {
		return nil, line
	}
	for _, t := range strings.Split(line[1:i], ",") {
		tags = append(tags, strings.TrimSpace(t))
	}
	return tags, strings.TrimSpace(line[i+1:])
}

// linePresumption is something a bystander line can take for granted of
// the brand's replies, and the words that show it does.
type linePresumption struct {
	features []string // what finds it; nil: no feature does, only a tied line's act
	tag      string   // or the tag that says it
	what     string   // for the warning
	cues     map[string][]string
}

// linePresumptions are what bystander lines presume beyond the
// follow-ups' presumptions (validate_presumes.go), which they can presume
// too ("thanks for the apology", "they called her").
var linePresumptions = []linePresumption{
	{ // the reply asked the customer something, or it did not: "ask him what's wrong"
		features: []string{"invite_dialogue", "details_request"},
		what:     "whether the reply asked the customer something",
		cues: map[string][]string{
			"nl": {"vraag nou", "vraag eens", "vraag dan", "vragen wat", "vraagt wat", "vroeg wat", "open vraag"},
			"en": {"ask him what", "ask her what", "ask them what", "ask what", "asking what", "asked what", "open question", "just ask"},
		},
	},
	{ // somebody comes round, or has not yet: "come and look at the worktop, then"
		features: stepFeatures,
		what:     "whether a reply arranged a visit or a step",
		cues: map[string][]string{
			"nl": {"langskomt", "langskomen", "langs komt", "langs komen", "kom dan", "kom eens", "kom * kijken", "komen * kijken"},
			"en": {"come round", "comes round", "coming round", "come and look", "come and see", "come over"},
		},
	},
	{ // the brand took long: "it took long enough", not after a reply within minutes
		tag:  "late",
		what: "that the brand was slow",
		cues: map[string][]string{
			"nl": {"lang genoeg geduurd", "heeft lang geduurd", "duurde lang", "eindelijk sorry", "eindelijk excuses", "eindelijk een reactie", "eindelijk een antwoord"},
			"en": {"took long enough", "took a while", "took them long", "finally says sorry", "finally apologis*", "finally apologiz*", "finally a reply", "finally an answer"},
		},
	},
	{ // the customer has waited: "still not a word", not a minute after her post
		tag:  "waited",
		what: "that the customer has waited for an answer",
		cues: map[string][]string{
			"nl": {"nog steeds geen", "nog steeds niets", "nog steeds niks", "hoe lang duurt", "wachten op een antwoord",
				"wachten op een reactie", "nog niets", "nog niks"},
			"en": {"still not a word", "still no answer", "still no reply", "still nothing", "how long does it take",
				"waiting for an answer", "waiting for a reply", "waiting for a response", "waiting for * answer",
				"nothing yet", "no answer yet", "no reply yet"},
		},
	},
	{ // the reply joked or voiced an opinion: "not for your opinion", "who sent that tweet?" answer
		// the joke about a celebrity, not an over-apology (playtest 21, P21-4)
		features: jokeFeatures,
		what:     "a reply that joked or mocked",
		cues: map[string][]string{
			"nl": {"grap", "grapje", "grappen", "grappig*", "geintje*", "je mening", "jullie mening", "om je mening", "om jullie mening", "wie heeft dat * gestuurd", "wie stuurde", "wie * stuurde", "cabaret*", "komiek*"},
			"en": {"joke", "jokes", "joking", "funny", "your opinion", "who sent that", "comedian*", "stand-up", "comedy"},
		},
	},
	{ // the reply was rude: "this tone", "who wrote that reply?" do not answer a polite or a grovelling one
		features: rudeFeatures,
		what:     "a reply that was rude",
		cues: map[string][]string{
			"nl": {"deze toon", "die toon", "zo'n toon", "zulke toon", "wie heeft dat geschreven", "van jullie webcareteam kwam", "van jullie webcare kwam"},
			"en": {"this tone", "that tone", "such a tone", "who wrote that", "came from your webcare"},
		},
	},
	{ // an investigation: no feature of the rubric finds one
		what: "an investigation the reply announced",
		cues: map[string][]string{
			"nl": {"onderzoek", "het onderzoek", "zoekt het * uit", "zoeken het * uit", "zoekt het uit"},
			"en": {"investigation", "investigating", "looking into it", "look into it"},
		},
	},
}

// jokeFeatures find a reply that joked, mocked or made light of the case.
var jokeFeatures = []string{"humour", "humour_at_expense", "joke_about_complaint", "mocks_third_party", "sarcasm", "ironic_praise"}

// rudeFeatures find a reply whose tone people call out: the put-downs,
// capitals, a brush-off, a denial or a correction of the customer.
var rudeFeatures = []string{"insult", "sarcasm", "ironic_praise", "humour", "humour_at_expense", "joke_about_complaint", "mocks_third_party",
	"blame_customer", "threaten_customer", "legal_threat", "questioned_apology", "shouting", "belittle", "deny", "contradicts", "lost_temper"}

// lineTags checks a line's tags and warns when its words presume what the
// brand's replies did without a tag that says so, unless declared (see
// line).
func (v *validator) lineTags(at string, problem func(bool, string, ...any), tags []string, text string, declared bool) {
	named := map[string]bool{}
	for _, t := range tags {
		kind, value, finds := strings.Cut(t, ":")
		switch {
		case finds && slices.Contains(LineFindsTags, kind):
			ids := strings.Split(value, "|")
			v.knownFeatures(at, ids)
			for _, id := range ids {
				named[strings.TrimSpace(id)] = true
			}
		case !finds && slices.Contains(LineTags, t):
		default:
			problem(false, "unknown tag <%s>; use %s, or %s:FEATURE", t, strings.Join(LineTags, ", "), strings.Join(LineFindsTags, ":, "))
		}
	}
	if declared {
		return
	}
	for _, p := range v.linePresumes(text) {
		switch {
		case p.tag != "":
			if !slices.Contains(tags, p.tag) {
				problem(true, "says %q, which presumes %s; tag it <%s> at its start or word it without", p.cue, p.what, p.tag)
			}
		case len(p.features) == 0:
			problem(true, "says %q, which presumes %s; no feature of the rubric finds that, so tie the line to the act ([[crowd.tied]] with says or after) or word it without", p.cue, p.what)
		case !slices.ContainsFunc(p.features, func(id string) bool { return named[id] }):
			problem(true, "says %q, which presumes %s; say which with a tag at its start (<has:%s>, <lacks:…>, <ever:…> or <never:…>) or word it without",
				p.cue, p.what, strings.Join(p.features, "|"))
		}
	}
}

// presumedByLine is one presumption a line's words show.
type presumedByLine struct {
	cue, what, tag string
	features       []string
}

// linePresumes are the presumptions a line's words show: those of the
// follow-ups that have features, and the lines' own.
func (v *validator) linePresumes(text string) []presumedByLine {
	var out []presumedByLine
	for _, p := range presumptions {
		if len(p.features) == 0 {
			continue // the put-downs and the lectures: a critic may call a reply a sneer
		}
		if cue := findCue(text, p.cues[v.sc.Language]); cue != "" {
			out = append(out, presumedByLine{cue: cue, what: fmt.Sprintf("a reply with one of %s", quoteList(p.features)), features: p.features})
		}
	}
	for _, p := range linePresumptions {
		if cue := findCue(text, p.cues[v.sc.Language]); cue != "" {
			out = append(out, presumedByLine{cue: cue, what: p.what, tag: p.tag, features: p.features})
		}
	}
	return out
}
