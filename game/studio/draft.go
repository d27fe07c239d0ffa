package studio

import (
	"fmt"
	"regexp"
	"strings"
)

// Blank is a new case: the settings every case needs, filled in with the
// usual values, one decision and one ending, in both languages.
func Blank(id string) Pair {
	p := Pair{}
	for _, lang := range Languages {
		c := &Case{ID: id, Language: lang, Channel: "twitter", Difficulty: 1, SLAMinutes: 60, Duration: "1d",
			Customer: Customer{Mood: -0.5, Followers: 300}, Crowd: Crowd{Audience: 20000}}
		c.Decisions = []Decision{{ID: "eerste-reactie", At: "5m", AllowFreeText: true,
			Routes: []Route{{Next: "afloop"}}}}
		c.Endings = []Ending{{ID: "afloop", Kind: "mixed"}}
		p[lang] = c
	}
	return p
}

// ThreadOptions say whose replies in a pasted thread are the brand's.
type ThreadOptions struct {
	Lang        string // the thread's language: nl or en
	BrandHandle string // optional: the brand's handle or name in the thread
	ID          string
}

var nonID = regexp.MustCompile(`[^a-z0-9]+`)

func slug(s string) string {
	return strings.Trim(nonID.ReplaceAllString(strings.ToLower(s), "-"), "-")
}

// FromThread drafts a case from a pasted thread: the first author is the
// customer, the brand is the account they address (or BrandHandle), every
// other author a persona; the posts before the brand's first reply are
// the timeline, each brand reply becomes a decision whose one written
// choice is that reply, marked historical, and what follows the last one
// is the ending's posts. The other language gets the same structure with
// the texts still to translate.
func FromThread(posts []ThreadPost, o ThreadOptions) (Pair, error) {
	if len(posts) == 0 {
		return nil, errorf("no_posts")
	}
	lang := o.Lang
	if lang != "en" {
		lang = "nl"
	}
	brand := findBrand(posts, o.BrandHandle)
	cust := threadCustomer(posts, brand)
	p := Blank(draftID(posts, brand, o.ID))
	c := p[lang]
	c.Title = brandName(posts, brand) + ": " + short(cust.Text)
	c.Brand = Brand{Name: brandName(posts, brand), Handle: handleOf(posts, brand)}
	c.Customer.Name, c.Customer.Handle = firstWord(cust.Name, cust.Handle), cust.Handle
	c.Decisions, c.Endings, c.Actors = nil, nil, nil
	cast := &threadCast{brand: brand, customer: cust.author(), ids: map[string]string{}}
	after := draftDecisions(c, posts, cast)
	c.Actors = cast.actors
	c.Endings = []Ending{{ID: "afloop", Kind: "mixed", Posts: after, Text: placeholder[lang]["ending"]}}
	c.Debrief.WhatHappened = placeholder[lang]["what_happened"]
	chainDecisions(c.Decisions, "afloop")
	if c.Brand.Handle == "" && c.Brand.Name == "" {
		c.Brand.Name = "?"
	}
	p[other(lang)] = skeleton(c, other(lang))
	return p, nil
}

// threadCustomer is the thread's customer: the first author who is not
// the brand.
func threadCustomer(posts []ThreadPost, brand string) ThreadPost {
	cust := posts[0]
	if cust.author() == brand && len(posts) > 1 {
		for _, p := range posts {
			if p.author() != brand {
				return p
			}
		}
	}
	return cust
}

// draftID is the draft's id: the one asked for, else the brand's name as a
// slug.
func draftID(posts []ThreadPost, brand, asked string) string {
	if asked != "" {
		return asked
	}
	if b := slug(brandName(posts, brand)); b != "" {
		return b + "-draft"
	}
	return "draft"
}

// threadCast gives each author of a thread their part in the case: the
// brand, the customer, or a bystander who becomes an actor.
type threadCast struct {
	brand, customer string
	ids             map[string]string // author → actor id
	actors          []Actor
}

// of is who posts tp in the case: "brand", "customer" or an actor's id.
func (cast *threadCast) of(tp ThreadPost) string {
	switch a := tp.author(); {
	case a == cast.brand:
		return "brand"
	case a == cast.customer:
		return "customer"
	default:
		if id, ok := cast.ids[a]; ok {
			return id
		}
		// A neutral id: a handle in an id would survive pseudonymising.
		aid := fmt.Sprintf("persoon-%d", len(cast.ids)+1)
		cast.ids[a] = aid
		cast.actors = append(cast.actors, Actor{ID: aid, Kind: "bystander", Name: firstWord(tp.Name, tp.Handle), Handle: tp.Handle, Followers: 200})
		return aid
	}
}

