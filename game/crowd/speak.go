package crowd

import (
	"fmt"
	"strings"
)

// post is the author, handle and text of a bystander post. A share has no
// words of its own. Otherwise the bystander takes a stance (stanceOf) and
// says a line of the case for that stance and the moment, or a generic
// one (genericSection); some of those who react to a fresh reply quote it.
// When every line that fits has been said, the post has no text; in a
// storm most posts have none (VoicedPer15).
func (g *textGen) post(kind Kind, s Sentiment, ph Phase, now Moment, sinceReply float64, good, offended bool, recent int) (name, handle, text string, st Stance) {
	if g.people == nil {
		g.makePeople()
	}
	// bystanders come in the order makePeople dealt them: a new voice
	// for each post, with first names that repeat only once the pool
	// is spent
	p := g.people[g.nextPerson%len(g.people)]
	g.nextPerson++
	if kind == KindShare || (recent > VoicedPer15 && g.rng.IntN(recent) >= VoicedPer15) {
		return p.name, p.handle, "", ""
	}
	st = g.stanceOf(kind, s)
	p = g.fitPerson(p, st)
	g.sinceReply = sinceReply
	var order [7]string // no allocation per post: most posts of a storm find nothing left to say
	quotes := sinceReply < 90 && (st == Critic || st == Supporter) && g.rng.Float64() < 0.4
	own := caseSections[st][now]
	if st == Supporter && !g.warm && (now == Replied || now == Apology) {
		// a supporter's line about the reply presumes one worth
		// supporting; after a lukewarm one they say only what fits any
		// moment
		own = [2]string{"case.supporter.any", ""}
	}
	generic := [2]string{genericSection(kind, s, ph, now, good, offended, g.rng.Float64()), stanceFallback[st]}
	if g.praise {
		generic = [2]string{praiseSection(generic[0]), praiseSection(generic[1])}
	}
	settled := g.settledOrder(st, s, now, &own, &generic)
	if st == FellowCustomer && g.praise && g.warm && now != Silent {
		// a compliment answered well: other customers say it went well
		// for the customer, or that theirs was mixed; not a fresh
		// complaint of their own under the brand's thanks (playtest 19,
		// P19-15: "Got a form, never an answer" beside "Ambassador")
		own[1] = ""
	}
	borrowed := g.borrowed(st, s, now)
	// a case without its own lines for this stance mixes in the generic
	// ones; one with its own says them first, then those of the stance
	// beside it (borrowed), and the generic lines, the same in every case,
	// only once the case has nothing left on that side
	ownFirst := settled || g.rng.Float64() < 0.75 || g.hasOwnLines(st)
	if ownFirst {
		copy(order[:], own[:])
		copy(order[2:], borrowed[:])
		copy(order[4:], generic[:])
	} else {
		copy(order[:], generic[:])
		copy(order[2:], own[:])
		copy(order[4:], borrowed[:])
	}
	if quotes {
		// some of those who react to a fresh reply quote it: with the
		// generic pool's words only once the case's own lines for the
		// moment are spent or do not fit (its lines for the moment quote
		// the reply too), before its lines for any moment
		at := 1
		if !ownFirst {
			at = 0 // the generic lines come first: the case has none of its own for this stance
		}
		copy(order[at+1:], order[at:6])
		order[at] = quoteSection[st]
	}
	for _, sec := range order {
		if sec == "" {
			continue
		}
		if t := g.draw(sec, now); t != "" {
			return p.name, p.handle, t, st
		}
	}
	return p.name, p.handle, "", st
}

// settledOrder changes where a bystander looks for words once the brand
// has put the matter right (putRight), and reports whether it did. Those
// still against the brand (critics, and jokers at its expense) say only
// the case's lines written for after a reply; its lines for any moment
// speak of the affair as if nobody had answered it, and the generic ones
// carry their moment. So fewer of them have anything left to say: their
// posts count, without words. Other customers say that it is being put
// right (the case's lines for the moment and its lines tagged mended,
// then "complaint.mended"), and once those are said, nothing: their own
// old stories ("Asked the gym for
// a payment break, got a lecture", "Same here. Nobody ever got back to
// me") beside a good ending read as the verdict on the repair (playtest
// 19, P19-15). A praise case has no complaint to put right.
func (g *textGen) settledOrder(st Stance, s Sentiment, now Moment, own, generic *[2]string) bool {
	if !g.putRight() {
		return false
	}
	switch {
	case st == Critic || (st == Joker && s == Negative):
		own[1] = ""
	case st == FellowCustomer && !g.praise:
		*own, *generic = [2]string{own[0], own[1] + onlyMended}, [2]string{"complaint.mended", ""}
		return true
	}
	return false
}

