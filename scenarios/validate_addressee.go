package scenarios

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
)

// An ending is read after the reply that led there, and most endings are
// written for the customer's own story: "a fair complaint got Marieke a
// snappy answer", her post "this is what I get back". Some decisions answer
// someone else: a second customer (Gerrit, Rick), a fan, a member who
// cancels (reply_to pointing at an actor's post). A round that snaps at
// Gerrit and reaches that ending reads that Marieke got the snap, and the
// trainee reads that the game misread what they did (the lead, 7 December
// 2026: the Zitcomfort case).
//
// addressees warns about every text an ending can show on a way in from
// such a decision that speaks of the customer (names her, or is her own
// post) and does not name the one the reply went to, unless a variant for
// that way (after = [that decision]) tells it. And since variants are
// tried in order, it warns about a variant written for such a decision
// (naming its actor) that also holds on a later way in, because that
// decision came before: the later decision's variant must come first.

// ReplyActor is the actor the reply at d goes to: the author of the post
// its reply_to points at, when that is an actor; nil when the reply goes to
// the customer.
func (s *Scenario) ReplyActor(d *Decision) *Actor {
	if d.Reply < 1 || d.Reply > len(d.Posts) {
		return nil
	}
	a, ok := s.Actor(d.Posts[d.Reply-1].By)
	if !ok {
		return nil
	}
	return a
}

// endingWay is one way a round enters an ending: from decision from, by a
// published reply or action (reply) or by its silence, directly or by the
// turn of another ending (turned).
type endingWay struct {
	from   *Decision
	actor  *Actor // whom the reply at from goes to; nil: the customer
	reply  bool
	turned string
}

// shownText is a text an ending can show on a way in, with the variant
// that wrote it (nil: the ending's or the post's own).
type shownText struct {
	field string
	text  string
	post  *Post // the post it belongs to; nil: the ending's story
	own   *Variant
}

const (
	addresseeFormat = "is about %s, but a round also gets here from decision %q, whose reply goes to %s: " +
		"give this text a variant with after = [%q], before any other that holds on that way, that tells what happened to %s (or name %s in it)"
	addresseeOrderFormat = "is written for the reply to %s at decision %q, but it also holds on the way in from decision %q, " +
		"which comes after it: put a variant with after = [%q] before this one"
)

func (v *validator) addressees() {
	sc := v.sc
	before := v.comesBefore()
	ways := map[string][]endingWay{}
	for i := range sc.Decisions {
		d := &sc.Decisions[i]
		actor := sc.ReplyActor(d)
		byReply := map[string]bool{}
		for _, c := range d.Choices {
			byReply[c.Next] = true
		}
		for _, r := range d.Routes {
			byReply[r.Next] = true
		}
		for _, a := range d.Actions {
			if a.Next != "" {
				byReply[a.Next] = true
			}
		}
		add := func(to string, reply bool) {
			e, ok := sc.Ending(to)
			if !ok {
				return
			}
			ways[to] = append(ways[to], endingWay{from: d, actor: actor, reply: reply})
			for _, t := range e.Turns {
				if t.Next != to {
					ways[t.Next] = append(ways[t.Next], endingWay{from: d, actor: actor, reply: reply, turned: to})
				}
			}
		}
		added := map[string]bool{}
		for _, id := range targets(d) {
			if id != "" && byReply[id] && !added[id] {
				added[id] = true
				add(id, true)
			}
		}
		if d.OnTimeout != "" && !byReply[d.OnTimeout] {
			add(d.OnTimeout, false)
		}
	}
	warned := map[string]bool{}
	for i := range sc.Endings {
		e := &sc.Endings[i]
		path := fmt.Sprintf("ending[%d]", i+1)
		for _, w := range ways[e.ID] {
			for _, st := range v.shownOnWay(path, e, w, before[w.from.ID]) {
				v.judgeShown(st, w, before, warned)
			}
		}
	}
}

// comesBefore is, for every decision, the decisions a round may have
// entered before it (itself included).
func (v *validator) comesBefore() map[string]map[string]bool {
	back := map[string][]string{}
	for i := range v.sc.Decisions {
		d := &v.sc.Decisions[i]
		for _, to := range targets(d) {
			if to != "" {
				back[to] = append(back[to], d.ID)
			}
		}
	}
	out := map[string]map[string]bool{}
	for _, d := range v.sc.Decisions {
		seen := map[string]bool{d.ID: true}
		stack := []string{d.ID}
		for len(stack) > 0 {
			id := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			for _, p := range back[id] {
				if !seen[p] {
					seen[p] = true
					stack = append(stack, p)
				}
			}
		}
		out[d.ID] = seen
	}
	return out
}

