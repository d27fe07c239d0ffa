package crowd

import (
	"math"
	"slices"
	"strings"
	"unicode"
)

// What a bystander says depends on who they are (their stance), on where the
// brand stands in the conversation (the moment) and on the channel. A
// case's own lines come first; the generic pools (pools_*.txt) are the
// fallback. A line is said at most once a round: when every line that fits
// has been said, a bystander's post has no text of its own (it still counts,
// and the feed shows it as a share or a reaction, not as words).

// Stance is who a bystander is towards the case.
type Stance string

// Stances of bystanders.
const (
	Critic         Stance = "critic"    // against the brand
	Supporter      Stance = "supporter" // on the brand's side, or praising a good reply
	Joker          Stance = "joker"     // makes fun of it, mostly at the brand's expense
	FellowCustomer Stance = "customer"  // another customer with a story of their own
	Press          Stance = "press"     // a journalist or blogger asking around
	Onlooker       Stance = "onlooker"  // asks what is going on
)

// Stances lists every stance, in the order the guide names them.
var Stances = []Stance{Critic, Supporter, Joker, FellowCustomer, Press, Onlooker}

// Moment is where the brand stands in the conversation, as a line presumes
// it.
type Moment string

// Moments a line can be written for.
const (
	AnyMoment Moment = "any"     // fits whatever the brand did
	Silent    Moment = "silent"  // the brand has not posted in public yet
	Replied   Moment = "replied" // after a public reply that neither apologised nor offended
	Apology   Moment = "apology" // after a reply that apologised (and did not offend)
	BadReply  Moment = "bad"     // after a reply that offended or was cold, not made good since
)

// Moments lists every moment.
var Moments = []Moment{AnyMoment, Silent, Replied, Apology, BadReply}

// AddLines adds a case's own lines for a stance at a moment (AnyMoment:
// whenever). Placeholders: {brand}, {brandhandle}, {customer}, {handle},
// {agent} (the brand's signature, only once the brand has posted), {quote}
// (a phrase of the brand's last public reply) and {worst} (the part of it
// that offended). A line whose words do not fit the channel (SetChannel) is
// left out.
func (m *Model) AddLines(s Stance, when Moment, lines []string) {
	if when == "" {
		when = AnyMoment
	}
	m.text.added["case."+string(s)+"."+string(when)] = append(m.text.added["case."+string(s)+"."+string(when)], lines...)
	m.text.dirty = true
}

// SetChannel sets the channel the case plays on ("twitter", "facebook",
// "instagram") and the test of whether a line's words fit it ("tweet" does
// not on Facebook, "this page" does not on X; the scenarios package
// knows the words): lines that do not fit are left out, and on Facebook
// people are named, not @-mentioned.
func (m *Model) SetChannel(channel string, fits func(line string) bool) {
	m.text.channel, m.text.fits = channel, fits
	m.text.dirty = true
}

// SetAgent names the brand's employee who signs the replies ({agent}).
func (m *Model) SetAgent(name string) {
	m.text.agent = name
	m.text.dirty = true
}

// wordsOnly turns everything but letters and digits into single spaces.
func wordsOnly(s string) string {
	var b strings.Builder
	space := true
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
			space = false
		} else if !space {
			b.WriteByte(' ')
			space = true
		}
	}
	return strings.TrimSpace(b.String())
}

// sayKey is what makes two lines the same line: their words, without
// case, punctuation, emoji or hashtags added for decoration.
func sayKey(s string) string {
	var words []string
	for _, w := range strings.Fields(s) {
		if strings.HasPrefix(w, "#") {
			continue
		}
		if k := wordsOnly(strings.ToLower(w)); k != "" {
			words = append(words, k)
		}
	}
	return strings.Join(words, " ")
}

// moment is where the brand stands now, as the lines see it.
func (g *textGen) momentNow(replied, offended, goodLast bool) Moment {
	switch {
	case !replied:
		return Silent
	case offended && !goodLast && !g.mended:
		// a reply that offended is the moment until one puts it right;
		// a warm reply after that (thanks to a pleased customer) does
		// not bring the offence back (playtest 19, P19-15)
		return BadReply
	case g.apology && !g.lastBad:
		return Apology
	}
	return Replied
}