// onlyMended after a section's name draws only its lines tagged mended:
// a case's fellow customers for any moment, once the brand put it right.
const onlyMended = "+mended"

// borrowed are the case's pools of the stance beside st, said once st's
// own are spent and before the generic pools: a joker against the brand
// says what the case's critics say, one without a side what its onlookers
// ask, and an onlooker what its jokers joke. The case's words about this
// affair fit better than generic ones about any affair ("I come here for
// the comments, honestly"); a bystander's stance shows only in the words.
// Once the brand has put it right a critic's line for any moment speaks
// as if nobody had answered (settledOrder), so only the moment's is
// borrowed.
func (g *textGen) borrowed(st Stance, s Sentiment, now Moment) [2]string {
	var from Stance
	switch {
	case st == Joker && s == Negative:
		from = Critic
	case st == Joker:
		from = Onlooker
	case st == Onlooker:
		from = Joker
	default:
		return [2]string{}
	}
	secs := caseSections[from][now]
	if g.putRight() && (from == Critic || (from == Joker && s == Negative)) {
		secs[1] = ""
	}
	return secs
}

// hasOwnLines reports whether the case has lines of its own for a stance,
// at any moment.
func (g *textGen) hasOwnLines(st Stance) bool {
	for _, mo := range Moments {
		if len(g.added[caseSections[st][mo][0]]) > 0 {
			return true
		}
	}
	return false
}

// VoicedPer15 is about the most bystander posts with words of their own in
// a quarter of an hour: in a storm the others share, like or say what has
// been said, and the lines last through the storm instead of all being
// said in its first minutes. At the round's normal pace (a scenario minute
// a second) six a quarter of an hour is a new post every two to three
// seconds: as fast as a trainee reads them.
const VoicedPer15 = 6

// stanceOf is who a bystander is: another customer tells their own story;
// of the others against the brand one in five jokes at its expense; of
// those without a side some ask what is going on, some joke, a few are
// journalists.
func (g *textGen) stanceOf(kind Kind, s Sentiment) Stance {
	u := g.rng.Float64()
	switch {
	case kind == KindComplaint:
		return FellowCustomer
	case s == Positive:
		return Supporter
	case s == Negative && u < 0.2:
		return Joker
	case s == Negative:
		return Critic
	case u < 0.45:
		return Onlooker
	case u < 0.85:
		return Joker
	}
	return Press
}

// caseSections are a case's pools for a stance at a moment: the moment's
// own, then those for any moment.
var caseSections = func() map[Stance]map[Moment][2]string {
	out := map[Stance]map[Moment][2]string{}
	for _, st := range Stances {
		out[st] = map[Moment][2]string{}
		for _, mo := range Moments {
			out[st][mo] = [2]string{"case." + string(st) + "." + string(mo), "case." + string(st) + ".any"}
		}
	}
	return out
}()

// quoteSection is the generic pool of lines that quote the reply.
var quoteSection = map[Stance]string{Critic: "quote.critic", Supporter: "quote.supporter"}

// stanceFallback is the generic pool a stance falls back on.
var stanceFallback = map[Stance]string{Critic: "negative.peak", Supporter: "positive.early",
	Joker: "joker", FellowCustomer: "complaint", Press: "press", Onlooker: "neutral.early"}

