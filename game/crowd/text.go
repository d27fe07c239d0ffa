package crowd

import (
	"bufio"
	"embed"
	"math/rand/v2"
	"strings"
	"sync"
	"unicode"
)

// The generated posts. Every bystander post gets an author, a handle and a
// text drawn from pools in the scenario's language (pools_nl.txt,
// pools_en.txt, embedded), by sentiment and phase: early on people ask what
// is going on, at the peak they pile on (#fail), when it calms down some
// defend the brand ("netjes opgelost"). A scenario adds its own lines with
// AddPool. Within a round a line is said at most once, also a line that
// quotes the reply (with another reply's words it still reads as the same
// line); each line has three forms (plain, with an emoji or a
// hashtag) so that even a long round reads like people. No slips of the
// thumb: trainees read "perosn" as a bug of the game, not as a person.
//
// The texts are drawn from their own random stream, separate from the
// process: adding lines to a pool changes what people say, never how many
// post or when. Lines are expanded once per context, so a post costs no
// allocation.

//go:embed pools_nl.txt pools_en.txt
var poolFiles embed.FS

var (
	parsedMu sync.Mutex
	parsed   = map[string]map[string][]string{}
)

// builtinPools returns the sections of the language's pool file.
func builtinPools(lang string) map[string][]string {
	if lang != "nl" {
		lang = "en"
	}
	parsedMu.Lock()
	defer parsedMu.Unlock()
	if p, ok := parsed[lang]; ok {
		return p
	}
	b, err := poolFiles.ReadFile("pools_" + lang + ".txt")
	if err != nil {
		panic(err) // embedded: cannot happen
	}
	p := parsePools(string(b))
	parsed[lang] = p
	return p
}

// parsePools reads "[section]" headers and one line per entry; blank lines
// and lines starting with "#" followed by a space are comments ("#fail" is
// a line).
func parsePools(s string) map[string][]string {
	out := map[string][]string{}
	sec := ""
	sc := bufio.NewScanner(strings.NewReader(s))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || strings.HasPrefix(line, "# ") || line == "#":
		case strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]"):
			sec = line[1 : len(line)-1]
		default:
			out[sec] = append(out[sec], line)
		}
	}
	return out
}

type person struct{ name, handle string }

// line is one line of a pool: its template (moment tag removed, adapted to
// the channel), and for a line without reply-dependent placeholders its
// forms (plain, adorned, plain again) expanded for the context.
type line struct {
	tmpl  string
	tag   string
	dyn   bool // {quote}, {worst} or {agent}: expanded when it is said
	forms [3]string
	tone  string
	// lazy: the forms are made when the line is first drawn, with the
	// decoration chosen at build (decorated, adornment). Most lines of a
	// round are never said, and a round replayed over many worlds says
	// hardly any.
	lazy, decorated bool
	adornment       adornment
	// reacts: the line reacts to the brand's reply (a case's line for the
	// replied, apology or bad moment, or a generic one tagged for a reply)
	// without quoting it itself; it is said with a phrase of the reply
	// before it, and not at all when the reply has no phrase left
	reacts bool
	// mocks: a joker's line, which makes fun of what it quotes; it quotes
	// the reply as a critic does (quoteTone), never a phrase the rubric
	// found good
	mocks bool
}

// pool is a section's lines in the round's order; lines before pos have
// been said.
type pool struct {
	ids []int32
	pos int
}

