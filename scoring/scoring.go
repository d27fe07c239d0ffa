// Package scoring analyses a webcare reply against the rubric in rubric.toml:
// it finds features (apology, acknowledging emotion, blaming the customer, …)
// with the span of text that triggered each, and turns them into the three
// scores a trainee is judged on: empathy, de-escalation and speed.
//
// Default() is the embedded rubric; LoadFile replaces it with a trainer's
// file. (*Rubric).Analyze gives an Analysis: the two scores, every Feature
// with its span and points, what the situation called for but the reply
// lacks (Missing), and the features that capped a score (Caps). Overall
// combines the two scores for ordering replies, Speed scores the time taken
// against the scenario's SLA, and (*Rubric).Explain writes it all out in
// Dutch or English. README.md in this directory describes the pattern
// language of rubric.toml.
//
// The package knows nothing of screens or of the crowd; it is pure and
// deterministic, and a Rubric is safe for concurrent use.
package scoring

import (
	"math"
	"slices"
)

// Dimensions a feature can count towards.
const (
	Empathy      = "empathy"
	Deescalation = "deescalation"
)

// Context is what the scorer knows about the moment a reply is written. A
// reply is judged against the post it answers: an apology to a delighted
// customer is wrong, humour to a furious one is risky.
type Context struct {
	Language     string // "nl" or "en": the language the reply should be in
	Channel      string // "twitter", "facebook", "instagram"
	CustomerPost string // the post being answered (may be empty)
	Situation    string // what the agent knows beyond the post (a fact from a DM, the prompt); may be empty
	// Thread holds the case's earlier posts (the customer's first
	// complaint when a later post is answered): a reply that refers to
	// them refers to the case, and their things are not another topic.
	Thread         []string
	CustomerName   string  // first name, e.g. "Dorien"
	CustomerHandle string  // without the @
	CustomerMood   float64 // -1 furious .. +1 delighted
	BrandName      string
	// Misreadings are wrong readings of the case a reply must not state
	// (Sanoma: "je hebt nog niet gebeld" to a customer who did call).
	Misreadings []Misreading
	// Earlier are the replies the agent already posted in this
	// conversation: one posted again, nearly word for word, is a template
	// to this customer however well it fit the first time.
	Earlier []string

	// knownCaseText is caseText of this context, worked out once per
	// analysis (Analyze sets it): a dozen detectors read it.
	knownCaseText string
}

// Misreading is a wrong reading of the case: what a reply that makes it
// says, as patterns in the rubric's pattern language, and the fact it gets
// wrong, in the scenario's language (the debrief names it).
//
// Kind "private" is a true fact the customer keeps private (their arrears):
// a public reply that states it is the disclosure finding, not a
// misreading.
type Misreading struct {
	Says []string `json:"says" toml:"says"`
	Fact string   `json:"fact" toml:"fact"`
	Kind string   `json:"kind,omitempty" toml:"kind"`
}

// Feature is one thing the rubric found in a reply.
//
// Start and End are offsets in Unicode code points (End exclusive), so that
// []rune(reply)[Start:End] == Text in any language; ByteStart and ByteEnd are
// the same span in bytes, for slicing Go strings. A feature that is a fact of
// the reply as a whole (its length, a missing reference to the post) has an
// empty span (Start == End == 0).
type Feature struct {
	ID        string  `json:"id"`
	Dimension string  `json:"dimension"`
	Points    float64 `json:"points"`
	Start     int     `json:"start"`
	End       int     `json:"end"`
	Text      string  `json:"text"`
	// Quote is what an explanation quotes where it is not the whole span:
	// a restatement's own words of the customer ("guards … medication").
	Quote string `json:"quote,omitempty"`
	Label string `json:"label,omitempty"` // one-line explanation in the analysis language
	// Note adds what this finding is about: the fact of the case a
	// misreading gets wrong, how many words of padding.
	Note string `json:"note,omitempty"`
	// Admits marks an ownership finding that admits a fault ("dat ligt bij
	// ons", "that was wrong of us") rather than takes the job on ("ik
	// regel het"): the story reads an admission as the apology it is.
	Admits    bool `json:"admits,omitempty"`
	ByteStart int  `json:"-"`
	ByteEnd   int  `json:"-"`
}

// SpanRuns splits features, in the order Analyze gives them, into runs of
// one feature at one span: a feature that counts on both dimensions comes
// once per dimension, and a reader wants it as one finding.
func SpanRuns(feats []Feature) [][]Feature {
	var runs [][]Feature
	for i := 0; i < len(feats); {
		f := feats[i]
		j := i + 1
		for j < len(feats) && feats[j].ID == f.ID && feats[j].Start == f.Start && feats[j].End == f.End {
			j++
		}
		runs = append(runs, feats[i:j])
		i = j
	}
	return runs
}

