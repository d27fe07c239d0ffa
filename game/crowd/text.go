package crowd

import (
	"bufio"
	"embed"
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"sync"
	"unicode"
)

// The generated posts. Every bystander post gets an author, a handle and a
// text drawn from pools in the scenario's language (pools_nl.txt,
// pools_en.txt, embedded), by sentiment and phase: early on people ask what
// is going on, at the peak they pile on (#fail), when it calms down some
// defend the brand ("netjes opgelost"). A scenario adds its own lines with
// AddPool. Within a round a line does not come back until every line of its
// pool has been used; each line has three forms (plain, with an emoji or a
// hashtag, with a typo) so that even a long round reads like people.
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

type pool struct {
	ids  []int32
	deck []int32
	pos  int
}

type textGen struct {
	rng     *rand.Rand
	lang    string
	builtin map[string][]string
	added   map[string][]string
	ctx     *strings.Replacer
	dirty   bool

	lines  [][3]string
	used   []bool
	pools  map[string]*pool
	people []person
	ctxArg [4]string
}

func newTextGen(lang string, seed uint64) *textGen {
	g := &textGen{
		rng:     rand.New(rand.NewPCG(seed, 0x7e47)),
		lang:    lang,
		builtin: builtinPools(lang),
		added:   map[string][]string{},
		dirty:   true,
	}
	if lang == "nl" {
		g.setContext("het bedrijf", "bedrijf", "de klant", "klant")
	} else {
		g.setContext("the company", "company", "the customer", "customer")
	}
	return g
}

func (g *textGen) setContext(brand, brandHandle, customer, customerHandle string) {
	g.ctxArg = [4]string{brand, brandHandle, customer, customerHandle}
	tag := strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return -1
	}, brand)
	g.ctx = strings.NewReplacer("{brand}", brand, "{brandhandle}", brandHandle, "{customer}", customer,
		"{handle}", customerHandle, "{brandtag}", tag)
	g.dirty = true
}

func (g *textGen) addPool(negative, positive, neutral []string) {
	// A scenario's negative lines are about its offending reply (peak,
	// fading, and the peak lines that mix into calming); its positive lines
	// praise a good reply (calming); its neutral lines are onlookers.
	add := func(lines []string, secs ...string) {
		for _, sec := range secs {
			g.added[sec] = append(g.added[sec], lines...)
		}
	}
	add(negative, "negative.peak", "negative.fading")
	add(positive, "positive.calming")
	add(neutral, "neutral.early", "neutral.peak", "neutral.fading")
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
}

