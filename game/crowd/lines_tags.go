package crowd

import "strings"

// The tags at the start of a line say what it presumes beyond its moment
// ("<fuss,apology> Eerst de klant afbranden en dan sorry zeggen"); a line
// is said only when all of them hold (tagFits).

// Tagged lines that presume a wait or a stir need them to be true:
//   - waitedMinutes: "Still no answer?" presumes the customer has waited
//     longer than it takes to read a post and type an answer: a quarter of
//     an hour, the unit in which the feed counts voices (VoicedPer15);
//   - stirHeat: "this is better than Netflix", "you're not the only one"
//     presume a crowd that is still posting against the brand: the meter's
//     first mark, one post against it an hour per 10,000 watching ("some
//     grumbling"). Below it the row is over, whatever it was.
//   - quietMinutes: "Radio silence from HEMA", "Still no real explanation"
//     presume the brand has said nothing for a while: an hour, the window
//     in which heat counts the posts; not minutes after a reply (P16-20).
//   - newsMinutes: "What happened here?", "Is this about that complaint
//     from earlier?" presume the story is news: within about three times
//     the median time from a post to its reactions (41 minutes, SEISMIC;
//     the kernel's) of the customer's or the brand's last post, when most
//     who will react to it have. Not a day later in a quiet thread
//     (playtest 17, P17-2).
const (
	waitedMinutes = 15
	stirHeat      = 1
	quietMinutes  = 60
	newsMinutes   = 120
)

// fitsMoment reports whether a template of a line of this tone can be
// said now: {agent}, {quote} and {worst} need a reply that has them (a
// {quote} one whose words fit the tone, quoteFor); a tag <silent>,
// <replied>, <bad> or <good> at the start of a generic line says which
// moment it presumes.
func (g *textGen) fitsMoment(tmpl, tone string, now Moment) bool {
	if strings.Contains(tmpl, "{agent}") && (now == Silent || g.agent == "") {
		return false
	}
	if strings.Contains(tmpl, "{quote}") {
		if now == Silent {
			return false
		}
		if q := g.quoteFor(tone, false); q == "" || g.quotedLast(q) {
			return false
		}
	}
	if strings.Contains(tmpl, "{worst}") && (now != BadReply || g.worst == "" || g.quotedLast(g.worst)) {
		return false
	}
	return true
}

// tagged splits a generic line's moment tag ("<replied> Who sent that?")
// from its text.
func tagged(line string) (tag, text string) {
	if strings.HasPrefix(line, "<") {
		if i := strings.IndexByte(line, '>'); i > 0 {
			return line[1:i], strings.TrimSpace(line[i+1:])
		}
	}
	return "", line
}

// warmReply is the rubric's mean of empathy and de-escalation (0..1) from
// which a reply is one bystanders praise: the same bar as the model's good
// reply (response.go).
const warmReply = 0.6

