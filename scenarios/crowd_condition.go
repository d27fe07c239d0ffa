package scenarios

// An ending's turns: the crowd's state, not the path alone, can decide how
// a round ends (see Ending.Turns).

// Turn sends the round to another ending when the crowd's state holds.
type Turn struct {
	When CrowdCondition `toml:"when"`
	Next string         `toml:"next"`
}

// CrowdCondition is a test on the crowd's state; every field that is set
// must hold. Reach is the share of the audience that has seen the story
// against the brand (0..1, it only grows); heat the posts against the brand
// in the last hour per 10,000 people watching; critics the share of the
// crowd's posts so far that are against the brand (0..1); support reach
// the share of the audience that has seen posts on the brand's side (0..1,
// it only grows): whether a crowd that sided with the brand ever got going;
// group the followers of a group that formed against the brand (a boycott
// page, see the actors of kind "boycott"), in the unit the seeds record it
// and the debrief shows it; covered whether a news outlet has covered the
// story (the press's pickup, which the story's reach sets off): true for
// "the press picked it up", false for "it stayed with those who saw it".
type CrowdCondition struct {
	ReachAtLeast        *float64 `toml:"reach_at_least"`
	ReachBelow          *float64 `toml:"reach_below"`
	HeatAtLeast         *float64 `toml:"heat_at_least"`
	HeatBelow           *float64 `toml:"heat_below"`
	CriticsAtLeast      *float64 `toml:"critics_at_least"`
	CriticsBelow        *float64 `toml:"critics_below"`
	SupportReachAtLeast *float64 `toml:"support_reach_at_least"`
	SupportReachBelow   *float64 `toml:"support_reach_below"`
	GroupAtLeast        *int     `toml:"group_at_least"`
	GroupBelow          *int     `toml:"group_below"`
	Covered             *bool    `toml:"covered"`
}

// Empty reports whether no field is set.
func (c CrowdCondition) Empty() bool {
	return c.ReachAtLeast == nil && c.ReachBelow == nil && c.HeatAtLeast == nil && c.HeatBelow == nil &&
		c.CriticsAtLeast == nil && c.CriticsBelow == nil && c.SupportReachAtLeast == nil && c.SupportReachBelow == nil &&
		c.GroupAtLeast == nil && c.GroupBelow == nil && c.Covered == nil
}
