package scenarios

import (
	"strings"
	"sync"
	"sync/atomic"
)

// One detector for "the brand has apologised", as others tell it: the
// customer accepts or thanks for an apology ("excuses aanvaard", "thanks
// for the apology") or reports one ("HEMA called me and apologised", "ze
// hebben excuses aangeboden"). The checker reads a follow-up that says so
// as presuming a reply that apologised (presumptions), and the round tells
// the crowd the brand has apologised when the customer says so
// (ReportsApology), so that nobody goes on saying it never did. (The
// rubric's accepts_apology finds the brand accepting the customer's
// apology: the same words, said by the other side.)

// apologyMade is the presumption that the brand apologised: the customer
// accepts or thanks for the apology. A follow-up that says so presumes a
// reply that apologised.
var apologyMade = presumption{
	features: []string{"apology"},
	cues: map[string][]string{
		"nl": {"excuses aanvaard", "excuses geaccepteerd", "bedankt voor je excuses", "bedankt voor jullie excuses", "bedankt voor de excuses",
			"dank voor je excuses", "dank voor de excuses", "bedankt voor je sorry"},
		"en": {"apology accepted", "thanks for the apology", "thanks for your apology", "thank you for the apology", "thank you for your apology",
			"thanks for apologising", "thanks for apologizing"},
	},
}

// apologyNarrated is the presumption that the story tells of the reply as
// an apology ("The Service Police is online, with your apology"): only a
// reply in which the rubric finds an apology earns it. A route for an
// apology also takes a reply that admits the fault without a word of sorry
// (MetBy), for which the debrief says "no apology": the story must then
// not call it one (playtest 19, P19-20; closing 20).
var apologyNarrated = presumption{
	features: []string{"apology", "apology_for_slip"},
	literal:  true,
	cues: map[string][]string{
		"nl": {"jouw excuses", "je excuses", "met excuses van jou", "je bood excuses", "je verontschuldiging", "jouw verontschuldiging"},
		"en": {"your apology", "your apologies", "you apologised", "you apologized", "your sorry"},
	},
}

// apologyReports are the words with which the customer tells the thread
// of an apology made, besides accepting it ("HEMA called me and
// apologised"). Who said sorry they do not say ("Bram had already said
// sorry himself"), so they count only in the customer's own posts, where
// the apology is the brand's: a follow-up's story may tell of anyone's.
var apologyReports = map[string][]string{
	"nl": {"excuses aangeboden", "excuses gemaakt", "bood excuses", "boden excuses", "biedt excuses", "bieden excuses",
		"bood me excuses", "boden me excuses", "boden mij excuses", "bood mij excuses", "sorry gezegd", "zei sorry", "zeiden sorry"},
	"en": {"apologised", "apologized", "said sorry", "offered an apology", "made an apology"},
}

// apologyDenials are the words before a report that turn it into its
// opposite ("never apologised", "geen excuses aangeboden").
var apologyDenials = map[string][]string{
	"nl": {"nooit", "geen", "niet", "niemand"},
	"en": {"never", "not", "no", "nobody", "n't", "still"},
}

// ReportsApology reports whether a customer's post says the brand has
// apologised (in the case's language lang), and not that it has not: it
// accepts or thanks for the apology, or reports it.
func ReportsApology(text, lang string) bool {
	key := reportKey{text, lang}
	if v, ok := reportsApologyKept.Load(key); ok {
		return v.(bool)
	}
	r := reportsApology(text, lang)
	if reportsApologyCount.Add(1) <= maxReportsApologyKept {
		reportsApologyKept.Store(key, r)
	}
	return r
}

// ReportsApology's verdicts are kept per text: the round asks it of the
// post before each of the customer's, and the 100 worlds of a debrief ask
// it of the same few posts in every world, each a score of regular
// expressions. A workshop server that loads case after case stops keeping
// them at maxReportsApologyKept texts.
var (
	reportsApologyKept  sync.Map // reportKey → bool
	reportsApologyCount atomic.Int64
)

type reportKey struct{ text, lang string }

const maxReportsApologyKept = 50_000

func reportsApology(text, lang string) bool {
	low := strings.ToLower(text)
	for _, c := range append(apologyMade.cues[lang], apologyReports[lang]...) {
		for _, at := range compiledCue(c).re.FindAllStringIndex(low, -1) {
			if !deniedBefore(low[:at[0]], lang) {
				return true
			}
		}
	}
	return false
}

// deniedBefore reports whether one of the last three words before a
// report denies it.
func deniedBefore(before, lang string) bool {
	words := strings.Fields(before[max(0, len(before)-30):])
	if len(words) > 3 {
		words = words[len(words)-3:]
	}
	for _, w := range words {
		w = strings.Trim(w, ".,!?'\"")
		for _, d := range apologyDenials[lang] {
			if w == d || (d == "n't" && strings.HasSuffix(w, d)) {
				return true
			}
		}
	}
	return false
}
