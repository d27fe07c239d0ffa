package session

import (
	"fmt"
	"math"
	"slices"
	"strconv"

	"github.com/webcaresim/webcaresim/scenarios"
	"github.com/webcaresim/webcaresim/scoring"
)

// Scores are the round's three scores and the overall score, each 0–100.
type Scores struct {
	Empathy      float64 `json:"empathy"`
	Speed        float64 `json:"speed"`
	Deescalation float64 `json:"deescalation"`
	Overall      float64 `json:"overall"`
	// SpeedScored is false in relaxed mode, where the clock stops.
	SpeedScored bool `json:"speed_scored"`
}

// Fact is a fact of the round that moved a score, shown in the debrief
// beside the spans of the replies.
type Fact struct {
	Dimension string  `json:"dimension"`
	Points    float64 `json:"points"`
	What      string  `json:"what"` // machine-readable: "silence", "ending", "attack"
	Detail    string  `json:"detail"`
	// Quote is the words of an attack in public (What "attack").
	Quote string `json:"quote,omitempty"`
	// Decision is the decision a silence left unanswered; From and To are
	// the scenario minutes it lasted, from when the trainee could answer
	// to when silence took over.
	Decision string  `json:"decision,omitempty"`
	From     float64 `json:"from,omitempty"`
	To       float64 `json:"to,omitempty"`
	// Pleased marks a silence towards a customer who was pleased (praise,
	// thanks): a missed chance, not a harm, counted as a reply that does
	// nothing (see Silence.Pleased).
	Pleased bool `json:"pleased,omitempty"`
	// Empathy and Deescalation are what a silence towards a pleased
	// customer counted as: the rubric's baselines.
	Empathy      float64 `json:"empathy,omitempty"`
	Deescalation float64 `json:"deescalation,omitempty"`
}

// Silence is a decision left unanswered until its timeout.
type Silence struct {
	Decision string  `json:"decision"`
	From     float64 `json:"from"`
	To       float64 `json:"to"`
	// Pleased: the customer was pleased at the decision (its mood above
	// zero). Leaving praise or thanks unanswered misses a chance but harms
	// no one; leaving a complaint unanswered leaves the customer unheard.
	Pleased bool `json:"pleased,omitempty"`
}

// Silences are the decisions the trainee left to silence, in order.
func (s *Session) Silences() []Silence { return append([]Silence(nil), s.missed...) }

// Report is the result of a round.
type Report struct {
	Scenario   string  `json:"scenario"`
	Language   string  `json:"language"`
	Title      string  `json:"title"`
	Player     string  `json:"player,omitempty"`
	Mode       Mode    `json:"mode"`
	Seed       uint64  `json:"seed"`
	Scores     Scores  `json:"scores"`
	Grade      string  `json:"grade"`
	Replies    []Reply `json:"replies"`
	Facts      []Fact  `json:"facts"`
	Ending     string  `json:"ending"`
	EndingKind string  `json:"ending_kind"`
	// TurnedFrom is the ending the replies reached when the crowd's state
	// then turned the round to Ending; Audience is the case's audience, so
	// that Reach can be read as its share.
	TurnedFrom string `json:"turned_from,omitempty"`
	// EndingTitle and TurnedFromTitle are the titles of Ending and
	// TurnedFrom as the round read them, when a variant of the ending gave
	// it another title than the scenario's ("Repaired, after a threat"
	// instead of "Repaired instead of threatened"); empty, the scenario's
	// title holds, as it does for results stored before they were kept.
	// Read them with EndingName and TurnedFromName.
	EndingTitle     string `json:"ending_title,omitempty"`
	TurnedFromTitle string `json:"turned_from_title,omitempty"`
	// EndingOutcome is the ending's outcome line as the round read it,
	// when a variant gave it another than the scenario's; read it with
	// EndingOutcomeLine.
	EndingOutcome string `json:"ending_outcome,omitempty"`
	// TurnedBy is what the turn's condition tested (see TurnMeasure).
	TurnedBy string   `json:"turned_by,omitempty"`
	Audience int      `json:"audience,omitempty"`
	Path     []string `json:"path"`
	Shares   int      `json:"shares"`
	Posts    int      `json:"posts"`
	// Negative is what the meter counts against the brand over the round
	// (crowd.Stats.Against): the posts and shares about the case that are
	// negative, not other customers' own complaints nor everyday grumbles.
	Negative   int          `json:"negative"`
	PeakOut    float64      `json:"peak_outrage"`
	Minutes    float64      `json:"minutes"`
	Curve      []CurvePoint `json:"curve"`
	Historical [][2]float64 `json:"historical_curve,omitempty"`
	HistShares int          `json:"historical_shares,omitempty"`
	// HistMeasure and HistLabel say what HistShares counts (see
	// scenarios.Debrief); Positive is the round's bystander posts on the
	// brand's side, the round's number for the "positive_posts" measure.
	HistMeasure string `json:"historical_measure,omitempty"`
	HistLabel   string `json:"historical_label,omitempty"`
	Positive    int    `json:"positive"`
	// Reach is how many people saw the story against the brand,
	// SupportReach how many saw posts on its side; GroupMembers the
	// followers of a boycott page that formed, Likes the brand page's new
	// likes (see crowd.Stats).
	// ReplyShares is how often the reply published at the decision where
	// the source's quoted reply was made has itself been shared (the
	// "reply_shares" measure: Sanoma's 127 retweets are of its one "juf"
	// tweet, not of every reply the brand posted).
	ReplyShares  int `json:"reply_shares"`
	Reach        int `json:"reach"`
	SupportReach int `json:"support_reach"`
	GroupMembers int `json:"group_members"`
	Likes        int `json:"likes"`
	// StoryPosts are the posts about the story that say something (not
	// plain shares), FellowComplaints the other customers among them who
	// air frustrations of their own (the oil slick), Covered whether a
	// news outlet covered the story (see crowd.Stats).
	StoryPosts       int  `json:"story_posts"`
	FellowComplaints int  `json:"fellow_complaints"`
	Covered          bool `json:"covered"`
	Hints            int  `json:"hints"`
	// Lessons set the real reply and a model reply beside each decision
	// the trainee met.
	Lessons []Lesson `json:"lessons,omitempty"`
	// Trainer is what the workshop's trainer did during the round.
	Trainer []TrainerMark `json:"trainer,omitempty"`
}

