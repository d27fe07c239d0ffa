package scenarios

import (
	"slices"
	"strings"
)

// A branch is written for the typical reply that takes it, but a route lets
// through replies that did more: the prompt "not a word about the waiting
// and the water" after a reply that named both (defensively), the customer
// asking "will the poster still be up tomorrow?" right after a reply that
// took it down today, an ending in which the customer "gets yet another
// answer that doesn't help" after her problem was solved (playtest 13,
// P13-21, P13-35, P13-14). A decision's prompt, a scripted post and an
// ending's story may therefore carry variants: texts for the replies that
// did something the base text denies, chosen by what the replies of the
// round did, in the tags a bystander's line uses (has:F, lacks:F, ever:F,
// never:F; game/crowd/lines_finds.go), so that a line, a route and a
// variant never disagree about what a reply said.

// Variant is another text for a prompt, a post or an ending, for the
// rounds whose replies meet If. The first variant whose If holds replaces
// the base text; none that holds: the base text.
type Variant struct {
	// If is a comma-separated list of tags, all of which must hold:
	// has:F (the brand's last public reply has F), lacks:F (it has none
	// of them), ever:F, never:F (some or no public reply of the round had
	// F). F is a feature id of the rubric, or several joined by "|", any
	// of which counts (FeatureMet). has and lacks never hold before the
	// brand has replied.
	If string `toml:"if"`
	// Says are what the brand's last public reply says for this text, in
	// the rubric's pattern language as a misreading's says (one of them):
	// for what no feature of the rubric finds, such as taking the poster
	// down. With If, both must hold.
	Says []string `toml:"says"`
	// Said are what some public reply of the round said, in the same
	// pattern language: for what a reply promised and still stands after
	// later replies that did not repeat it (the poster comes down today).
	// With If and Says, all that are set must hold.
	Said []string `toml:"said"`
	// After are decisions and endings of which the round must have
	// entered one, as a tied line's after: for what the story, not a
	// reply, has told (the refund was made in the DM). With If and Says,
	// all that are set must hold.
	After []string `toml:"after"`
	// At reads If, Says and Said of the replies published at this
	// decision only, which the round must have entered: what the first
	// reply to the paper said, not a later one ("only under the column did
	// you say sorry" after a first reply that said sorry, found in play).
	// With no reply there, never: tags hold and the others do not.
	At string `toml:"at"`
	// Silent holds when the round entered At and published no reply there
	// (silence took over): the story must not retell a reply never sent.
	Silent bool `toml:"silent"`
	// Crowd is a test on the crowd's state when a post is due (a post's
	// variant only): for a post whose words presume which side the crowd
	// took, such as a team member thanking everyone "for the kind
	// messages" while the crowd is against the brand. Prompts and endings
	// are read when the round turns to them, so their variants carry none
	// (an ending has its turns). With the other keys, all that are set
	// must hold.
	Crowd CrowdCondition `toml:"crowd"`
	// Failed holds when a public reply of the round failed it (an attack,
	// a threat, a privacy breach, a request for private data in public, a
	// reply that did almost nothing right: the debrief's red line). An
	// ending's story for such a round, where its base text would praise
	// what the grade fails (playtest 23, P23-18). With the other keys,
	// all that are set must hold.
	Failed bool `toml:"failed"`
	// Prompt replaces a decision's prompt.
	Prompt string `toml:"prompt"`
	// Title replaces an ending's title (an ending's variant only): for an
	// ending whose title says what the replies did not ("Repaired instead
	// of threatened" after a reply that threatened).
	Title string `toml:"title"`
	// Outcome replaces an ending's outcome line (an ending's variant
	// only), the line the debrief shows beside the title: "A review that
	// builds trust" after a reply that threatened the reviewer is the
	// story the variant's text takes back. Empty, the ending's own holds.
	Outcome string `toml:"outcome"`
	// Text replaces a post's text or an ending's story.
	Text string `toml:"text"`
}

// VariantTags splits a variant's If into its tags ("has:apology |
// resolved, never:deny" gives ["has:apology|resolved", "never:deny"]),
// spaces removed.
func VariantTags(cond string) []string {
	cond = strings.TrimSpace(cond)
	cond = strings.TrimSuffix(strings.TrimPrefix(cond, "<"), ">")
	var out []string
	for _, t := range strings.Split(cond, ",") {
		if t = strings.Join(strings.Fields(t), ""); t != "" {
			out = append(out, t)
		}
	}
	return out
}

// Replies is what the brand's public replies of a round did, for the
// variants' tags: Each holds, per public reply in order, whether its
// findings meet a feature (as FeatureMet answers for it).
type Replies struct {
	Each []func(id string) bool
	// LastSays reports whether the last public reply says one of the
	// patterns (nil: no reply yet).
	LastSays func(patterns []string) bool
	// EverSaid reports whether some public reply says one of the
	// patterns (nil: no reply yet).
	EverSaid func(patterns []string) bool
	// Entered reports whether the round has entered this decision or
	// ending (nil: none).
	Entered func(id string) bool
	// Crowd reports whether a crowd condition holds now (nil: the crowd
	// is not asked, as when a decision or an ending is turned to, and no
	// variant with a crowd condition fits).
	Crowd func(CrowdCondition) bool
	// Failed: a public reply of the round fails it (see Variant.Failed).
	Failed bool
	// At gives these replies narrowed to those published at a decision
	// (Each, LastSays, EverSaid; nil: the round cannot tell), for
	// Variant.At.
	At func(decision string) Replies
}

// met reports whether one reply's findings meet any of features ("a|b").
func met(reply func(string) bool, features string) bool {
	for _, f := range strings.Split(features, "|") {
		if f = strings.TrimSpace(f); f != "" && reply(f) {
			return true
		}
	}
	return false
}