// draftDecisions makes each brand reply a decision whose one written
// choice is that reply, marked historical, with the posts before it; the
// posts before the first are the case's timeline. It returns the posts
// after the last reply, which belong to the ending.
func draftDecisions(c *Case, posts []ThreadPost, cast *threadCast) []Post {
	var pending []Post // posts waiting for the next decision or the ending
	entered := 0.0     // when the current stretch began (scenario minutes)
	for _, tp := range posts {
		who := cast.of(tp)
		if who != "brand" {
			pending = append(pending, Post{At: minutes(tp.Minute - entered), By: who, Text: tp.Text})
			continue
		}
		n := len(c.Decisions) + 1
		d := Decision{ID: fmt.Sprintf("reactie-%d", n), At: minutes(max(1, tp.Minute-entered)), AllowFreeText: true,
			Choices: []Choice{{Text: tp.Text, Historical: true}}}
		if n == 1 {
			c.Posts = pending
		} else {
			d.Posts = pending
		}
		pending = nil
		c.Decisions = append(c.Decisions, d)
		entered = tp.Minute
	}
	if len(c.Decisions) == 0 {
		// No reply from the brand in the thread: one decision after the
		// posts, to write.
		c.Posts = pending
		c.Decisions = []Decision{{ID: "reactie-1", At: "5m", AllowFreeText: true}}
		if len(pending) > 0 {
			c.Decisions[0].At = minutes(float64(parseMinutes(pending[len(pending)-1].At)) + 5)
		}
		pending = nil
	}
	return pending
}

// chainDecisions leads every choice and route of each decision to the
// next one, and the last to the ending.
func chainDecisions(ds []Decision, ending string) {
	for i := range ds {
		d := &ds[i]
		next := ending
		if i+1 < len(ds) {
			next = ds[i+1].ID
		}
		for j := range d.Choices {
			d.Choices[j].Next = next
		}
		d.Routes = []Route{{Next: next}}
	}
}

// placeholder texts keep a draft playable until the author writes them.
var placeholder = map[string]map[string]string{
	"nl": {"ending": "Zo liep het in werkelijkheid af. (Schrijf hier wat er daarna gebeurde.)",
		"what_happened": "Dit gesprek komt uit een echte draad. (Schrijf hier wat er gebeurde en wat het team ervan leerde.)"},
	"en": {"ending": "This is how it really ended. (Write here what happened next.)",
		"what_happened": "This conversation comes from a real thread. (Write here what happened and what the team learnt.)"},
}

func other(lang string) string {
	if lang == "nl" {
		return "en"
	}
	return "nl"
}

// skeleton copies a case's structure into another language with its
// translated texts left empty (names, handles, ids and times stay).
func skeleton(c *Case, lang string) *Case {
	s := *c
	s.Language, s.Title, s.Summary, s.BasedOn = lang, "", "", ""
	s.Tags, s.Brand.Tone = nil, ""
	s.Debrief.WhatHappened, s.Debrief.Sources, s.Debrief.Tips, s.Debrief.HistoricalLabel = "", nil, nil, ""
	clearPosts := func(ps []Post) []Post {
		out := make([]Post, len(ps))
		for i, p := range ps {
			p.Text = ""
			out[i] = p
		}
		return out
	}
	s.Actors = append([]Actor(nil), c.Actors...)
	s.Posts = clearPosts(c.Posts)
	s.Decisions = make([]Decision, len(c.Decisions))
	for i, d := range c.Decisions {
		d.Prompt, d.Facts = "", ""
		d.Posts = clearPosts(d.Posts)
		cs := make([]Choice, len(d.Choices))
		for j, ch := range d.Choices {
			ch.Text, ch.Feedback = "", ""
			cs[j] = ch
		}
		d.Choices = cs
		d.Routes = append([]Route(nil), d.Routes...)
		s.Decisions[i] = d
	}
	s.Endings = make([]Ending, len(c.Endings))
	for i, e := range c.Endings {
		e.Title, e.Text, e.Outcome = "", "", ""
		e.Posts = clearPosts(e.Posts)
		s.Endings[i] = e
	}
	return &s
}

func minutes(m float64) Dur {
	if m < 0 {
		m = 0
	}
	return Dur(fmt.Sprintf("%dm", int(m+0.5)))
}

func parseMinutes(d Dur) int {
	var n int
	fmt.Sscanf(string(d), "%dm", &n)
	return n
}

// findBrand picks the brand's author key: the one given, else the account
// the first post addresses if it posts in the thread, else the second
// author.
func findBrand(posts []ThreadPost, given string) string {
	given = strings.ToLower(strings.TrimPrefix(strings.TrimSpace(given), "@"))
	authors := map[string]bool{}
	var order []string
	for _, p := range posts {
		a := p.author()
		if !authors[a] {
			authors[a] = true
			order = append(order, a)
		}
		if given != "" && (strings.ToLower(p.Handle) == given || strings.ToLower(p.Name) == given) {
			return a
		}
	}
	for _, m := range mentionRe.FindAllStringSubmatch(posts[0].Text, -1) {
		if authors[strings.ToLower(m[1])] && strings.ToLower(m[1]) != posts[0].author() {
			return strings.ToLower(m[1])
		}
	}
	if len(order) > 1 {
		return order[1]
	}
	return "\x00none"
}

var mentionRe = regexp.MustCompile(`@([A-Za-z0-9_]{1,30})`)

func brandName(posts []ThreadPost, brand string) string {
	for _, p := range posts {
		if p.author() == brand {
			if p.Name != "" {
				return p.Name
			}
			return p.Handle
		}
	}
	return ""
}

func handleOf(posts []ThreadPost, who string) string {
	for _, p := range posts {
		if p.author() == who {
			return p.Handle
		}
	}
	return ""
}

func firstWord(name, handle string) string {
	if f := strings.Fields(name); len(f) > 0 {
		return f[0]
	}
	return handle
}
