package crowd

// A line may presume what the brand's replies did, as the rubric finds it:
// <has:F>, <lacks:F>, <ever:F>, <never:F> (F one feature or several joined
// by "|"). The rule that reads these tags has one home, the scenarios
// package (scenarios.Replies.Holds), which the story's variants use too: a
// line and a prompt never disagree about what a reply did. The crowd
// imports nothing of the project, so the session hands the rule in
// (SetFindsRule), as it hands in the channel's words (SetChannel).

// FindsRule reports whether a finding tag ("has:invite_dialogue",
// "never:next_step|brand_acts") holds for the brand's public replies, in
// order, each as whether its findings meet a feature.
type FindsRule func(tag string, replies []func(feature string) bool) bool

// SetFindsRule sets the rule for lines tagged with what the brand's replies
// did. Without one such lines are never said: nobody can tell whether
// they are true.
func (m *Model) SetFindsRule(rule FindsRule) {
	m.text.findsRule = rule
}

// findsFit reports whether the brand's public replies so far did what a
// line's finding tag presumes (FindsRule).
func (g *textGen) findsFit(tag string) bool {
	return g.findsRule != nil && g.findsRule(tag, g.metBefore)
}
