// Package studio is the scenario studio (webcaresim studio, and
// /trainer/studio in webcaresim serve): trainers write, check and try their
// own cases in the browser. It edits a case as a form model (Case) that
// mirrors the scenario file key for key, keeps what the author typed even
// where it is not valid yet, and writes it back as the TOML file the game
// loads, so the files stay the source of truth.
package studio

import (
	"bytes"
	"fmt"
	"strconv"

	"github.com/BurntSushi/toml"

	"github.com/webcaresim/webcaresim/scenarios"
)

// Case is one scenario file in one language as the studio edits it. Its
// keys are the file's keys (package scenarios), but times are kept as the
// author wrote them (Dur), so "3x" stays on screen with its problem
// instead of being dropped.
type Case struct {
	ID         string   `json:"id" toml:"id"`
	Title      string   `json:"title" toml:"title"`
	Language   string   `json:"language" toml:"language"`
	Channel    string   `json:"channel" toml:"channel"`
	Brand      Brand    `json:"brand" toml:"brand"`
	BasedOn    string   `json:"based_on" toml:"based_on,omitempty,omitzero"`
	Summary    string   `json:"summary" toml:"summary,omitempty,omitzero"`
	Difficulty int      `json:"difficulty" toml:"difficulty"`
	Order      int      `json:"order" toml:"order,omitempty,omitzero"`
	Tags       []string `json:"tags" toml:"tags,omitempty,omitzero"`
	SLAMinutes int      `json:"sla_minutes" toml:"sla_minutes"`
	Start      string   `json:"start" toml:"start,omitempty,omitzero"`
	Duration   Dur      `json:"duration" toml:"duration"`
	StartClock string   `json:"start_clock" toml:"start_clock,omitempty,omitzero"`

	Customer Customer `json:"customer" toml:"customer"`
	Crowd    Crowd    `json:"crowd" toml:"crowd"`
	Actors   []Actor  `json:"actor" toml:"actor,omitempty,omitzero"`
	Posts    []Post   `json:"post" toml:"post,omitempty,omitzero"`
	// Misreadings are wrong readings of the case a reply must not state.
	Misreadings []Misreading `json:"misreading" toml:"misreading,omitempty,omitzero"`
	Decisions   []Decision   `json:"decision" toml:"decision,omitempty,omitzero"`
	Endings     []Ending     `json:"ending" toml:"ending,omitempty,omitzero"`
	Debrief     Debrief      `json:"debrief" toml:"debrief"`
	Injects     []Inject     `json:"inject" toml:"inject,omitempty,omitzero"`
}

// Inject mirrors scenarios.Inject: what a trainer can drop into a round.
type Inject struct {
	ID        string `json:"id" toml:"id"`
	Label     string `json:"label" toml:"label,omitempty,omitzero"`
	Persona   string `json:"persona" toml:"persona"`
	Name      string `json:"name" toml:"name,omitempty,omitzero"`
	Handle    string `json:"handle" toml:"handle,omitempty,omitzero"`
	Followers int    `json:"followers" toml:"followers,omitempty,omitzero"`
	// OutletFollowers: a journalist's outlet (scenarios.Inject).
	OutletFollowers int        `json:"outlet_followers" toml:"outlet_followers,omitempty,omitzero"`
	Text            string     `json:"text" toml:"text"`
	AsksAnswer      bool       `json:"asks_answer" toml:"asks_answer,omitempty,omitzero"`
	Prompt          string     `json:"prompt" toml:"prompt,omitempty,omitzero"`
	Timeout         Dur        `json:"timeout" toml:"timeout,omitempty,omitzero"`
	Crowd           *CrowdSide `json:"crowd,omitempty" toml:"crowd,omitempty,omitzero"`
}

// Brand mirrors scenarios.Brand.
type Brand struct {
	Name      string `json:"name" toml:"name"`
	Handle    string `json:"handle" toml:"handle,omitempty,omitzero"`
	Signature string `json:"signature" toml:"signature,omitempty,omitzero"`
	Followers int    `json:"followers" toml:"followers,omitempty,omitzero"`
	Tone      string `json:"tone" toml:"tone,omitempty,omitzero"`
	// Account is kept as the file has it (a director's private account);
	// the form does not edit it yet.
	Account *Account `json:"account,omitempty" toml:"account,omitempty"`
}

