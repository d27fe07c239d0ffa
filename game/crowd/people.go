package crowd

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// makePeople builds the round's bystanders: names and handles in the
// styles people use.
func (g *textGen) makePeople() {
	first, last := g.builtin["names.first"], g.builtin["names.last"]
	if len(first) == 0 || len(last) == 0 {
		g.people = []person{{"Iemand", "iemand"}}
		return
	}
	g.people = make([]person, 0, 600)
	// First names are dealt from a shuffled pool, so that no two
	// bystanders of a round share one before every name has been used:
	// "Mia Jones" and "Mia" a few posts apart read as one person with two
	// accounts.
	order := g.rng.Perm(len(first))
	next := 0
	deal := func() string {
		f := first[order[next%len(order)]]
		next++
		return f
	}
	for range 600 {
		f, l := deal(), last[g.rng.IntN(len(last))]
		// a bystander named like the customer, or like another of the
		// case's people, reads as that person: take the next name
		for k := 0; k < len(first) && g.taken(f); k++ {
			f = deal()
		}
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

// fitPerson is p as the author of a line of stance st: a line of the press
// ("Trade press here: could I quote your tweet?") comes from someone whose
// profile says they write, not from "George | teacher". The bystander
// keeps their name and handle; a profile that says something else gives
// way to one of the press (names.press), the first by the name's length, so
// that no draw moves.
func (g *textGen) fitPerson(p person, st Stance) person {
	if st != Press {
		return p
	}
	name, bio, ok := strings.Cut(p.name, " | ")
	press := g.builtin["names.press"]
	if !ok || len(press) == 0 || slices.Contains(press, bio) {
		return p
	}
	p.name = name + " | " + press[len(name)%len(press)]
	return p
}

// PressProfile reports whether a bystander's display name ("Sam |
// journalist") carries the profile of someone who writes for the press,
// in language lang: the authors a line of the press needs (fitPerson).
func PressProfile(name, lang string) bool {
	_, bio, ok := strings.Cut(name, " | ")
	return ok && slices.Contains(builtinPools(lang)["names.press"], bio)
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

// taken reports a first name the case's own people carry: the customer's,
// or one reserved (ReserveNames).
func (g *textGen) taken(f string) bool {
	return strings.EqualFold(f, g.ctxArg[2]) || g.reserved[strings.ToLower(f)]
}

// firstName is a name's first word of letters, in lower case: "^Lotte" is
// "lotte", "– Marloes" is "marloes", "Tom, COO" is "tom".
func firstName(name string) string {
	start := strings.IndexFunc(name, unicode.IsLetter)
	if start < 0 {
		return ""
	}
	rest := name[start:]
	if end := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) }); end >= 0 {
		rest = rest[:end]
	}
	return strings.ToLower(rest)
}

// careDesks are the words with which a brand's account names its care
// desk rather than the company ("T-Mobile Webcare", "KPN Klantenservice").
var careDesks = []string{" webcare", " klantenservice", " customer service", " customer care", " support", " care"}

// CompanyName is the company a care desk's account answers for: bystanders
// speak of the company ("Is the T-Mobile network down again?"), not of its
// desk ("the T-Mobile Webcare network"). A name that is nothing but the
// desk stays as it is.
func CompanyName(brand string) string {
	low := strings.ToLower(brand)
	for _, d := range careDesks {
		if strings.HasSuffix(low, d) && len(strings.TrimSpace(brand[:len(brand)-len(d)])) > 0 {
			return strings.TrimSpace(brand[:len(brand)-len(d)])
		}
	}
	return brand
}
