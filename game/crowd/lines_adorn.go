package crowd

import "strings"

// A line is said plain or adorned with an emoji or a hashtag of its tone
// (decorate, stanceTone): people decorate what they post, and the same
// line in three forms reads less like a machine.

// adornment is the emoji or hashtag drawn for a line's adorned form: the
// i-th of its tone's emoji, or of its hashtags when tag; none when !set.
type adornment struct {
	i        int32
	set, tag bool
}

// form picks plain (two times in three) or adorned.
func (g *textGen) form() int {
	switch u := g.rng.Float64(); {
	case u < 0.5:
		return 0
	case u < 0.82:
		return 1
	}
	return 2
}

// adorn adds an emoji or a hashtag that fits the tone.
func (g *textGen) adorn(t, tone string) string {
	return g.withAdornment(t, tone, g.pickAdornment(tone, strings.Contains(t, "#")))
}

// pickAdornment draws the emoji or hashtag adorn adds to a text of this
// tone; hasHash: the text has a hashtag already.
func (g *textGen) pickAdornment(tone string, hasHash bool) adornment {
	if tone == "" {
		return adornment{}
	}
	if g.rng.IntN(2) == 0 || hasHash || !hashtagsFit(g.channel) {
		if em := g.builtin["emoji."+tone]; len(em) > 0 {
			return adornment{i: int32(g.rng.IntN(len(em))), set: true}
		}
	}
	if tags := g.builtin["hashtags."+tone]; len(tags) > 0 && hashtagsFit(g.channel) {
		return adornment{i: int32(g.rng.IntN(len(tags))), set: true, tag: true}
	}
	return adornment{}
}

// hashtagsFit reports whether people on the channel decorate a post with
// a hashtag: on X and Instagram they do; on Facebook a comment under a
// post does not, and "#webcare" there is the jargon of another channel.
// A case's own lines keep the hashtags their author wrote (#boycotHEMA).
func hashtagsFit(channel string) bool { return channel != "facebook" }

// withoutHashtags is a line without its hashtags, for a channel on which
// people do not write them.
func withoutHashtags(t string) string {
	words := strings.Fields(t)
	kept := words[:0]
	for _, w := range words {
		if !strings.HasPrefix(w, "#") || len(w) == 1 {
			kept = append(kept, w)
		}
	}
	return strings.Join(kept, " ")
}

// withAdornment adds the adornment drawn for a text of this tone.
func (g *textGen) withAdornment(t, tone string, a adornment) string {
	switch {
	case !a.set:
		return t
	case a.tag:
		return t + " " + g.ctx.Replace(g.builtin["hashtags."+tone][a.i])
	}
	return t + " " + g.builtin["emoji."+tone][a.i]
}