// Missing is an expected feature the reply lacks (shown in the debrief).
type Missing struct {
	ID        string `json:"id"`
	Dimension string `json:"dimension"`
	Label     string `json:"label"`
	Tip       string `json:"tip,omitempty"`
}

// Analysis is the result of analysing one reply.
type Analysis struct {
	Text         string  `json:"text"`
	Language     string  `json:"language"`
	Empathy      float64 `json:"empathy"`      // 0..100
	Deescalation float64 `json:"deescalation"` // 0..100
	// BaseEmpathy and BaseDeescalation are where the scores started,
	// before any finding: the lines of an explanation add up from them.
	BaseEmpathy      float64   `json:"base_empathy,omitempty"`
	BaseDeescalation float64   `json:"base_deescalation,omitempty"`
	Features         []Feature `json:"features"`
	Missing          []Missing `json:"missing"`
	// Caps lists the features that held a score down: a reply with an
	// insult is a bad reply however warm the rest of it is.
	Caps []Cap `json:"caps,omitempty"`
	// Discounts lists the findings that earned less than their points or
	// nothing: sympathy a refusal cancels, sympathy without substance.
	Discounts []Discount `json:"discounts,omitempty"`
}

// Discount is a finding that was cancelled or reduced, with the span of
// the finding that did it and the reason in the analysis language ("je
// medeleven telt niet mee: daarna weiger je ('helaas kunnen we…')").
// Empathy and Deescalation are the points it lost on each dimension.
type Discount struct {
	ID           string  `json:"id"`
	Empathy      float64 `json:"empathy"`
	Deescalation float64 `json:"deescalation"`
	Start        int     `json:"start"`
	End          int     `json:"end"`
	Text         string  `json:"text,omitempty"`
	Quote        string  `json:"quote,omitempty"` // as Feature.Quote
	By           string  `json:"by"`
	ByStart      int     `json:"by_start"`
	ByEnd        int     `json:"by_end"`
	ByText       string  `json:"by_text,omitempty"`
	Note         string  `json:"note"`
}

// KeptPoints is the most the finding a discount reduced still earned at
// the same words, in points on one score (0 when the discount took all):
// the debrief and the explanation then say the rest counts above.
func (d Discount) KeptPoints(feats []Feature) float64 {
	kept := 0.0
	for _, f := range feats {
		if f.ID == d.ID && f.Start == d.Start && f.End == d.End {
			kept = max(kept, math.Abs(f.Points))
		}
	}
	return kept
}

// Cap is a ceiling a feature put on a dimension's score.
type Cap struct {
	ID        string  `json:"id"`
	Dimension string  `json:"dimension"`
	Max       float64 `json:"max"`
}

// Tone is how the phrase of a reply's i-th finding is marked: +1 for
// points earned, -1 for points lost, 0 for neither. A finding worth 0 reads
// as the feature's scored findings in the same reply (a refusal said twice
// is a refusal both times, where a 0 used to be marked as earned), and a
// finding of a feature that scores nothing here (a marker such as a fact
// told) is not marked at all: a newcomer reads a green phrase as good
// (playtest 12, P12-6).
func Tone(feats []Feature, i int) int {
	sign := func(p float64) int {
		switch {
		case p > 0:
			return 1
		case p < 0:
			return -1
		}
		return 0
	}
	if s := sign(feats[i].Points); s != 0 {
		return s
	}
	// The other findings on the same words come first: sympathy said
	// again while piling it on is a 0 for the repeat and a penalty for
	// the pile, and was marked green over the red (playtest 13, P13-12).
	same := 0.0
	for _, f := range feats {
		if f.Start == feats[i].Start && f.End == feats[i].End {
			same += f.Points
		}
	}
	if s := sign(same); s != 0 {
		return s
	}
	for _, f := range feats {
		if s := sign(f.Points); f.ID == feats[i].ID && s != 0 {
			return s
		}
	}
	return 0
}

// AdmitsFault reports whether the reply admits a fault in so many words.
func (a Analysis) AdmitsFault() bool {
	return slices.ContainsFunc(a.Features, func(f Feature) bool { return f.Admits })
}

// Has reports whether the analysis found the feature with this id.
func (a Analysis) Has(id string) bool {
	for _, f := range a.Features {
		if f.ID == id {
			return true
		}
	}
	return false
}