// shownOnWay lists the texts ending e can show on way w: for its story and
// each post (a turned ending's posts are not scheduled), the variants that
// can hold on the way in order, up to the first that holds whenever it is
// taken (after = [the decision], nothing else asked), then its own text.
func (v *validator) shownOnWay(path string, e *Ending, w endingWay, before map[string]bool) []shownText {
	canHold := func(va *Variant) bool {
		if len(va.After) == 0 {
			return true
		}
		return slices.ContainsFunc(va.After, func(id string) bool { return id == e.ID || id == w.turned || before[id] })
	}
	always := func(va *Variant) bool {
		return slices.Contains(va.After, w.from.ID) && len(VariantTags(va.If)) == 0 && len(va.Says) == 0 &&
			len(va.Said) == 0 && !va.Failed && va.Crowd.Empty()
	}
	var out []shownText
	storyDone := false
	for k := range e.Variants {
		va := &e.Variants[k]
		if !canHold(va) {
			continue
		}
		vp := fmt.Sprintf("%s.variant[%d]", path, k+1)
		out = append(out, shownText{field: vp + ".text", text: va.Text, own: va})
		if va.Title != "" {
			out = append(out, shownText{field: vp + ".title", text: va.Title, own: va})
		} else {
			out = append(out, shownText{field: path + ".title", text: e.Title})
		}
		if va.Outcome != "" {
			out = append(out, shownText{field: vp + ".outcome", text: va.Outcome, own: va})
		} else {
			out = append(out, shownText{field: path + ".outcome", text: e.Outcome})
		}
		if always(va) {
			storyDone = true
			break
		}
	}
	if !storyDone {
		out = append(out, shownText{field: path + ".text", text: e.Text}, shownText{field: path + ".title", text: e.Title},
			shownText{field: path + ".outcome", text: e.Outcome})
	}
	if w.turned != "" {
		return out
	}
	for j := range e.Posts {
		p := &e.Posts[j]
		pp := fmt.Sprintf("%s.post[%d]", path, j+1)
		done := false
		for k := range p.Variants {
			va := &p.Variants[k]
			if !canHold(va) {
				continue
			}
			out = append(out, shownText{field: fmt.Sprintf("%s.variant[%d].text", pp, k+1), text: va.Text, post: p, own: va})
			if always(va) {
				done = true
				break
			}
		}
		if !done {
			out = append(out, shownText{field: pp + ".text", text: p.Text, post: p})
		}
	}
	return out
}

// judgeShown warns when st, shown on way w into ending e, tells the story
// of someone the reply did not go to.
func (v *validator) judgeShown(st shownText, w endingWay, before map[string]map[string]bool, warned map[string]bool) {
	once := func(key string) bool {
		key = st.field + "\x00" + key
		if warned[key] {
			return false
		}
		warned[key] = true
		return true
	}
	sc := v.sc
	forThisWay := st.own != nil && slices.Contains(st.own.After, w.from.ID)
	// The customer's story after a reply to someone else.
	if w.reply && w.actor != nil && !forThisWay && !namesActor(st.text, w.actor) &&
		((st.post != nil && st.post.By == "customer") || namesCustomer(st.text, sc.Customer)) {
		if name := personName(w.actor.Name); once("to " + w.from.ID) {
			v.warnf(st.field, addresseeFormat, firstWord(sc.Customer.Name), w.from.ID, name, w.from.ID, name, name)
		}
	}
	// Another decision's story, from a variant that holds here because
	// that decision came first.
	if st.own == nil || forThisWay {
		return
	}
	for _, x := range st.own.After {
		d, ok := sc.Decision(x)
		if !ok || x == w.from.ID || !before[w.from.ID][x] {
			continue
		}
		a := sc.ReplyActor(d)
		if a == nil || (w.actor != nil && w.actor.ID == a.ID) || !namesActor(st.text, a) {
			continue
		}
		if once("order " + x + " " + w.from.ID) {
			v.warnf(st.field, addresseeOrderFormat, personName(a.Name), x, w.from.ID, w.from.ID)
		}
	}
}

// namesCustomer reports whether text speaks of the customer by name,
// handle or placeholder.
func namesCustomer(text string, c Customer) bool {
	if strings.Contains(text, "{customer}") || strings.Contains(text, "{handle}") {
		return true
	}
	return namesPerson(text, firstWord(c.Name), c.Handle)
}

// namesActor reports whether text speaks of actor a by name or handle.
func namesActor(text string, a *Actor) bool {
	return namesPerson(text, personName(a.Name), a.Handle)
}

func namesPerson(text, name, handle string) bool {
	for _, n := range []string{name, handle} {
		if n == "" {
			continue
		}
		// The name as a word, with a possessive: "Marieke's", "Ricks pakket".
		re := regexp.MustCompile(`(^|[^\p{L}\p{N}_])@?` + regexp.QuoteMeta(n) + `('s|’s|s)?([^\p{L}\p{N}_]|$)`)
		if re.MatchString(text) {
			return true
		}
	}
	return false
}

// personName is the first word of a person's name as a text calls them:
// "Ruud (manager)" is Ruud, "Frans Bauer" is Frans.
func personName(name string) string {
	if i := strings.Index(name, "("); i >= 0 {
		name = name[:i]
	}
	return firstWord(name)
}

func firstWord(s string) string {
	if f := strings.Fields(s); len(f) > 0 {
		return f[0]
	}
	return ""
}