type textGen struct {
	// ownStory: the post being worded is another customer's own complaint
	// (words), which the meter leaves out: it does not answer a rude reply
	// ("0 of 5 against you" beside one that did, playtest 29).
	ownStory bool
	rng      *rand.Rand
	lang     string
	channel  string
	fits     func(string) bool // the channel's words (SetChannel)
	builtin  map[string][]string
	added    map[string][]string
	ctx      *strings.Replacer
	// ctxPlain: no word of the context has a "{" or a "#" (see
	// onlyContextPlaceholders)
	ctxPlain bool
	dirty    bool

	lines      []line
	pools      map[string]*pool
	said       map[string]bool // sayKey of every line said this round
	people     []person
	nextPerson int // the next of people to post
	ctxArg     [4]string
	// customerName is the customer's name as the case gives it ("" until
	// it does)
	customerName string
	// reserved are the first names the case's own people carry (folded):
	// no bystander takes one, or "Lotte de Wit" reads as the agent who
	// signs ^Lotte.
	reserved map[string]bool

	// what the brand last said in public (heard), and how often
	// bystanders have quoted it
	agent, quote, worst string
	apology, lastBad    bool
	apologised          bool // a public reply of the brand's apologised this round
	replies             int  // the brand's public replies heard so far
	quoted, worstQuoted int
	// phrases of the brand's last public reply that a line reacting to it
	// quotes, in turn (Stimulus.Phrases); nextPhrase counts the quotes
	// (see phraseUses)
	phrases     []string
	phraseTones []int
	nextPhrase  int
	// quoteTone is what the rubric found in quote, as a phrase's tone
	// (known only when phraseTones is)
	quoteTone int
	// sinceReply: minutes since the brand's last public reply, for the
	// post being written (quiet)
	sinceReply float64
	// sinceNews: minutes since the customer's or the brand's last post
	// (news)
	sinceNews float64
	// askedAt: when the customer's first post the brand has not answered
	// went up (-1: none yet); waited: minutes since then; heatNow: the
	// crowd's heat when the line is drawn (see Model.moment)
	askedAt, waited, heatNow float64
	// lastQuote is the fragment the last quoting bystander opened with:
	// the next one quotes another
	lastQuote string

	// warm: the brand's last public reply was one bystanders can praise
	warm bool
	// mended: that reply also put the matter right: warm, with an apology,
	// a concrete step or a move to DM or the phone (the model's good
	// reply, response.go); customerWaits: the customer is waiting for an
	// answer again since (she posted unhappy, or a decision went by in
	// silence), so what the brand said has not settled it (see putRight)
	mended, customerWaits bool
	// metBefore: the findings of every public reply this round, in order
	// (Stimulus.Meets), for the lines tagged with them; findsRule reads
	// the tags (SetFindsRule)
	metBefore []func(string) bool
	findsRule FindsRule
	// slow: the brand took long to say what it last said (see heard)
	slow bool
	// private: the brand's last public reply took it to DM or the phone;
	// offended: a reply of the brand's offended or was cold this round
	private, offended bool
	// ownCustomers: the case writes its own fellow customers' stories
	// (build), so the generic ones, which presume a help desk, are not said
	ownCustomers bool

	// praise: the customer's post praises the brand (set by New from the opening mood), so the
	// generic lines are those of a praise case (praiseSection)
	praise bool
	solved bool // the story has told the customer's problem is fixed (Solved)
}

// How often bystanders quote one reply: a phrase of it once (two people
// in a row quoting the same thanks reads like a machine), the sentence
// that offended a few times (people do pass an outrageous sentence on).
const (
	maxQuoted      = 1
	maxWorstQuoted = 3
)

func newTextGen(lang string, seed uint64) *textGen {
	g := &textGen{
		rng:     rand.New(rand.NewPCG(seed, 0x7e47)),
		lang:    lang,
		builtin: builtinPools(lang),
		added:   map[string][]string{},
		said:    map[string]bool{},
		dirty:   true,
		askedAt: -1,
	}
	if lang == "nl" {
		g.setContext("het bedrijf", "bedrijf", "de klant", "klant")
	} else {
		g.setContext("the company", "company", "the customer", "customer")
	}
	g.customerName = "" // "the customer" names nobody (SpeaksOfCustomer)
	return g
}

func (g *textGen) setContext(brand, brandHandle, customer, customerHandle string) {
	brand = CompanyName(brand)
	g.ctxArg = [4]string{brand, brandHandle, customer, customerHandle}
	g.customerName = customer
	tag := strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return -1
	}, brand)
	g.ctx = strings.NewReplacer("{brand}", brand, "{brandhandle}", brandHandle, "{customer}", customer,
		"{handle}", customerHandle, "{brandtag}", tag)
	g.ctxPlain = !strings.ContainsAny(brand+brandHandle+customer+customerHandle+tag, "{#")
	g.dirty = true
}

// speaksOfCustomer is SpeaksOfCustomer for the case's customer.
func (g *textGen) speaksOfCustomer(tmpl string) bool {
	if g.customerName == "" {
		return SpeaksOfCustomer(tmpl, "", "")
	}
	return SpeaksOfCustomer(tmpl, g.customerName, g.ctxArg[3])
}

// addPool adds a case's lines in the older form: negative lines are
// critics' words about an offending reply, positive lines praise a good
// reply, neutral lines are onlookers'.
func (g *textGen) addPool(negative, positive, neutral []string) {
	g.added["case.critic.bad"] = append(g.added["case.critic.bad"], negative...)
	g.added["case.supporter.apology"] = append(g.added["case.supporter.apology"], positive...)
	g.added["case.onlooker.any"] = append(g.added["case.onlooker.any"], neutral...)
	g.dirty = true
}

