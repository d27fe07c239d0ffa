package session

import (
	"fmt"

	"github.com/webcaresim/webcaresim/scenarios"
)

// InjectCrowd is a typed live inject's effect on the bystanders beside the
// reach of its post, as a ready-made inject's [inject.crowd] has it (see
// scenarios.CrowdSide): BranchingFactor multiplies the crowd's branching
// ratio after the post and cools back; the shares say where the bystanders
// stand from now on. It is recorded in the transcript with the inject, so
// a replay gives the same crowd whatever the table below says by then.
type InjectCrowd struct {
	BranchingFactor float64  `json:"branching_factor,omitempty"`
	NegativeShare   *float64 `json:"negative_share,omitempty"`
	PositiveShare   *float64 `json:"positive_share,omitempty"`
}

func share(v float64) *float64 { return &v }

// personaCrowd is the effect on opinion a live inject gets from its
// author's persona: for each persona the median of the built-in cases'
// ready-made injects by such an author (scenarios/builtin, [[inject]]
// crowd: customers 0.6, 0.65 and 0.75 against the brand; one leak 0.8). A
// second customer with the same problem and a leak confirm the grievance
// and move opinion. How far any inject's post carries is its author's
// followers', through the crowd model as every post (crowd.Weight): an
// influencer with 85,000 followers reaches further than a blogger with
// 6,000, and no persona multiplies the crowd's branching on top. A
// journalist's outlet covers the story (applyInject, crowd.Model.Cover).
// "other" has no effect beyond its post's own reach.
var personaCrowd = map[string]InjectCrowd{
	scenarios.PersonaCustomer: {NegativeShare: share(0.65)},
	scenarios.PersonaLeak:     {NegativeShare: share(0.8)},
}

// PersonaCrowd is the crowd effect a trainer's live inject by this persona
// carries, or nil for none.
func PersonaCrowd(persona string) *InjectCrowd {
	c, ok := personaCrowd[persona]
	if !ok {
		return nil
	}
	out := c
	if c.NegativeShare != nil {
		out.NegativeShare = share(*c.NegativeShare)
	}
	if c.PositiveShare != nil {
		out.PositiveShare = share(*c.PositiveShare)
	}
	return &out
}

// ErrBadInjectCrowd is a live inject's crowd effect out of range.
var ErrBadInjectCrowd = fmt.Errorf("%w: the crowd effect's branching factor goes from 0.2 to 5 (0: none), its shares from 0 to 1 and at most 1 together", ErrBadInject)

// check refuses an effect outside what a scenario file may say.
func (c *InjectCrowd) check() error {
	if c == nil {
		return nil
	}
	if c.BranchingFactor != 0 && (c.BranchingFactor < 0.2 || c.BranchingFactor > 5) {
		return ErrBadInjectCrowd
	}
	n, p := 0.0, 0.0
	if c.NegativeShare != nil {
		n = *c.NegativeShare
	}
	if c.PositiveShare != nil {
		p = *c.PositiveShare
	}
	if n < 0 || n > 1 || p < 0 || p > 1 || n+p > 1 {
		return ErrBadInjectCrowd
	}
	return nil
}

// side is the effect as a scenario's inject carries it.
func (c *InjectCrowd) side() *scenarios.CrowdSide {
	if c == nil {
		return nil
	}
	return &scenarios.CrowdSide{BranchingFactor: c.BranchingFactor, NegativeShare: c.NegativeShare, PositiveShare: c.PositiveShare}
}