// build expands every pool for the current context. A line that appears in
// several pools (a scenario line added to every phase) has one id, so it is
// used at most once per cycle across them.
func (g *textGen) build() {
	g.dirty = false
	g.lines, g.used = g.lines[:0], g.used[:0]
	g.pools = map[string]*pool{}
	byText := map[string]int32{}
	secs := map[string]bool{}
	for s := range g.builtin {
		secs[s] = true
	}
	for s := range g.added {
		secs[s] = true
	}
	for _, sec := range sortedKeys(secs) {
		tone, ok := decorate[sec]
		if !ok && !strings.HasPrefix(sec, "actor.") {
			continue // names, emoji, hashtags, generic actors: not text pools
		}
		p := &pool{}
		for _, src := range [][]string{g.builtin[sec], g.added[sec]} {
			for _, tmpl := range src {
				t := g.ctx.Replace(tmpl)
				id, seen := byText[t]
				if !seen {
					id = int32(len(g.lines))
					byText[t] = id
					v := [3]string{t, t, t}
					if ok {
						v[1] = g.adorn(t, tone)
						// the slip is made in the template, so names
						// and handles stay intact
						v[2] = g.ctx.Replace(g.typo(tmpl))
					}
					g.lines = append(g.lines, v)
					g.used = append(g.used, false)
				}
				p.ids = append(p.ids, id)
			}
		}
		p.deck = append([]int32(nil), p.ids...)
		p.pos = len(p.deck) // shuffle on first draw
		g.pools[sec] = p
	}
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

// draw takes the next unused line of a section, falling back to the
// section's peak and then to any negative line when it is empty.
func (g *textGen) draw(sec string) string {
	if g.dirty {
		g.build()
	}
	p := g.pools[sec]
	if p == nil || len(p.ids) == 0 {
		if i := strings.IndexByte(sec, '.'); i > 0 && sec[i+1:] != "peak" {
			return g.draw(sec[:i] + ".peak")
		}
		if sec != "negative.peak" {
			return g.draw("negative.peak")
		}
		return ""
	}
	for range 2 * len(p.deck) {
		if p.pos >= len(p.deck) {
			g.rng.Shuffle(len(p.deck), func(i, j int) { p.deck[i], p.deck[j] = p.deck[j], p.deck[i] })
			p.pos = 0
		}
		id := p.deck[p.pos]
		p.pos++
		if !g.used[id] {
			g.used[id] = true
			return g.lines[id][g.form()]
		}
		if p.pos == len(p.deck) && g.allUsed(p) {
			// every line of this pool has been said: a new cycle
			for _, id := range p.ids {
				g.used[id] = false
			}
		}
	}
	id := p.deck[g.rng.IntN(len(p.deck))]
	return g.lines[id][g.form()]
}

func (g *textGen) allUsed(p *pool) bool {
	for _, id := range p.ids {
		if !g.used[id] {
			return false
		}
	}
	return true
}

// form picks plain (half the time), adorned or with a typo.
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
	if tone == "" {
		return t
	}
	if g.rng.IntN(2) == 0 || strings.Contains(t, "#") {
		if em := g.builtin["emoji."+tone]; len(em) > 0 {
			return t + " " + em[g.rng.IntN(len(em))]
		}
	}
	if tags := g.builtin["hashtags."+tone]; len(tags) > 0 {
		return t + " " + g.ctx.Replace(tags[g.rng.IntN(len(tags))])
	}
	return t
}

// typo makes one slip of the thumb: two letters swapped in a longer word,
// or a lower-case start.
func (g *textGen) typo(t string) string {
	words := strings.Split(t, " ")
	var cand []int
	for i, w := range words {
		if len(w) >= 5 && isPlainWord(w) {
			cand = append(cand, i)
		}
	}
	if len(cand) == 0 || g.rng.IntN(4) == 0 {
		if r := []rune(t); len(r) > 0 && unicode.IsUpper(r[0]) {
			r[0] = unicode.ToLower(r[0])
			return string(r)
		}
		return t
	}
	i := cand[g.rng.IntN(len(cand))]
	b := []byte(words[i])
	j := 1 + g.rng.IntN(len(b)-2)
	b[j], b[j+1] = b[j+1], b[j]
	words[i] = string(b)
	return strings.Join(words, " ")
}