// tagFits reports whether a generic line's tags fit the moment and what
// the brand did. A line may presume only what the round guarantees, and
// some lines presume more than a moment: "good on them for apologising"
// needs an apology, "the fuss has run its course" a fuss, "good that you
// took it to DM" a move to DM, "I never got helped on the phone" a help
// desk. A line's tags are a comma-separated list ("<fuss,apology>"), all
// of which must hold:
//
//   - a moment (silent, replied, bad, good): as tagFits below; a <good>
//     line also needs the brand's last reply to be one worth praising;
//   - apology: the brand's last public reply apologised and did not
//     offend (the Apology moment);
//   - fuss: a reply of the brand's offended or was cold this round, so
//     there is something to have made a fuss about, to forgive or to
//     put in perspective;
//   - cold: the brand's last public reply is not one worth praising (the
//     rubric found it neither warm nor helpful), so "sounds like a
//     template" or "is that it?" does not meet a good reply;
//   - dm: the brand's last public reply took it to DM or the phone;
//   - desk: the brand is one with a help desk people wait on (emails,
//     phone, tickets). A case that writes its own fellow customers says
//     what its customers go through, so there the line is not said;
//   - unapologised: no public reply of the brand this round has
//     apologised, so "they never even said sorry" does not follow one
//     that did;
//   - once: the brand has replied in public exactly once ("it's one
//     reply");
//   - waited: the brand is silent and the customer has waited for an
//     answer waitedMinutes or more ("Still no answer?");
//   - fresh: the brand is silent and the customer has waited less than
//     that ("Give them some time, it only just happened": not hours
//     into a silence, not after the brand answered; P13-31, P13-36);
//   - stir: the crowd is still posting against the brand (heat stirHeat
//     or more) and the brand has not put it right since (putRight): the
//     popcorn, meme and "same story here" lines of a row in progress, not
//     of a calm or a solved ending;
//   - open: the brand has not put it right (putRight): "Cancel my
//     membership" after the poster came down reads as a verdict on the
//     reply that took it down;
//   - mended: the brand has put it right (putRight): "they sorted mine
//     out too";
//   - quiet: the brand has said nothing in public for quietMinutes or
//     more ("radio silence", "still no explanation");
//   - news: the customer or the brand posted less than newsMinutes ago
//     ("what happened here?");
//   - late: the brand took long to say what it last said: that reply
//     went out after the time the case gives for an answer, or earlier
//     replies never apologised ("it took long enough", "finally");
//   - unsolved: nobody has said the customer's problem is fixed: the
//     story has not told it (Solved), and no public reply of the brand
//     reported the fix done or booked (the rubric's resolved). "When is
//     the mast fixed?" or "hope they sort it out soon" after "the mast
//     was repaired" or "an engineer comes on Tuesday" asks what was
//     answered;
//   - solved: the story has told the problem is fixed (Solved): "signal's
//     back here too". Not on a reply's word alone: the rubric's resolved
//     is also a fix booked ("will be repaired this week");
//   - has:F, lacks:F, ever:F, never:F: what the brand's public replies
//     did, as the rubric finds it (findsFit, by scenarios' rule).
func (g *textGen) tagFits(tags string, now Moment) bool {
	for tags != "" {
		var tag string
		tag, tags, _ = strings.Cut(tags, ",")
		if !g.oneTagFits(strings.TrimSpace(tag), now) {
			return false
		}
	}
	return true
}

func (g *textGen) oneTagFits(tag string, now Moment) bool {
	if strings.Contains(tag, ":") {
		return g.findsFit(tag)
	}
	switch tag {
	case "good":
		return g.warm && tagFits(tag, now)
	case "apology":
		return now == Apology
	case "fuss":
		return g.offended && now != Silent
	case "cold":
		return !g.warm && now != Silent
	case "dm":
		return g.private && now != Silent
	case "desk":
		return !g.ownCustomers
	case "unapologised":
		return !g.apologised
	case "once":
		return g.replies == 1
	case "waited":
		return now == Silent && g.askedAt >= 0 && g.waited >= waitedMinutes
	case "fresh":
		return now == Silent && (g.askedAt < 0 || g.waited < waitedMinutes)
	case "stir":
		return g.heatNow >= stirHeat && !g.putRight()
	case "open":
		return !g.putRight()
	case "mended":
		return g.putRight()
	case "quiet":
		return g.sinceReply >= quietMinutes
	case "news":
		return g.sinceNews < newsMinutes
	case "late":
		return g.slow && now != Silent
	case "unsolved":
		return !g.fixKnown()
	case "solved":
		return g.solved
	}
	return tagFits(tag, now)
}

// fixKnown reports whether the crowd knows the customer's problem is fixed
// or its fix booked: the story told it (Solved), or a public reply of the
// brand's reported it (the rubric's resolved, by the case's FindsRule).
func (g *textGen) fixKnown() bool {
	return g.solved || g.findsFit("ever:"+fixReported)
}

// fixReported is the rubric's feature for a reply that reports the fix
// done or booked ("I've refunded it", "an engineer comes on Tuesday").
const fixReported = "resolved"

// tagFits reports whether a generic line's moment tag fits the moment.
func tagFits(tag string, now Moment) bool {
	switch tag {
	case "":
		return true
	case "silent":
		return now == Silent
	case "replied":
		return now != Silent
	case "bad":
		return now == BadReply
	case "good":
		return now == Apology || now == Replied
	}
	return false
}

// LinesTagged are the generic lines that carry a tag ("stir"), as
// templates without their tags: for tests that check when they are said.
func LinesTagged(lang, tag string) []string {
	var out []string
	pools := builtinPools(lang)
	for _, sec := range sortedPoolKeys(pools) {
		for _, raw := range pools[sec] {
			tags, tmpl := tagged(raw)
			for _, t := range strings.Split(tags, ",") {
				if strings.TrimSpace(t) == tag {
					out = append(out, tmpl)
					break
				}
			}
		}
	}
	return out
}