// Fits reports whether variant va is for this round: its If holds, its
// last reply says one of its Says, some reply said one of its Said, it entered one of its After and a
// reply failed it (Failed), where set; a variant with none of them is for no round (the checker refuses
// it).
func (r Replies) Fits(va Variant) bool {
	if va.At != "" {
		if r.At == nil || r.Entered == nil || !r.Entered(va.At) {
			return false
		}
		r = r.At(va.At)
		if va.Silent && len(r.Each) > 0 {
			return false
		}
	}
	if len(va.Says) > 0 && (r.LastSays == nil || !r.LastSays(va.Says)) {
		return false
	}
	if len(va.Said) > 0 && (r.EverSaid == nil || !r.EverSaid(va.Said)) {
		return false
	}
	if len(va.After) > 0 && (r.Entered == nil || !slices.ContainsFunc(va.After, r.Entered)) {
		return false
	}
	if !va.Crowd.Empty() && (r.Crowd == nil || !r.Crowd(va.Crowd)) {
		return false
	}
	if va.Failed && !r.Failed {
		return false
	}
	if len(VariantTags(va.If)) == 0 {
		return len(va.Says) > 0 || len(va.Said) > 0 || len(va.After) > 0 || !va.Crowd.Empty() || va.Failed || va.Silent
	}
	return r.Holds(va.If)
}

// Holds reports whether every tag of cond holds for these replies. An
// unknown tag never holds (the checker refuses it).
func (r Replies) Holds(cond string) bool {
	tags := VariantTags(cond)
	if len(tags) == 0 {
		return false
	}
	for _, tag := range tags {
		kind, features, _ := strings.Cut(tag, ":")
		ever := false
		for _, reply := range r.Each {
			ever = ever || met(reply, features)
		}
		var ok bool
		switch kind {
		case "has", "lacks":
			if len(r.Each) == 0 {
				return false // nothing was said yet to have or lack it
			}
			ok = met(r.Each[len(r.Each)-1], features) == (kind == "has")
		case "ever":
			ok = ever
		case "never":
			ok = !ever
		}
		if !ok {
			return false
		}
	}
	return true
}

// Pick is the first of vs that is for these replies (Fits), or nil.
func (r Replies) Pick(vs []Variant) *Variant {
	for i := range vs {
		if r.Fits(vs[i]) {
			return &vs[i]
		}
	}
	return nil
}

// PickByCrowd is the first of vs with a crowd condition that is for these
// replies and the crowd now (Fits), or nil: a post's text as the crowd
// makes it read when the post is due.
func (r Replies) PickByCrowd(vs []Variant) *Variant {
	for i := range vs {
		if !vs[i].Crowd.Empty() && r.Fits(vs[i]) {
			return &vs[i]
		}
	}
	return nil
}

// ForDecision is d as these replies make it read: its prompt and its
// posts' texts replaced by the variants that hold. d itself is not
// changed; without variants that hold, d is returned.
func (r Replies) ForDecision(d *Decision) *Decision {
	prompt := r.Pick(d.Variants)
	posts, changed := r.forPosts(d.Posts)
	if prompt == nil && !changed {
		return d
	}
	out := *d
	if prompt != nil && prompt.Prompt != "" {
		out.Prompt = prompt.Prompt
	}
	out.Posts = posts
	return &out
}

// ForEnding is e as these replies make it read: its story and its posts'
// texts replaced by the variants that hold.
func (r Replies) ForEnding(e *Ending) *Ending {
	story := r.Pick(e.Variants)
	posts, changed := r.forPosts(e.Posts)
	if story == nil && !changed {
		return e
	}
	out := *e
	if story != nil && story.Text != "" {
		out.Text = story.Text
	}
	if story != nil && story.Title != "" {
		out.Title = story.Title
	}
	if story != nil && story.Outcome != "" {
		out.Outcome = story.Outcome
	}
	out.Posts = posts
	return &out
}

func (r Replies) forPosts(ps []Post) ([]Post, bool) {
	var out []Post
	for i, p := range ps {
		v := r.Pick(p.Variants)
		if v == nil || v.Text == "" {
			continue
		}
		if out == nil {
			out = append([]Post(nil), ps...)
		}
		out[i].Text = v.Text
	}
	if out == nil {
		return ps, false
	}
	return out, true
}

// VariantTitleIn is the title in case to (the same case in another
// language) of the variant of ending id that case from titled title: the
// variant at the same place among the ending's variants, as a translation
// keeps them. ok is false when either case lacks the ending or the
// variant, or to's variant has no title.
func VariantTitleIn(from, to *Scenario, id, title string) (string, bool) {
	return variantKeyIn(from, to, id, title, func(v Variant) string { return v.Title })
}

// VariantOutcomeIn is VariantTitleIn for a variant's outcome line.
func VariantOutcomeIn(from, to *Scenario, id, outcome string) (string, bool) {
	return variantKeyIn(from, to, id, outcome, func(v Variant) string { return v.Outcome })
}

// variantKeyIn is the key of the variant of ending id in case to whose
// counterpart in case from has this value of the key.
func variantKeyIn(from, to *Scenario, id, value string, key func(Variant) string) (string, bool) {
	if from == nil || to == nil || value == "" {
		return "", false
	}
	fe, ok1 := from.Ending(id)
	te, ok2 := to.Ending(id)
	if !ok1 || !ok2 {
		return "", false
	}
	for i, v := range fe.Variants {
		if key(v) == value && i < len(te.Variants) && key(te.Variants[i]) != "" {
			return key(te.Variants[i]), true
		}
	}
	return "", false
}