// decorated sections and the tone of their decorations
var decorate = map[string]string{
	"negative.early": "negative", "negative.peak": "negative", "negative.calming": "negative",
	"positive.early": "positive", "positive.peak": "positive", "positive.calming": "positive",
	"neutral.early": "neutral", "neutral.peak": "neutral", "neutral.calming": "neutral",
	"negative.before": "negative", "complaint": "negative", "negative.unoffended": "negative",
	"negative.fading": "negative", "positive.fading": "positive", "neutral.fading": "neutral", "customer.waiting": "negative", "customer.angry": "negative",
	"customer.neutral": "", "customer.thanks": "positive",
	"joker": "neutral", "press": "", "quote.critic": "negative", "quote.supporter": "positive",
	"praise.negative": "negative", "praise.positive": "positive", "praise.neutral": "neutral",
	"complaint.mended": "positive", "praise.complaint": "neutral", "praise.joker": "neutral", "praise.press": "",
}

// stanceTone is the tone of a case's lines by stance.
// Another customer's own story is left as the case wrote it: a "#fail" or
// a 👎 after "the team was lovely about it", or after the brand has put
// this case right, reads as a verdict on the trainee's reply (playtest 16,
// P16-17).
var stanceTone = map[Stance]string{Critic: "negative", Supporter: "positive", Joker: "neutral",
	FellowCustomer: "", Press: "", Onlooker: "neutral"}

// channelised adapts a template to the channel: on Facebook people name
// each other rather than @-mention.
func (g *textGen) channelised(tmpl string) string {
	if g.channel == "facebook" {
		tmpl = strings.ReplaceAll(tmpl, "@{handle}", "{customer}")
		tmpl = strings.ReplaceAll(tmpl, "@{brandhandle}", "{brand}")
	}
	return tmpl
}

// build expands every pool for the current context, leaving out the lines
// that do not fit the channel, and shuffles each pool into the round's
// order. What has been said stays said (the keys in g.said).
func (g *textGen) build() {
	g.dirty = false
	g.lines = g.lines[:0]
	if n := g.poolLines(); cap(g.lines) < n {
		g.lines = make([]line, 0, n)
	}
	g.pools = map[string]*pool{}
	secs := map[string]bool{}
	for s := range g.builtin {
		secs[s] = true
	}
	g.ownCustomers = false
	for s, lines := range g.added {
		secs[s] = true
		if strings.HasPrefix(s, "case."+string(FellowCustomer)+".") && len(lines) > 0 {
			g.ownCustomers = true
		}
	}
	for _, sec := range sortedKeys(secs) {
		tone, ok := decorate[sec]
		if strings.HasPrefix(sec, "case.") {
			st, _, _ := strings.Cut(sec[len("case."):], ".")
			tone, ok = stanceTone[Stance(st)], true
		}
		if !ok && !strings.HasPrefix(sec, "actor.") {
			continue // names, emoji, hashtags, generic actors: not text pools
		}
		p := &pool{}
		for k, src := range [][]string{g.builtin[sec], g.added[sec]} {
			for _, raw := range src {
				tag, tmpl := tagged(raw)
				tmpl = g.channelised(tmpl)
				if k == 0 && !hashtagsFit(g.channel) {
					tmpl = withoutHashtags(tmpl) // the generic "#fail"; a case's own hashtags stay
				}
				if g.fits != nil && !g.fits(tmpl) {
					continue
				}
				quotes := strings.Contains(tmpl, "{quote}") || strings.Contains(tmpl, "{worst}")
				l := line{tmpl: tmpl, tag: tag, tone: tone, mocks: jokerSection(sec),
					dyn:    quotes || strings.Contains(tmpl, "{agent}"),
					reacts: !quotes && (reactionSection(sec) || reactionTag(tag)) && !g.speaksOfCustomer(tmpl)}
				switch {
				case l.dyn:
				case g.ctxPlain && onlyContextPlaceholders(tmpl):
					// the same draws as expand, in the same order; the
					// strings wait for draw
					l.lazy, l.decorated = true, ok
					if ok {
						l.adornment = g.pickAdornment(tone, strings.Contains(tmpl, "#"))
					}
				default:
					l.forms = g.expand(tmpl, tone, ok)
				}
				p.ids = append(p.ids, int32(len(g.lines)))
				g.lines = append(g.lines, l)
			}
		}
		g.rng.Shuffle(len(p.ids), func(i, j int) { p.ids[i], p.ids[j] = p.ids[j], p.ids[i] })
		g.pools[sec] = p
	}
}

// poolLines is how many lines the pools hold at most, to size g.lines.
func (g *textGen) poolLines() int {
	n := 0
	for _, lines := range g.builtin {
		n += len(lines)
	}
	for _, lines := range g.added {
		n += len(lines)
	}
	return n
}