// heard takes in the brand's last public reply: whether it apologised, and
// the phrases bystanders quote from it.
func (g *textGen) heard(s Stimulus, bad bool) {
	// it took long: the reply itself was late, or replies before it never
	// apologised ("Good that they apologise, but it took long enough")
	g.slow = s.Late || (g.replies > 0 && !g.apologised)
	g.apology, g.lastBad, g.private = s.Apology, bad, s.Private
	g.offended = g.offended || bad
	g.apologised = g.apologised || (s.Apology && !bad)
	g.replies++
	// only a reply the rubric finds warm or helpful is one to praise: "2"
	// typed by mistake neither offends nor earns "That's how you answer a
	// customer"
	g.warm = !bad && (s.Empathy+s.Deescalation)/200 >= warmReply && s.Provocation < 0.1
	// put right: this reply apologised, took a step or moved to DM, or an
	// earlier one did and this one is warm too; a thanks to a pleased
	// customer after the repair keeps it so, a cold or offending reply
	// reopens it ("Cancel my membership" beside "From criticism to
	// campaign" after the owner's closing thanks: playtest 19, P19-15)
	g.mended = g.warm && (s.Apology || s.NextStep || s.Private || g.mended)
	g.quote, g.worst, g.quoteTone = s.Quote, s.Worst, s.QuoteTone
	g.quoted, g.worstQuoted = 0, 0
	// copies: reactionQuote reorders them
	g.phrases, g.phraseTones, g.nextPhrase = slices.Clone(s.Phrases), slices.Clone(s.PhraseTones), 0
	if len(g.phraseTones) != len(g.phrases) {
		g.phraseTones = nil
	}
	if s.Meets != nil {
		// a reply the rubric read; a call made as an action has no words
		// to have or lack anything, as for the story's variants
		g.metBefore = append(g.metBefore, s.Meets)
	}
}

// phraseUses is how many bystanders quote each phrase of the reply: a
// warm reply's phrase once (two people in a row quoting the same thanks
// reads like a machine), a cold or offending one's twice (people do pass
// on what irritated them).
func (g *textGen) phraseUses() int {
	if g.warm {
		return 1
	}
	return 2
}

// reactionQuote is the phrase of the brand's last reply a line reacting
// to it quotes next ("" when none is left), and takes it when take: after
// an offending reply the sentence that offended, within the few times it
// is passed on ({worst}), and else the reply's phrases in turn (all of
// them once before any a second time). Never the fragment the previous
// quoting bystander opened with: two people in a row quoting the same
// words read like a machine. The phrases came first, and after "Tja, had
// je niet eerder kunnen bellen? … Stuur je nummer via DM, dan bel ik je
// adviseur." a critic quoted the harmless offer as what outraged him
// (playtest 19, P19-4).
//
// A line that praises the reply (tone positive) after a reply that did
// not offend quotes only a phrase the rubric found good, and one that
// criticises it (tone negative) first a phrase it found bad: "'Not that
// dramatic.' This is how you fix a mistake" praised the sentence that
// belittled. The phrases passed over wait for another voice.
func (g *textGen) reactionQuote(now Moment, take bool, tone string) string {
	if now == BadReply && g.worst != "" {
		// what they react to is what offended; once it has been passed on
		// enough, lines that quote nothing carry on
		return g.worstQuote(now, take)
	}
	known := g.phraseTones != nil && now != BadReply
	switch {
	case known && tone == "positive":
		return g.nextPhraseOf(take, func(t int) bool { return t > 0 })
	case known && tone == "negative":
		return g.criticalPhrase(take)
	}
	return g.nextPhraseOf(take, nil)
}

// quoteTone is the tone by which a line picks the words of the reply it
// quotes: a joker's by a critic's. "'and we are sorry we stayed silent for
// so long.' HEMA 1, the internet 0. Move along 🍿" mocked a sincere
// apology in an ending the story calls a success (playtest 28, F7).
func (l *line) quoteTone() string {
	if l.mocks {
		return "negative"
	}
	return l.tone
}

// jokerSection reports whether a section holds jokers' lines: the generic
// "joker" pool or a case's own jokers.
func jokerSection(sec string) bool {
	return sec == "joker" || strings.HasPrefix(sec, "case."+string(Joker)+".")
}

// criticalPhrase is the phrase of the reply a critic quotes: one the
// rubric found bad, else one it found neither good nor bad, never a good
// one. After a cold reply a critic quoted its one good step as what was
// wrong with it ("'I'll have our network team check the mast near
// Fijnaart today.' Sounds like a template to me"); with nothing else to
// quote, the critic says a line that quotes nothing.
func (g *textGen) criticalPhrase(take bool) string {
	if q := g.nextPhraseOf(take, func(t int) bool { return t < 0 }); q != "" {
		return q
	}
	return g.nextPhraseOf(take, func(t int) bool { return t == 0 })
}