// Account mirrors scenarios.Account.
type Account struct {
	Name      string `json:"name" toml:"name"`
	Handle    string `json:"handle" toml:"handle,omitempty,omitzero"`
	Followers int    `json:"followers" toml:"followers,omitempty,omitzero"`
}

// Customer mirrors scenarios.Customer.
type Customer struct {
	Name      string  `json:"name" toml:"name"`
	Handle    string  `json:"handle" toml:"handle,omitempty,omitzero"`
	Followers int     `json:"followers" toml:"followers,omitempty,omitzero"`
	Mood      float64 `json:"mood" toml:"mood"`
}

// Crowd mirrors scenarios.Crowd.
type Crowd struct {
	Audience        int         `json:"audience" toml:"audience"`
	BaselinePerHour float64     `json:"baseline_per_hour" toml:"baseline_per_hour,omitempty,omitzero"`
	Branching       float64     `json:"branching" toml:"branching,omitempty,omitzero"`
	HalfLifeMinutes float64     `json:"half_life_minutes" toml:"half_life_minutes,omitempty,omitzero"`
	NegativeShare   float64     `json:"negative_share" toml:"negative_share,omitempty,omitzero"`
	Negative        []string    `json:"negative" toml:"negative,omitempty,omitzero"`
	Positive        []string    `json:"positive" toml:"positive,omitempty,omitzero"`
	Neutral         []string    `json:"neutral" toml:"neutral,omitempty,omitzero"`
	Lines           CrowdLines  `json:"lines" toml:"lines,omitempty,omitzero"`
	Tied            []TiedLines `json:"tied,omitempty" toml:"tied,omitempty,omitzero"`
	SolvedAfter     []string    `json:"solved_after,omitempty" toml:"solved_after,omitempty,omitzero"`
}

// TiedLines mirrors scenarios.TiedLines: lines that presume an act of the
// brand's, said once the round did it.
type TiedLines struct {
	Stance string    `json:"stance" toml:"stance"`
	Moment string    `json:"moment,omitempty" toml:"moment,omitempty,omitzero"`
	After  []string  `json:"after,omitempty" toml:"after,omitempty,omitzero"`
	Wait   bool      `json:"wait,omitempty" toml:"wait,omitempty,omitzero"`
	When   Condition `json:"when" toml:"when,omitempty,omitzero"`
	Says   []string  `json:"says,omitempty" toml:"says,omitempty,omitzero"`
	Lines  []string  `json:"lines" toml:"lines"`
}

// CrowdLines mirrors scenarios.CrowdLines: the case's own bystander lines.
type CrowdLines struct {
	Critic    LinesByMoment `json:"critic" toml:"critic,omitempty,omitzero"`
	Supporter LinesByMoment `json:"supporter" toml:"supporter,omitempty,omitzero"`
	Joker     LinesByMoment `json:"joker" toml:"joker,omitempty,omitzero"`
	Customer  LinesByMoment `json:"customer" toml:"customer,omitempty,omitzero"`
	Press     LinesByMoment `json:"press" toml:"press,omitempty,omitzero"`
	Onlooker  LinesByMoment `json:"onlooker" toml:"onlooker,omitempty,omitzero"`
}

// LinesByMoment mirrors scenarios.LinesByMoment.
type LinesByMoment struct {
	Any     []string `json:"any" toml:"any,omitempty,omitzero"`
	Silent  []string `json:"silent" toml:"silent,omitempty,omitzero"`
	Replied []string `json:"replied" toml:"replied,omitempty,omitzero"`
	Apology []string `json:"apology" toml:"apology,omitempty,omitzero"`
	Bad     []string `json:"bad" toml:"bad,omitempty,omitzero"`
}

// Actor mirrors scenarios.Actor: a persona beside the customer.
type Actor struct {
	ID                 string `json:"id" toml:"id"`
	Kind               string `json:"kind" toml:"kind"`
	Name               string `json:"name" toml:"name"`
	Handle             string `json:"handle" toml:"handle,omitempty,omitzero"`
	Followers          int    `json:"followers" toml:"followers,omitempty,omitzero"`
	AfterNegativePosts int    `json:"after_negative_posts" toml:"after_negative_posts,omitempty,omitzero"`
	Text               string `json:"text" toml:"text,omitempty,omitzero"`
	// the act the text presumes, as TiedLines: kept when a case is saved
	After []string  `json:"after,omitempty" toml:"after,omitempty,omitzero"`
	When  Condition `json:"when" toml:"when,omitempty,omitzero"`
	Says  []string  `json:"says,omitempty" toml:"says,omitempty,omitzero"`
}

