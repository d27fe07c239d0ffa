package scenarios

import (
	"fmt"
	"strings"
)

// A scripted post's words may presume which side the crowd took: a team
// member thanking everyone "for all the kind messages" presumes support
// for the brand. The crowd decides that, not the path: Liberty's Megan
// thanked the public for its kind messages beside a meter that showed no
// support at all, with the crowd against the brand (playtests 20 and 21).
// Such a post needs a variant with a crowd condition (a variant's crowd)
// for the rounds in which the crowd took the other side.

// supportCues are words of a post that thank the public for its support.
var supportCues = map[string][]string{
	"nl": {"lieve berichten", "lieve reacties", "steunbetuiging*", "voor de steun", "voor alle steun", "jullie steun", "alle steun"},
	"en": {"kind messages", "kind words", "messages of support", "for the support", "for all the support", "your support", "all the support"},
}

// supportClaims warns about every scripted post by the brand or one of its
// own people (an actor of kind "colleague") that thanks the public for its
// support and has no variant with a crowd condition.
func (v *validator) supportClaims() {
	check := func(path string, posts []Post) {
		for i, p := range posts {
			if !v.brandSide(p.By) {
				continue
			}
			cue := findCue(strings.ToLower(p.Text), supportCues[v.sc.Language])
			if cue == "" || hasCrowdVariant(p) {
				continue
			}
			v.warnf(strings.TrimPrefix(fmt.Sprintf("%s.post[%d].text", path, i+1), "."),
				"says %q, which presumes the crowd took the brand's side; the crowd decides that, not the path: add a [[…post.variant]] with crowd = { critics_at_least = 0.5 } "+
					"and a text for a crowd against the brand, or word the post without it", cue)
		}
	}
	check("", v.sc.Posts)
	for i := range v.sc.Decisions {
		check(fmt.Sprintf("decision[%d]", i+1), v.sc.Decisions[i].Posts)
	}
	for i := range v.sc.Endings {
		check(fmt.Sprintf("ending[%d]", i+1), v.sc.Endings[i].Posts)
	}
}

// brandSide reports whether a post's author speaks for the brand: the brand
// itself or one of its own people.
func (v *validator) brandSide(by string) bool {
	if by == "brand" {
		return true
	}
	a, ok := v.sc.Actor(by)
	return ok && a.Kind == "colleague"
}

func hasCrowdVariant(p Post) bool {
	for _, va := range p.Variants {
		if !va.Crowd.Empty() {
			return true
		}
	}
	return false
}

// noCrowd refuses a crowd condition on a prompt's or an ending's variant:
// those are read when the round turns to them, before the crowd has
// answered; an ending's [[ending.turn]] is for the crowd.
func (v *validator) noCrowd(path string, va Variant) {
	if !va.Crowd.Empty() {
		v.errorf(path+".crowd", "only a post's variant can wait for the crowd (it is read when the post is due); a prompt is read when the decision opens, and an ending turns with [[ending.turn]]")
	}
}

// noTitle refuses a title or an outcome on a prompt's or a post's
// variant: only an ending has them.
func (v *validator) noTitle(path string, va Variant) {
	if va.Title != "" {
		v.errorf(path+".title", "only an ending's variant has a title")
	}
	if va.Outcome != "" {
		v.errorf(path+".outcome", "only an ending's variant has an outcome")
	}
}

// crowdKey describes a crowd condition's set fields, the same in every
// language, for comparing translations.
func crowdKey(c CrowdCondition) string {
	var parts []string
	for _, f := range []struct {
		key string
		x   *float64
	}{{"reach_at_least", c.ReachAtLeast}, {"reach_below", c.ReachBelow}, {"heat_at_least", c.HeatAtLeast}, {"heat_below", c.HeatBelow},
		{"critics_at_least", c.CriticsAtLeast}, {"critics_below", c.CriticsBelow},
		{"support_reach_at_least", c.SupportReachAtLeast}, {"support_reach_below", c.SupportReachBelow}} {
		if f.x != nil {
			parts = append(parts, fmt.Sprintf("%s=%g", f.key, *f.x))
		}
	}
	for _, f := range []struct {
		key string
		n   *int
	}{{"group_at_least", c.GroupAtLeast}, {"group_below", c.GroupBelow}} {
		if f.n != nil {
			parts = append(parts, fmt.Sprintf("%s=%d", f.key, *f.n))
		}
	}
	if c.Covered != nil {
		parts = append(parts, fmt.Sprintf("covered=%t", *c.Covered))
	}
	return strings.Join(parts, ",")
}