// ReachPercent is the share of the case's audience that saw the story
// against the brand, in whole percent.
func (r Report) ReachPercent() int {
	if r.Audience <= 0 {
		return 0
	}
	return int(math.Round(100 * float64(r.Reach) / float64(r.Audience)))
}

// Measured is the round's number in a debrief's historical_measure.
func (r Report) Measured(measure string) int {
	switch measure {
	case "group_members":
		return r.GroupMembers
	case "likes":
		return r.Likes
	case "positive_posts":
		return r.Positive
	case "reply_shares":
		return r.ReplyShares
	case "story_posts":
		return r.StoryPosts
	case "fellow_complaints":
		return r.FellowComplaints
	case "covered":
		if r.Covered {
			return 1
		}
		return 0
	}
	return r.Shares
}

// Weights of the overall score: empathy and de-escalation weigh most, as the
// seeds put care before speed ("denk na voor je iets tweet"); speed counts
// for a fifth when it is scored.
const (
	weightEmpathy      = 0.4
	weightDeescalation = 0.4
	weightSpeed        = 0.2
)

// endingPoints is what the way a round ended adds to de-escalation: the
// outcome is a fact of the round that the trainee's replies caused.
var endingPoints = map[string]float64{"good": 10, "mixed": 0, "bad": -15}

// Report scores the round. It can be called at any time; the debrief calls
// it once the round is done.
func (s *Session) Report() Report {
	r := Report{Scenario: s.sc.ID, Language: s.sc.Language, Title: s.sc.Title,
		Player: s.opts.Player, Mode: s.opts.Mode, Seed: s.opts.Seed,
		Replies: append([]Reply(nil), s.replies...), Path: append([]string(nil), s.history...),
		Curve: append([]CurvePoint(nil), s.curve...), Minutes: round3(s.now),
		Historical: s.sc.Debrief.HistoricalCurve, HistShares: s.sc.Debrief.HistoricalShares,
		HistMeasure: s.sc.Debrief.HistoricalMeasure, HistLabel: s.sc.Debrief.HistoricalLabel,
		Hints: len(s.hints), Trainer: append([]TrainerMark(nil), s.trainer.marks...), Lessons: s.Lessons()}
	if s.ending != nil {
		r.Ending, r.EndingKind = s.ending.ID, s.ending.Kind
		r.EndingTitle = s.variantTitle(s.ending)
		r.EndingOutcome = s.variantOutcome(s.ending)
	}
	if s.turnedFrom != nil {
		r.TurnedFrom, r.TurnedBy = s.turnedFrom.ID, s.turnedBy
		r.TurnedFromTitle = s.variantTitle(s.turnedFrom)
	}
	r.Audience = s.sc.Crowd.Audience
	st := s.crowd.Stats()
	r.Shares, r.Posts, r.Negative, r.Positive = st.BrandShares, st.Posts, st.Against, st.Positive
	r.ReplyShares = s.quotedReplyShares()
	r.Reach, r.SupportReach, r.GroupMembers, r.Likes = st.Reach, st.SupportReach, st.GroupMembers, st.Likes
	r.StoryPosts, r.FellowComplaints, r.Covered = st.StoryPosts, st.StoryComplaints, st.PickedUp
	for _, p := range s.curve {
		r.PeakOut = math.Max(r.PeakOut, p.Outrage)
	}

	var emp, de, speed []float64
	for _, rep := range s.replies {
		if rep.Public {
			emp = append(emp, rep.Analysis.Empathy)
			de = append(de, rep.Analysis.Deescalation)
		}
		speed = append(speed, rep.Speed)
	}
	for _, m := range s.missed {
		f := s.silenceFact(m)
		speed = append(speed, 0)
		emp = append(emp, f.Empathy)
		if f.Pleased {
			de = append(de, f.Deescalation)
		}
		r.Facts = append(r.Facts, f)
	}
	r.Scores.Empathy = mean(emp)
	r.Scores.Deescalation = mean(de)
	if r.EndingKind != "" {
		// Every ending is a fact, a mixed one too, which adds or takes
		// off nothing: the debrief says so, and what the ending cost.
		pts := endingPoints[r.EndingKind]
		detail := fmt.Sprintf("the round ended %q (%s)", r.Ending, r.EndingKind)
		if r.TurnedFrom != "" {
			detail += fmt.Sprintf("; the replies reached %q, and the crowd turned it: the story had reached %d of %d people",
				r.TurnedFrom, r.Reach, r.Audience)
		}
		r.Facts = append(r.Facts, Fact{Dimension: scoring.Deescalation, Points: pts, What: "ending", Detail: detail})
		r.Scores.Deescalation = clamp100(r.Scores.Deescalation + pts)
	}
	r.Scores.SpeedScored = s.opts.Mode != Relaxed
	if r.Scores.SpeedScored {
		r.Scores.Speed = mean(speed)
		r.Scores.Overall = weightEmpathy*r.Scores.Empathy + weightDeescalation*r.Scores.Deescalation +
			weightSpeed*r.Scores.Speed
	} else {
		r.Scores.Overall = (r.Scores.Empathy + r.Scores.Deescalation) / 2
	}
	capForAttack(&r, s.replies)
	capForBadEnding(&r, s.ending, s.endedAt)
	r.Scores.Empathy = round1(r.Scores.Empathy)
	r.Scores.Deescalation = round1(r.Scores.Deescalation)
	r.Scores.Speed = round1(r.Scores.Speed)
	r.Scores.Overall = round1(r.Scores.Overall)
	r.Grade = Grade(r.Scores.Overall)
	return r
}

