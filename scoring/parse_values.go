package scoring

import "sort"

// Settings the rubric file may leave out: their defaults.

func getF(p *float64, def float64) float64 {
	if p == nil {
		return def
	}
	return *p
}

func getI(p *int, def int) int {
	if p == nil {
		return def
	}
	return *p
}

// foldSet is the set of the folded words.
func foldSet(words []string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[foldString(w)] = true
	}
	return m
}

// foldAposSet is foldSet with every apostrophe written alike ("we've").
func foldAposSet(words []string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[foldString(normApos(w))] = true
	}
	return m
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