// Post mirrors scenarios.Post.
type Post struct {
	At         Dur    `json:"at" toml:"at"`
	By         string `json:"by" toml:"by"`
	Text       string `json:"text" toml:"text"`
	Likes      int    `json:"likes" toml:"likes,omitempty,omitzero"`
	Shares     int    `json:"shares" toml:"shares,omitempty,omitzero"`
	Historical bool   `json:"historical" toml:"historical,omitempty,omitzero"`
	Private    bool   `json:"private,omitempty" toml:"private,omitempty,omitzero"`
	Stance     string `json:"stance,omitempty" toml:"stance,omitempty,omitzero"`
	// Variants are kept through a save (Variant).
	Variants []Variant `json:"variant,omitempty" toml:"variant,omitempty,omitzero"`
}

// Variant mirrors scenarios.Variant: a text for the rounds whose replies
// did what the main text says they did not. The form edits it under its
// prompt, post or ending.
type Variant struct {
	If    string   `json:"if" toml:"if,omitempty,omitzero"`
	Says  []string `json:"says,omitempty" toml:"says,omitempty,omitzero"`
	Said  []string `json:"said,omitempty" toml:"said,omitempty,omitzero"`
	After []string `json:"after,omitempty" toml:"after,omitempty,omitzero"`
	// At and Silent read the replies at one decision only (the first
	// reply to the paper), kept through a save.
	At     string `json:"at,omitempty" toml:"at,omitempty,omitzero"`
	Silent bool   `json:"silent,omitempty" toml:"silent,omitempty,omitzero"`
	// Crowd is a post's variant's crowd condition, kept through a save.
	Crowd *CrowdCondition `json:"crowd,omitempty" toml:"crowd,omitempty"`
	// Failed is for a round that a public reply failed (an ending's story
	// that must not praise it), kept through a save.
	Failed bool   `json:"failed,omitempty" toml:"failed,omitempty,omitzero"`
	Prompt string `json:"prompt,omitempty" toml:"prompt,omitempty,omitzero"`
	Title  string `json:"title,omitempty" toml:"title,omitempty,omitzero"`
	// Outcome replaces an ending's outcome line, kept through a save.
	Outcome string `json:"outcome,omitempty" toml:"outcome,omitempty,omitzero"`
	Text    string `json:"text,omitempty" toml:"text,omitempty,omitzero"`
}

// Decision mirrors scenarios.Decision.
type Decision struct {
	ID            string       `json:"id" toml:"id"`
	At            Dur          `json:"at" toml:"at"`
	Prompt        string       `json:"prompt" toml:"prompt,omitempty,omitzero"`
	Facts         string       `json:"facts" toml:"facts,omitempty,omitzero"`
	Misreadings   []Misreading `json:"misreading" toml:"misreading,omitempty,omitzero"`
	Posts         []Post       `json:"post" toml:"post,omitempty,omitzero"`
	AllowFreeText bool         `json:"allow_free_text" toml:"allow_free_text,omitempty,omitzero"`
	PrivateReply  bool         `json:"private_reply,omitempty" toml:"private_reply,omitempty,omitzero"`
	Mood          *float64     `json:"mood,omitempty" toml:"mood,omitempty"`
	Reply         int          `json:"reply_to" toml:"reply_to,omitempty,omitzero"`
	Choices       []Choice     `json:"choice" toml:"choice,omitempty,omitzero"`
	Routes        []Route      `json:"route" toml:"route,omitempty,omitzero"`
	Actions       []Action     `json:"action" toml:"action,omitempty,omitzero"`
	Timeout       Dur          `json:"timeout" toml:"timeout,omitempty,omitzero"`
	OnTimeout     string       `json:"on_timeout" toml:"on_timeout,omitempty,omitzero"`
	SLA           int          `json:"sla_minutes" toml:"sla_minutes,omitempty,omitzero"`
	Variants      []Variant    `json:"variant,omitempty" toml:"variant,omitempty,omitzero"`
}