// quoteFor is the words of the brand's last reply a line of this tone puts
// in its {quote}, and takes them when take: the reply's quote
// (Stimulus.Quote), unless the rubric found in it the opposite of what
// the line says of it. A critic does not quote the reply's good step as
// the template it sneers at, but a phrase the rubric found bad or
// neutral; a line of praise does not quote what the rubric found bad, but
// a good phrase. "" when none fits: the line is not said.
func (g *textGen) quoteFor(tone string, take bool) string {
	if g.phraseTones == nil || g.quote == "" {
		return g.quote
	}
	switch {
	case tone == "negative" && g.quoteTone > 0:
		return g.criticalPhrase(take)
	case tone == "positive" && g.quoteTone < 0:
		return g.nextPhraseOf(take, func(t int) bool { return t > 0 })
	}
	return g.quote
}

// nextPhraseOf is the next phrase of the reply to quote whose tone fits
// (fits nil: any), and takes it when take: it moves to the front of those
// not yet quoted, so the ones passed over keep their turn.
func (g *textGen) nextPhraseOf(take bool, fits func(tone int) bool) string {
	n := len(g.phrases)
	for k := g.nextPhrase; k < g.phraseUses()*n; k++ {
		q := g.phrases[k%n]
		if g.quotedLast(q) || (fits != nil && !fits(g.phraseTones[k%n])) {
			continue
		}
		if take {
			if at := g.nextPhrase % n; k%n != at {
				g.phrases[k%n], g.phrases[at] = g.phrases[at], q
				if g.phraseTones != nil {
					g.phraseTones[k%n], g.phraseTones[at] = g.phraseTones[at], g.phraseTones[k%n]
				}
			}
			g.nextPhrase++
			g.lastQuote = q
		}
		return q
	}
	return ""
}

// worstQuote is the sentence of an offending reply a reacting line quotes,
// while it may still be passed on, and takes it when take.
func (g *textGen) worstQuote(now Moment, take bool) string {
	if now != BadReply || g.worst == "" || g.quotedLast(g.worst) || g.worstQuoted >= maxWorstQuoted {
		return ""
	}
	if take {
		g.worstQuoted++
		g.lastQuote = g.worst
	}
	return g.worst
}

// quotedLast reports whether the last quoting bystander opened with this
// fragment (the same words, whatever their case or punctuation).
func (g *textGen) quotedLast(fragment string) bool {
	return g.lastQuote != "" && sayKey(fragment) == sayKey(g.lastQuote)
}

// claim marks a text as said this round, reporting false when it was
// already: an actor's own text may be a line a bystander or another actor
// has said ("... under fire after social media reply").
func (g *textGen) claim(text string) bool {
	k := sayKey(text)
	if g.said[k] {
		return false
	}
	g.said[k] = true
	return true
}

// reactionSection reports whether a case's section holds lines that react
// to the brand's reply: those for the replied, apology and bad moments
// (tied lines are added under theirs).
func reactionSection(sec string) bool {
	if !strings.HasPrefix(sec, "case.") {
		return false
	}
	return strings.HasSuffix(sec, "."+string(Replied)) || strings.HasSuffix(sec, "."+string(Apology)) ||
		strings.HasSuffix(sec, "."+string(BadReply))
}

// SpeaksOfCustomer reports whether a line speaks of the customer: it names
// her ({customer}, {handle}, her first name or her handle). Such a line is
// about her, not about the brand's words, so it is said without a quote of
// the brand's reply before it: "'Thanks for the kind words Dorien' Bit of
// a know-it-all tone from @dorien_deboef too" read as if the crowd turned
// the trainee's own words against her (playtest 16, P16-12).
func SpeaksOfCustomer(tmpl, name, handle string) bool {
	if strings.Contains(tmpl, "{customer}") || strings.Contains(tmpl, "{handle}") {
		return true
	}
	if handle = strings.TrimPrefix(handle, "@"); handle != "" && strings.Contains(strings.ToLower(tmpl), "@"+strings.ToLower(handle)) {
		return true
	}
	first, _, _ := strings.Cut(strings.TrimSpace(name), " ")
	if len([]rune(first)) < 2 {
		return false
	}
	for _, w := range strings.Fields(wordsOnly(tmpl)) {
		if w == first {
			return true
		}
	}
	return false
}

// reactionTag reports whether a generic line's tags make it a reaction to
// the brand's reply ("<replied> Who sent that?", "<good> Nicely
// handled"); "<fuss>" and "<desk>" lines speak of the affair, not of the
// reply's words.
func reactionTag(tags string) bool {
	for tags != "" {
		var tag string
		tag, tags, _ = strings.Cut(tags, ",")
		tag = strings.TrimSpace(tag)
		switch {
		case tag == "replied", tag == "bad", tag == "good", tag == "cold", tag == "apology", tag == "dm", tag == "once",
			strings.HasPrefix(tag, "has:"), strings.HasPrefix(tag, "lacks:"):
			return true
		}
	}
	return false
}

