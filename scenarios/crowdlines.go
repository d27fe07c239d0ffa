package scenarios

// ByStance lists the stances with their names as in the file.
func (l CrowdLines) ByStance() []struct {
	Name  string
	Lines LinesByMoment
} {
	return []struct {
		Name  string
		Lines LinesByMoment
	}{{"critic", l.Critic}, {"supporter", l.Supporter}, {"joker", l.Joker},
		{"customer", l.Customer}, {"press", l.Press}, {"onlooker", l.Onlooker}}
}

// ByMoment lists the moments with their names as in the file.
func (m LinesByMoment) ByMoment() [5]struct {
	Name  string
	Lines []string
} {
	return [5]struct {
		Name  string
		Lines []string
	}{{"any", m.Any}, {"silent", m.Silent}, {"replied", m.Replied}, {"apology", m.Apology}, {"bad", m.Bad}}
}
