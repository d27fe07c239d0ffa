package session

import (
	"encoding/json"
	"math"
	"sync"
	"sync/atomic"

	"github.com/webcaresim/webcaresim/scenarios"
	"github.com/webcaresim/webcaresim/scoring"
)

// Lesson is what the debrief sets beside the trainee's reply at a decision
// they met: what the brand really did there and a model reply.
type Lesson struct {
	Decision string `json:"decision"`
	// Historical is the brand's real reply (HistoricalQuoted: quoted
	// exactly from the source) or the choice closest to what it did; empty
	// when the source records nothing for this moment.
	Historical       string `json:"historical,omitempty"`
	HistoricalQuoted bool   `json:"historical_quoted,omitempty"`
	// HistoricalSilent: the real brand said nothing here and let the
	// moment pass (HEMA's first hours); Historical is then empty.
	HistoricalSilent bool `json:"historical_silent,omitempty"`
	// Model is the written choice that scores best at this decision, with
	// the scenario's feedback on it.
	Model         string  `json:"model,omitempty"`
	ModelFeedback string  `json:"model_feedback,omitempty"`
	ModelOverall  float64 `json:"model_overall,omitempty"`
}

// lessonFor is the lesson of decision d, scored in the round's context as it
// stands when d is entered.
func (s *Session) lessonFor(d *scenarios.Decision) Lesson {
	l := Lesson{Decision: d.ID}
	if i := HistoricalChoice(d); i >= 0 {
		l.Historical, l.HistoricalQuoted = d.Choices[i].Text, d.Choices[i].Historical
	} else {
		l.HistoricalSilent = historicallySilent(s.sc, d.ID)
	}
	best := math.Inf(-1)
	for _, c := range d.Choices {
		if o := s.overallOf(c.Text); o > best {
			best, l.Model, l.ModelFeedback, l.ModelOverall = o, c.Text, c.Feedback, round1(o)
		}
	}
	return l
}

// Lessons are the lessons of the decisions met so far, in order.
func (s *Session) Lessons() []Lesson { return append([]Lesson(nil), s.lessons...) }

// Comparison is a number the case's story promises to set beside the round:
// what the source recorded (the boycott page's 6,100 followers, the 127
// retweets) and the round's own number of the same kind.
type Comparison struct {
	Recorded int    `json:"recorded"`
	Label    string `json:"label"` // what Recorded counts, in the case's words
	Measure  string `json:"measure"`
	Round    int    `json:"round"`
}

// Comparison is the report's comparison with the real case; ok is false
// when the case records no number.
func (r Report) Comparison() (c Comparison, ok bool) {
	if r.HistShares <= 0 {
		return Comparison{}, false
	}
	m := r.HistMeasure
	if m == "" {
		m = "shares"
	}
	return Comparison{Recorded: r.HistShares, Label: r.HistLabel, Measure: m, Round: r.Measured(m)}, true
}

// historicallySilent reports whether the real brand was silent at decision
// id: the story the brand really lived (its historical choices, and where a
// decision has none, its timeout, as the historical replay plays it) passes
// through id, and id has no historical choice. A decision off that story
// records nothing about what the brand did there.
func historicallySilent(sc *scenarios.Scenario, id string) bool {
	seen := map[string]bool{}
	for cur := sc.FirstDecision(); cur != "" && !seen[cur]; {
		seen[cur] = true
		d, ok := sc.Decision(cur)
		if !ok {
			return false
		}
		i := HistoricalChoice(d)
		if cur == id {
			return i < 0
		}
		if i >= 0 {
			cur = d.Choices[i].Next
		} else {
			cur = d.OnTimeout
		}
	}
	return false
}

// Steps are the round's steps as its replies tell them, for a round whose
// transcript was not kept (a stored attempt): every reply, written choice
// or action at the minute it went out. Waiting and a colleague's hint
// leave no reply and are not among them; replayed, the round meets the
// same decisions at the same minutes.
func (r Report) Steps() []Step {
	steps := make([]Step, 0, len(r.Replies))
	for _, rep := range r.Replies {
		st := Step{At: rep.Minute, Decision: rep.Decision, Action: rep.Action, Choice: rep.Choice}
		if rep.Action == "" && rep.Choice == 0 {
			st.Text = rep.Text
		}
		steps = append(steps, st)
	}
	return steps
}

// overallOf is the overall score of a written choice in the round's
// context now. The lesson scores every choice of every decision met, and
// the worlds of "100 worlds" and of the fit meet the same choices in
// mostly the same context, so the score is remembered per rubric, text and
// context (a Rubric does not change once parsed).
func (s *Session) overallOf(text string) float64 {
	ctx := s.Context()
	b, err := json.Marshal(ctx)
	if err != nil {
		return scoring.Overall(s.Analyze(text))
	}
	key := overallKey{s.rubric, text, string(b)}
	if o, seen := overalls.Load(key); seen {
		return o.(float64)
	}
	o := scoring.Overall(s.rubric.Analyze(text, ctx))
	if overallsKept.Add(1) <= maxOveralls {
		overalls.Store(key, o)
	}
	return o
}

type overallKey struct {
	rubric    *scoring.Rubric
	text, ctx string
}

// overalls holds overallOf's scores, up to maxOveralls of them.
var (
	overalls     sync.Map
	overallsKept atomic.Int64
)

const maxOveralls = 100_000