// moment is where the brand stands now, for the lines. It also notes
// what tagged lines presume beyond the moment: how long the customer has
// waited for a first answer, and the heat now.
func (m *Model) moment() Moment {
	if !m.replied && !math.IsInf(m.lastCustomer, -1) && m.text.askedAt < 0 {
		m.text.askedAt = m.lastCustomer
	}
	if m.text.askedAt >= 0 {
		m.text.waited = m.now - m.text.askedAt
	}
	m.text.heatNow = m.heatUntrimmed()
	m.text.customerWaits = m.waiting
	// the story's latest news: the customer's last post or the brand's
	// last public reply (before any reply, the time since the start)
	m.text.sinceNews = m.now - max(m.lastCustomer, m.lastRepl)
	return m.text.momentNow(m.replied, m.offended, m.goodLast)
}

// heatUntrimmed is Heat without trimming the window: the lines read the
// heat, they must not move the window under the model's own counts.
func (m *Model) heatUntrimmed() float64 {
	w, neg := &m.win, m.win.neg60
	for i := w.head60; i < len(w.at) && w.at[i] <= m.now-60; i++ {
		if w.tone[i] == Negative {
			neg--
		}
	}
	return m.perWatching(neg)
}

// putRight reports whether the brand's last public reply put the matter
// right and nothing has reopened it: the customer is not waiting for an
// answer again. Then the row is over for the lines: no memes or "same
// story here" of a row in progress (stir, open), critics say only what was
// written for after a reply, and other customers say first that it is
// being put right (playtest 16, P16-8: "Kan iemand hier snel een meme van
// maken?" the day after a 100/99 apology).
func (g *textGen) putRight() bool { return g.mended && !g.customerWaits }

// HeardOfApology tells the crowd that the brand has apologised where the
// crowd did not hear it (the customer posts "HEMA called me and
// apologised"): lines that say the brand never said sorry are no longer
// true.
func (m *Model) HeardOfApology() { m.text.apologised = true }

// Solved tells the crowd's lines that the story has told the customer's
// problem is fixed (the customer: "Signal is back in Fijnaart!"): lines
// that presume it still stands ("when is the mast fixed?", "hope they
// sort it out soon", tagged <unsolved>) are no longer true, and those
// that presume the fix (<solved>) are. A public reply that reported the
// fix done or booked (the rubric's resolved) answers the <unsolved> ones
// too.
func (m *Model) Solved() { m.text.solved = true }

// StoryUnsettled tells the crowd's lines that the story's verdict on the
// brand's last reply is that it did not put the matter right: the round
// has reached a bad ending, or one that is not good after a reply with no
// apology, no step and no move to DM or the phone. Bystanders then no
// longer praise that reply as a model ("That's how you answer a
// customer"), say it was mended ("a reply like that makes up for a lot")
// or thank the brand for an apology: beside "Decent, but vague" and
// "Right, and never proven right" they did (playtest 22, P22-4). The
// rubric may find a vague thanks warm; the story's ending is what the
// trainee is told the reply was worth.
func (m *Model) StoryUnsettled() {
	g := m.text
	g.warm, g.mended, g.apology = false, false, false
}

// ReactionLines are the generic lines that react to the brand's reply
// without quoting it ({quote}, {worst}) and without speaking of the
// customer (SpeaksOfCustomer): the game says each with a phrase of the
// reply before it. Their templates, without the moment tag; a line
// the pools also hold as one that is no reaction ("<fuss> The damage is
// done" beside "<bad> The damage is done") is left out, as a reader cannot
// tell which of the two was said.
func ReactionLines(lang string) []string {
	reacts, other := map[string]bool{}, map[string]bool{}
	var order []string
	for _, sec := range sortedPoolKeys(builtinPools(lang)) {
		for _, raw := range builtinPools(lang)[sec] {
			tag, tmpl := tagged(raw)
			switch {
			case strings.Contains(tmpl, "{quote}") || strings.Contains(tmpl, "{worst}"):
			case reactionTag(tag) && !SpeaksOfCustomer(tmpl, "", ""):
				if !reacts[tmpl] {
					order = append(order, tmpl)
				}
				reacts[tmpl] = true
			default:
				other[tmpl] = true
			}
		}
	}
	var out []string
	for _, tmpl := range order {
		if !other[tmpl] {
			out = append(out, tmpl)
		}
	}
	return out
}

func sortedPoolKeys(m map[string][]string) []string {
	keys := map[string]bool{}
	for k := range m {
		keys[k] = true
	}
	return sortedKeys(keys)
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	// insertion sort: a few dozen keys
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j] < out[j-1]; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}