// Misreading mirrors scenarios.Misreading: what a reply that misreads the
// case says (rubric patterns), the fact it gets wrong, and its kind
// ("private": a true fact a public reply must not state), kept through a
// save.
type Misreading struct {
	Says []string `json:"says" toml:"says"`
	Fact string   `json:"fact" toml:"fact"`
	Kind string   `json:"kind,omitempty" toml:"kind,omitempty"`
}

// Choice mirrors scenarios.Choice.
type Choice struct {
	Text           string     `json:"text" toml:"text"`
	Historical     bool       `json:"historical" toml:"historical,omitempty,omitzero"`
	HistoricalPath bool       `json:"historical_path" toml:"historical_path,omitempty,omitzero"`
	Next           string     `json:"next" toml:"next"`
	Feedback       string     `json:"feedback" toml:"feedback,omitempty,omitzero"`
	Crowd          *CrowdSide `json:"crowd,omitempty" toml:"crowd,omitempty,omitzero"`
}

// CrowdSide mirrors scenarios.CrowdSide.
type CrowdSide struct {
	NegativeShare   *float64 `json:"negative_share,omitempty" toml:"negative_share,omitempty,omitzero"`
	PositiveShare   *float64 `json:"positive_share,omitempty" toml:"positive_share,omitempty,omitzero"`
	BranchingFactor float64  `json:"branching_factor,omitempty" toml:"branching_factor,omitempty,omitzero"`
}

// Route mirrors scenarios.Route.
type Route struct {
	When  Condition  `json:"when" toml:"when,omitempty,omitzero"`
	Next  string     `json:"next" toml:"next"`
	Crowd *CrowdSide `json:"crowd,omitempty" toml:"crowd,omitempty,omitzero"`
}

// Condition mirrors scenarios.Condition. The studio offers the feature
// lists in the rubric's own words (Features).
type Condition struct {
	EmpathyAtLeast      *float64 `json:"empathy_at_least,omitempty" toml:"empathy_at_least,omitempty,omitzero"`
	EmpathyBelow        *float64 `json:"empathy_below,omitempty" toml:"empathy_below,omitempty,omitzero"`
	DeescalationAtLeast *float64 `json:"deescalation_at_least,omitempty" toml:"deescalation_at_least,omitempty,omitzero"`
	DeescalationBelow   *float64 `json:"deescalation_below,omitempty" toml:"deescalation_below,omitempty,omitzero"`
	Has                 []string `json:"has,omitempty" toml:"has,omitempty,omitzero"`
	Lacks               []string `json:"lacks,omitempty" toml:"lacks,omitempty,omitzero"`
	HasAny              []string `json:"has_any,omitempty" toml:"has_any,omitempty,omitzero"`
}

// Action mirrors scenarios.Action.
type Action struct {
	Kind    string `json:"kind" toml:"kind"`
	Minutes Dur    `json:"minutes" toml:"minutes,omitempty,omitzero"`
	Text    string `json:"text" toml:"text,omitempty,omitzero"`
	Next    string `json:"next" toml:"next,omitempty,omitzero"`
}

// Ending mirrors scenarios.Ending.
type Ending struct {
	ID      string `json:"id" toml:"id"`
	Title   string `json:"title" toml:"title,omitempty,omitzero"`
	Kind    string `json:"kind" toml:"kind"`
	Text    string `json:"text" toml:"text"`
	Posts   []Post `json:"post" toml:"post,omitempty,omitzero"`
	Outcome string `json:"outcome" toml:"outcome,omitempty,omitzero"`
	Turns   []Turn `json:"turn" toml:"turn,omitempty,omitzero"`
	// Variants are kept through a save (Variant).
	Variants []Variant `json:"variant,omitempty" toml:"variant,omitempty,omitzero"`
}

// Turn mirrors scenarios.Turn: the crowd's state sends a settled round to
// another ending.
type Turn struct {
	When CrowdCondition `json:"when" toml:"when"`
	Next string         `json:"next" toml:"next"`
}

