package crowd

import (
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
)

// A generic line says what a brand wrote only through {quote} or {worst}:
// "Customer service bingo: 'we regret any inconvenience'" followed a reply
// that never said it.
func TestGenericLinesQuoteOnlyTheReply(t *testing.T) {
	for _, lang := range []string{"nl", "en"} {
		for sec, lines := range builtinPools(lang) {
			if strings.HasPrefix(sec, "names.") || strings.HasPrefix(sec, "emoji.") || strings.HasPrefix(sec, "hashtags.") {
				continue
			}
			for _, l := range lines {
				for _, q := range scenarios.QuotedSpans(l) {
					if q != "{quote}" && q != "{worst}" {
						t.Errorf("%s [%s] %q puts %q in quotation marks", lang, sec, l, q)
					}
				}
			}
		}
	}
}

// openingQuote is the fragment a post opens with in quotation marks, or "".
func openingQuote(text string) string {
	if !strings.HasPrefix(text, "\"") && !strings.HasPrefix(text, "'") && !strings.HasPrefix(text, "“") {
		return ""
	}
	spans := scenarios.QuotedSpans(text)
	if len(spans) == 0 {
		return ""
	}
	return spans[0]
}

// Two bystanders in a row never open with the same fragment of the
// brand's reply (playtest 12: Jess and Lucas Wright both opened with "'We
// really appreciate your patience and we are…'"), in either language, and
// the reply's fragments are all quoted.
func TestQuotesPickAnotherFragmentEachTime(t *testing.T) {
	for _, lang := range []string{"nl", "en"} {
		quoting, distinct := 0, map[string]bool{}
		for seed := uint64(1); seed <= 12; seed++ {
			m := afterBrandReply(seed, lang, Stimulus{Empathy: 20, Deescalation: 20, Provocation: 0.3, Quote: "we follow our procedure",
				Phrases: []string{"We follow our procedure", "we cannot comment further", "we appreciate your patience"}})
			last := ""
			for _, tx := range texts(m.AdvanceTo(240)) {
				q := openingQuote(tx)
				if q == "" {
					continue
				}
				quoting++
				distinct[q] = true
				if strings.EqualFold(q, last) {
					t.Errorf("%s seed %d: two bystanders in a row open with %q", lang, seed, q)
				}
				last = q
			}
		}
		if quoting < 10 || len(distinct) < 3 {
			t.Errorf("%s: %d quoting posts, %d fragments: this test sees too little", lang, quoting, len(distinct))
		}
	}
}

// After an offending reply the bystanders who quote it quote the sentence
// that offended, not a harmless one beside it: after "Tja, had je niet
// eerder kunnen bellen? … Stuur je nummer via DM" a critic quoted the offer
// of help as what outraged him (playtest 19, P19-4).
func TestQuotesOfAnOffendingReplyAreWhatOffended(t *testing.T) {
	const worst = "had je niet eerder kunnen bellen"
	for _, lang := range []string{"nl", "en"} {
		quoted, harmless := 0, 0
		for seed := uint64(1); seed <= 12; seed++ {
			m := afterBrandReply(seed, lang, Stimulus{Empathy: 20, Deescalation: 20, Provocation: 0.8, Quote: worst, Worst: worst,
				Phrases: []string{"Maar goed, ik help je graag", "Stuur je nummer via DM, dan bel ik je adviseur"}})
			for _, tx := range texts(m.AdvanceTo(240)) {
				if strings.Contains(tx, worst) {
					quoted++
				}
				if q := openingQuote(tx); q != "" && !strings.EqualFold(q, worst) {
					harmless++
					t.Logf("%s seed %d: %q", lang, seed, tx)
				}
			}
		}
		if quoted < 6 || harmless > 0 {
			t.Errorf("%s: %d lines quote what offended, %d open with a harmless phrase of the reply", lang, quoted, harmless)
		}
	}
}

// afterBrandReply is a storm about HEMA in which the brand replied at minute
// 30 as st says, the model at that moment.
func afterBrandReply(seed uint64, lang string, st Stimulus) *Model {
	m := New(Params{Audience: 400000, BaselinePerHour: 4, Branching: 0.8, HalfLifeMinutes: 40, NegativeShare: 0.6},
		seed, lang, -0.8)
	m.SetContext("HEMA", "HEMA", "Naomi", "naomi.d")
	m.Seed(false, Weight(600))
	m.AdvanceTo(30)
	m.Seed(true, Weight(9000))
	m.Stimulate(st)
	return m
}