// genericSection is the generic pool for a post by sentiment and phase.
//
// Before the brand has replied, negative bystanders side with the customer
// ("negative.before"). When the brand has replied but never offended,
// negative bystanders grumble about the service ("negative.unoffended")
// rather than about a reply. After an offending reply they react to it by
// phase; a conversation that calms down without a good reply from the
// brand "fades" (grumbles, no "netjes opgelost"). Once there is outrage,
// three posts in ten outside the peak come from the peak's pool: some
// people are still sharing it.
func genericSection(kind Kind, s Sentiment, ph Phase, now Moment, good, offended bool, u float64) string {
	tone := "neutral"
	switch s {
	case Negative:
		tone = "negative"
	case Positive:
		tone = "positive"
	}
	var sec string
	switch {
	case kind == KindComplaint:
		return "complaint"
	case s == Negative && now == Silent:
		sec = "negative.before"
	case s == Negative && !offended:
		sec = "negative.unoffended"
	case ph == PhaseCalming && !good:
		sec = sectionOf[tone]["fading"]
	case ph == PhasePeak && !offended:
		sec = sectionOf[tone][string(PhaseEarly)] // no outrage to pile on or to defend against
	default:
		sec = sectionOf[tone][string(ph)]
	}
	if offended && ph != PhasePeak && u < 0.3 {
		sec = sectionOf[tone][string(PhasePeak)]
	}
	return sec
}

// praiseSection is the generic pool of a praise case in place of sec. The
// generic pools presume a complaint or a row: fellow customers say "same
// story here, you're not the only one", onlookers ask whether the customer
// got helped in the end, supporters say everyone makes mistakes. Under a
// customer's praise none of that fits, so each tone has its own pool of
// lines that presume only the praise (and, by their moment tag, what the
// brand did since).
func praiseSection(sec string) string {
	tone, _, _ := strings.Cut(sec, ".")
	switch tone {
	case "negative", "positive", "neutral", "complaint", "joker", "press":
		return "praise." + tone
	}
	return sec // the quotes of the brand's reply fit any case
}

// sectionOf names the generic sections by tone and phase without building
// the name for every post.
var sectionOf = func() map[string]map[string]string {
	out := map[string]map[string]string{}
	for _, tone := range []string{"negative", "positive", "neutral"} {
		out[tone] = map[string]string{}
		for _, ph := range []string{string(PhaseEarly), string(PhasePeak), string(PhaseCalming), "fading"} {
			out[tone][ph] = tone + "." + ph
		}
	}
	return out
}()

// customer is the customer's own post for her mood. She thanks the brand
// only once it has said something.
func (g *textGen) customer(mood float64, waiting, thanks bool, now Moment) (string, string, string) {
	var order []string
	switch {
	case now != Silent && (thanks || mood >= 0.3):
		order = []string{"customer.thanks", "customer.neutral"}
	case mood <= -0.2 && waiting:
		order = []string{"customer.waiting", "customer.angry"}
	case mood <= -0.2:
		order = []string{"customer.angry", "customer.waiting"}
	default:
		order = []string{"customer.neutral"}
	}
	for _, sec := range order {
		if t := g.draw(sec, now); t != "" {
			return g.ctxArg[2], g.ctxArg[3], t
		}
	}
	return g.ctxArg[2], g.ctxArg[3], ""
}

// actorText is the text of an actor that brought none: the case's press
// lines for the press, else the generic ones; the press on the brand's
// side (tone Positive) reports the applause.
func (g *textGen) actorText(k Kind, tone Sentiment, now Moment) string {
	if k == KindPress && tone == Positive {
		if t := g.draw("actor.press.support", now); t != "" {
			return t
		}
	}
	if k == KindPress {
		if t := g.draw("case.press."+string(now), now); t != "" {
			return t
		}
		if t := g.draw("case.press.any", now); t != "" {
			return t
		}
	}
	return g.draw("actor."+string(k), now)
}

// genericActor is a built-in actor of this kind: "Name|handle|followers|text".
func (g *textGen) genericActor(k Kind) Actor {
	a := Actor{ID: "generic-" + string(k), Kind: k}
	lines := g.builtin["generic."+string(k)]
	if len(lines) == 0 {
		a.Name, a.Handle, a.Followers = string(k), string(k), 5000
		return a
	}
	f := strings.Split(lines[g.rng.IntN(len(lines))], "|")
	for len(f) < 4 {
		f = append(f, "")
	}
	a.Name, a.Handle = g.ctx.Replace(strings.TrimSpace(f[0])), g.ctx.Replace(strings.TrimSpace(f[1]))
	if _, err := fmt.Sscan(strings.TrimSpace(f[2]), &a.Followers); err != nil {
		a.Followers = 5000
	}
	a.Text = g.ctx.Replace(strings.TrimSpace(f[3]))
	return a
}
