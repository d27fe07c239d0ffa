package scenarios

import "slices"

// guarantees reports whether condition c lets through only replies with
// one of features: it requires one of them in has, or allows only them in
// has_any.
func guarantees(c Condition, features []string, literal bool) bool {
	among := func(id string) bool { return amongFeatures(id, features, literal) }
	if slices.ContainsFunc(c.Has, among) {
		return true
	}
	return len(c.HasAny) > 0 && !slices.ContainsFunc(c.HasAny, func(id string) bool { return !among(id) })
}

// amongFeatures reports whether a condition that names feature id lets
// through only replies with one of features: id is one of them and, for a
// literal presumption, so is every finding that meets id (MetBy).
func amongFeatures(id string, features []string, literal bool) bool {
	if !slices.Contains(features, id) {
		return false
	}
	return !literal || !slices.ContainsFunc(MetBy[id], func(other string) bool { return !slices.Contains(features, other) })
}