// silenceFact is what a silence counted as. Praise left unanswered is a
// missed chance, not a harm: it counts as a reply that does nothing, the
// rubric's baselines. As empathy 0 it graded a silence on a compliment 1.0,
// below the reply that turned the brand into a meme (playtest 21, P21-3).
// Towards an upset customer a silence counts as empathy 0 and adds nothing
// to de-escalation: what it set off shows in the ending.
func (s *Session) silenceFact(m Silence) Fact {
	f := Fact{Dimension: scoring.Empathy, Points: 0, What: "silence",
		Detail: fmt.Sprintf("no answer at %q for %.0f minutes, until silence took over (counts as empathy 0 and speed 0)",
			m.Decision, m.To-m.From), Decision: m.Decision, From: m.From, To: m.To}
	if m.Pleased {
		e, d := s.rubric.Baselines()
		f.Pleased, f.Empathy, f.Deescalation = true, e, d
		f.Detail = fmt.Sprintf("no answer at %q for %.0f minutes to a pleased customer, until silence took over (counts as a reply that does nothing: empathy %.0f, de-escalation %.0f, speed 0)",
			m.Decision, m.To-m.From, e, d)
	}
	return f
}

// Grade turns an overall score into a Dutch school mark from 1 to 10 with
// one decimal, the scale every Dutch trainee reads at a glance (5.5 passes).
func Grade(overall float64) string {
	g := 1 + 9*clamp100(overall)/100
	return fmt.Sprintf("%.1f", math.Round(g*10)/10)
}

// PassMark is the lowest mark that passes.
const PassMark = 5.5

// Passes reports whether the mark an overall score shows passes: the mark
// as written, with its one decimal, so that a "5.5" is never painted as a
// fail beside "5.5 passes" (playtest 20, P20-20: overall 49.5, mark 5.455).
func Passes(overall float64) bool {
	g, err := strconv.ParseFloat(Grade(overall), 64)
	return err == nil && g >= PassMark
}

func mean(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	t := 0.0
	for _, x := range xs {
		t += x
	}
	return t / float64(len(xs))
}

func clamp100(x float64) float64 { return math.Max(0, math.Min(100, x)) }

func round1(x float64) float64 { return math.Round(x*10) / 10 }

// quotedReplyShares is the plain shares of the trainee's reply at the
// decision whose historical choice the source quotes (the moment the
// recorded number is about); 0 when the round did not reply there.
func (s *Session) quotedReplyShares() int {
	for i := range s.sc.Decisions {
		d := &s.sc.Decisions[i]
		if !slices.ContainsFunc(d.Choices, func(c scenarios.Choice) bool { return c.Historical }) {
			continue
		}
		if root, ok := s.replyRoot[d.ID]; ok {
			return s.crowd.SharesOf(root)
		}
		return 0
	}
	return 0
}