// draw says the next line of a section that fits the moment and has not
// been said this round, or "" when there is none.
func (g *textGen) draw(sec string, now Moment) string {
	if g.dirty {
		g.build()
	}
	sec, mendedOnly := strings.CutSuffix(sec, onlyMended)
	p := g.pools[sec]
	if p == nil {
		return ""
	}
	for i := p.pos; i < len(p.ids); i++ {
		l := &g.lines[p.ids[i]]
		if !g.tagFits(l.tag, now) || (l.dyn && !g.fitsMoment(l.tmpl, l.quoteTone(), now)) || (mendedOnly && !hasTag(l.tag, "mended")) {
			continue // may fit later
		}
		quotes, worst := l.dyn && strings.Contains(l.tmpl, "{quote}"), l.dyn && strings.Contains(l.tmpl, "{worst}")
		if (quotes && g.quoted >= maxQuoted) || (worst && g.worstQuoted >= maxWorstQuoted) {
			continue // this reply has been quoted enough; the next may be
		}
		if l.reacts && now != Silent && g.reactionQuote(now, false, l.quoteTone()) == "" {
			continue // nothing of this reply left to quote; the next reply may have
		}
		if g.ownStory && now == BadReply && (l.reacts || quotes || worst) {
			continue // a complaint of one's own does not answer the reply
		}
		if l.dyn && g.said[templateKey(l.tmpl)] {
			// the same words around another phrase: said, from another
			// section that holds the line too
			p.ids[p.pos], p.ids[i] = p.ids[i], p.ids[p.pos]
			p.pos++
			continue
		}
		if l.lazy {
			l.forms, l.lazy = g.lazyForms(l), false
		}
		forms, quote := l.forms, g.quote
		if quotes {
			quote = g.quoteFor(l.quoteTone(), true)
		}
		if l.dyn {
			forms = g.expandQuoting(l.tmpl, l.tone, quote)
		}
		key := sayKey(forms[0])
		if g.said[key] {
			if !l.dyn {
				p.ids[p.pos], p.ids[i] = p.ids[i], p.ids[p.pos]
				p.pos++
			}
			continue
		}
		g.said[key] = true
		if l.dyn {
			g.said[templateKey(l.tmpl)] = true
		}
		if quotes {
			g.quoted++
			g.lastQuote = quote
		}
		if worst {
			g.worstQuoted++
			g.lastQuote = g.worst
		}
		// said once and for all, also a line that quotes the reply: the
		// same words around another reply's phrase read as the same line
		// again ("'Wat wil je nou?' Dat is het?" and later "'Heel veel
		// succes.' Dat is het?")
		p.ids[p.pos], p.ids[i] = p.ids[i], p.ids[p.pos]
		p.pos++
		if l.reacts && now != Silent {
			return "\"" + g.reactionQuote(now, true, l.quoteTone()) + "\" " + forms[g.form()]
		}
		return forms[g.form()]
	}
	return ""
}

// templateKey is what makes two lines that quote the reply the same
// line: their words around the quote.
func templateKey(tmpl string) string {
	return "\x00" + sayKey(strings.NewReplacer("{quote}", " ", "{worst}", " ", "{agent}", " ").Replace(tmpl))
}

// lazyForms makes a lazy line's forms as expand would have made them at
// build: the template filled with the context (which has not changed since,
// or the pools would have been built again), and the adornment drawn then.
func (g *textGen) lazyForms(l *line) [3]string {
	t := g.fill(l.tmpl)
	v := [3]string{t, t, t}
	if l.decorated {
		v[1] = g.withAdornment(t, l.tone, l.adornment)
	}
	return v
}

// contextPlaceholders are the placeholders setContext fills.
var contextPlaceholders = []string{"{brand}", "{brandhandle}", "{customer}", "{handle}", "{brandtag}"}

// onlyContextPlaceholders reports whether every "{" of a template opens a
// placeholder of the context. Then, with a context whose words have no "{"
// and no "#" (ctxPlain), the filled text is the same whenever it is filled
// and has a hashtag exactly when the template has one, so its forms can
// wait until the line is said.
func onlyContextPlaceholders(tmpl string) bool {
	for i := strings.IndexByte(tmpl, '{'); i >= 0; i = strings.IndexByte(tmpl, '{') {
		tmpl = tmpl[i:]
		n := 0
		for _, p := range contextPlaceholders {
			if strings.HasPrefix(tmpl, p) {
				n = len(p)
				break
			}
		}
		if n == 0 {
			return false
		}
		tmpl = tmpl[n:]
	}
	return true
}

// hasTag reports whether a line's comma-separated tags hold tag.
func hasTag(tags, tag string) bool {
	for _, t := range strings.Split(tags, ",") {
		if strings.TrimSpace(t) == tag {
			return true
		}
	}
	return false
}
