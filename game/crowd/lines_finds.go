package crowd

import "strings"

// findsFit reports whether the brand's replies did what a line presumes,
// by the rubric's findings (Stimulus.Meets): features is one feature or
// several joined by "|", any of which counts.
//
//   - has:F: the brand's last public reply has F ("'…' Fair enough, an
//     investigation");
//   - lacks:F: it has none of them ("'…' Is that it? Ask her what
//     happened" presumes a reply that asked nothing);
//   - ever:F, never:F: a public reply of this round had F, or none had
//     ("Come and look at that worktop, then" presumes that no reply has
//     sent anyone round yet).
//
// has and lacks react to a reply, so they never fit while the brand is
// silent.
func (g *textGen) findsFit(kind, features string, now Moment) bool {
	meets := func(met func(string) bool) bool {
		if met == nil {
			return false
		}
		for _, f := range strings.Split(features, "|") {
			if met(strings.TrimSpace(f)) {
				return true
			}
		}
		return false
	}
	switch kind {
	case "has":
		return now != Silent && meets(g.meets)
	case "lacks":
		return now != Silent && !meets(g.meets)
	case "ever", "never":
		ever := false
		for _, met := range g.metBefore {
			ever = ever || meets(met)
		}
		return ever == (kind == "ever")
	}
	return false
}