func isPlainWord(w string) bool {
	for _, r := range w {
		if r > unicode.MaxASCII || !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// makePeople builds the round's bystanders: names and handles in the
// styles people use.
func (g *textGen) makePeople() {
	first, last := g.builtin["names.first"], g.builtin["names.last"]
	if len(first) == 0 || len(last) == 0 {
		g.people = []person{{"Iemand", "iemand"}}
		return
	}
	g.people = make([]person, 0, 600)
	for range 600 {
		f, l := first[g.rng.IntN(len(first))], last[g.rng.IntN(len(last))]
		fh, lh := handlePart(f), handlePart(l)
		short := l
		if i := strings.LastIndexByte(l, ' '); i >= 0 {
			short = l[i+1:]
		}
		var p person
		switch g.rng.IntN(7) {
		case 0:
			p = person{f + " " + l, fh + lh}
		case 1:
			p = person{f + " " + l, fh + "_" + lh}
		case 2:
			p = person{f, fh + strconv.Itoa(70+g.rng.IntN(36))}
		case 3:
			p = person{f + " " + short[:1] + ".", fh + "_" + strings.ToLower(short[:1])}
		case 4:
			p = person{strings.ToLower(f), fh + "x" + strconv.Itoa(1+g.rng.IntN(99))}
		case 5:
			p = person{f + " " + l, string(fh[0]) + lh + strconv.Itoa(1+g.rng.IntN(9))}
		default:
			p = person{f + " | " + g.hobby(), fh + "_" + g.hobbyTag()}
		}
		g.people = append(g.people, p)
	}
}

func (g *textGen) hobby() string {
	if h := g.builtin["names.bio"]; len(h) > 0 {
		return h[g.rng.IntN(len(h))]
	}
	return "👀"
}

func (g *textGen) hobbyTag() string {
	tags := []string{"nl", "020", "010", "online", "x", "tweets", "zegt"}
	return tags[g.rng.IntN(len(tags))]
}

// handlePart folds a name to a handle: lower case ASCII letters only.
func handlePart(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
		case strings.ContainsRune("áàäâ", r):
			b.WriteByte('a')
		case strings.ContainsRune("éèëê", r):
			b.WriteByte('e')
		case strings.ContainsRune("íìïî", r):
			b.WriteByte('i')
		case strings.ContainsRune("óòöô", r):
			b.WriteByte('o')
		case strings.ContainsRune("úùüû", r):
			b.WriteByte('u')
		}
	}
	if b.Len() == 0 {
		return "x"
	}
	return b.String()
}

// post is the author, handle and text of a bystander post.
//
// Before the brand has replied, negative bystanders side with the customer
// ("negative.before"). When the brand has replied but never offended,
// negative bystanders grumble about the service ("negative.unoffended": you
// need Twitter to get help) rather than about a reply. After an offending
// reply they react to it by phase; a conversation that calms down without a
// good reply from the brand "fades" (grumbles, no "netjes opgelost"). Once
// there is outrage, three posts in ten outside the peak come from the
// peak's pool: some people are still sharing it, and the round gets more
// different lines.
func (g *textGen) post(kind Kind, s Sentiment, ph Phase, replied, good, offended bool) (string, string, string) {
	if g.people == nil {
		g.makePeople()
	}
	p := g.people[g.rng.IntN(len(g.people))]
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
		sec = "complaint"
	case s == Negative && !replied:
		sec = "negative.before"
	case s == Negative && !offended:
		sec = "negative.unoffended"
	case ph == PhaseCalming && !good:
		sec = tone + ".fading"
	case ph == PhasePeak && !offended:
		sec = tone + ".early" // no outrage to pile on or to defend against
	default:
		sec = tone + "." + string(ph)
	}
	if offended && ph != PhasePeak && kind != KindComplaint && g.rng.Float64() < 0.3 {
		sec = tone + ".peak"
	}
	return p.name, p.handle, g.draw(sec)
}

// customer is the customer's own post for her mood.
func (g *textGen) customer(mood float64, waiting, thanks bool) (string, string, string) {
	sec := "customer.neutral"
	switch {
	case thanks || mood >= 0.3:
		sec = "customer.thanks"
	case mood <= -0.2 && waiting:
		sec = "customer.waiting"
	case mood <= -0.2:
		sec = "customer.angry"
	}
	return g.ctxArg[2], g.ctxArg[3], g.draw(sec)
}

// actorText is the text of an actor that brought none.
func (g *textGen) actorText(k Kind) string { return g.draw("actor." + string(k)) }

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
	a.Name, a.Handle = strings.TrimSpace(f[0]), strings.TrimSpace(f[1])
	if _, err := fmt.Sscan(strings.TrimSpace(f[2]), &a.Followers); err != nil {
		a.Followers = 5000
	}
	a.Text = g.ctx.Replace(strings.TrimSpace(f[3]))
	return a
}