// CrowdCondition mirrors scenarios.CrowdCondition.
type CrowdCondition struct {
	ReachAtLeast   *float64 `json:"reach_at_least,omitempty" toml:"reach_at_least,omitempty"`
	ReachBelow     *float64 `json:"reach_below,omitempty" toml:"reach_below,omitempty"`
	HeatAtLeast    *float64 `json:"heat_at_least,omitempty" toml:"heat_at_least,omitempty"`
	HeatBelow      *float64 `json:"heat_below,omitempty" toml:"heat_below,omitempty"`
	CriticsAtLeast *float64 `json:"critics_at_least,omitempty" toml:"critics_at_least,omitempty"`
	CriticsBelow   *float64 `json:"critics_below,omitempty" toml:"critics_below,omitempty"`

	SupportReachAtLeast *float64 `json:"support_reach_at_least,omitempty" toml:"support_reach_at_least,omitempty"`
	SupportReachBelow   *float64 `json:"support_reach_below,omitempty" toml:"support_reach_below,omitempty"`
	GroupAtLeast        *int     `json:"group_at_least,omitempty" toml:"group_at_least,omitempty"`
	GroupBelow          *int     `json:"group_below,omitempty" toml:"group_below,omitempty"`
	Covered             *bool    `json:"covered,omitempty" toml:"covered,omitempty"`
}

// Debrief mirrors scenarios.Debrief: the historical record.
type Debrief struct {
	WhatHappened      string       `json:"what_happened" toml:"what_happened,omitempty,omitzero"`
	Sources           []string     `json:"sources" toml:"sources,omitempty,omitzero"`
	Tips              []string     `json:"tips" toml:"tips,omitempty,omitzero"`
	HistoricalCurve   [][2]float64 `json:"historical_curve" toml:"historical_curve,omitempty,omitzero"`
	HistoricalShares  int          `json:"historical_shares" toml:"historical_shares,omitempty,omitzero"`
	HistoricalMeasure string       `json:"historical_measure" toml:"historical_measure,omitempty,omitzero"`
	HistoricalLabel   string       `json:"historical_label" toml:"historical_label,omitempty,omitzero"`
	Observed          []Observed   `json:"observed,omitempty" toml:"observed,omitempty"`
}

// Observed mirrors scenarios.Observation: an outcome the source records as
// a range.
type Observed struct {
	Measure string `json:"measure" toml:"measure"`
	AtLeast *int   `json:"at_least,omitempty" toml:"at_least,omitempty"`
	AtMost  *int   `json:"at_most,omitempty" toml:"at_most,omitempty"`
	Source  string `json:"source" toml:"source,omitempty,omitzero"`
}

// Dur is a time as the author wrote it ("3m", "1h30m", 90). It is written
// back as a string, which the loader reads the same way; an invalid one is
// written as typed, so the checker names it.
type Dur string

// UnmarshalTOML implements toml.Unmarshaler: whole minutes or a string.
func (d *Dur) UnmarshalTOML(v any) error {
	switch x := v.(type) {
	case int64:
		*d = Dur(scenarios.Duration(x).String())
	case float64:
		*d = Dur(strconv.FormatFloat(x, 'f', -1, 64))
	case string:
		*d = Dur(x)
	default:
		return fmt.Errorf("want a time like \"3m\", \"1h30m\" or \"1d\", got %v", v)
	}
	return nil
}

// IsZero lets omitempty leave out an empty time.
func (d Dur) IsZero() bool { return d == "" }

// Decode reads a scenario file into a Case. It fails only when the file is
// not TOML at all or a value has the wrong type; anything else wrong with
// the case is the checker's to show.
func Decode(data []byte) (*Case, error) {
	var c Case
	if _, err := toml.Decode(string(data), &c); err != nil {
		return nil, err
	}
	return &c, nil
}

// Encode writes a Case as a scenario file.
func (c *Case) Encode() []byte {
	var b bytes.Buffer
	b.WriteString("# Written by the Webcare Simulator studio; edit here or in the studio (webcaresim studio).\n")
	enc := toml.NewEncoder(&b)
	enc.Indent = "  "
	if err := enc.Encode(c); err != nil {
		// Every field is a plain value, slice or struct: encoding cannot
		// fail for a value that came out of json or toml.
		panic(fmt.Sprintf("studio: encoding a case: %v", err))
	}
	return b.Bytes()
}
