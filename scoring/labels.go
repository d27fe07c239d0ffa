package scoring

// Label returns a feature's one-line explanation in lang ("" if the
// feature is unknown): the words the debrief uses, and the scenario
// studio's words for a route's condition.
func (r *Rubric) Label(id, lang string) string {
	if f := r.byID[id]; f != nil {
		return f.label(lang)
	}
	return ""
}

// Points returns a feature's points (negative for what harms a reply) and
// its dimension.
func (r *Rubric) Points(id string) (float64, string) {
	if f := r.byID[id]; f != nil {
		return f.Points, f.Dimension
	}
	return 0, ""
}
