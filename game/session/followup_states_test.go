package session

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/webcaresim/webcaresim/scenarios"
)

// maxStatesPerDecision bounds the walk: at most this many different
// histories are played to one decision. The builtin cases have up to 30
// (T-Mobile's 'bauer'); the first ones the breadth-first walk finds are the
// shortest and come in through every decision that leads there, which is
// where a follow-up written for one path shows.
const maxStatesPerDecision = 8

// state is a decision reached by one history: the decisions the round
// passed, in order, and the moves of one round that took it there.
type state struct {
	id      string
	through []string // decision ids before id
	moves   []move
}

func (st state) String() string {
	return fmt.Sprintf("%s via %s (%v)", st.id, strings.Join(st.through, " > "), st.moves)
}

// edgeTexts are the typed replies the walk tries to follow a route no
// written choice, action or silence takes.
func edgeTexts(sc *scenarios.Scenario) []string {
	var out []string
	for _, tmpl := range typedReplies[sc.Language] {
		out = append(out, fmt.Sprintf(tmpl, sc.Customer.Handle, sc.Customer.Name))
	}
	for _, k := range typedKinds[sc.Language] {
		text := strings.ReplaceAll(k.text, "{name}", firstName(sc.Customer.Name))
		out = append(out, strings.ReplaceAll(text, "{other}", otherName(sc.Customer.Name)))
	}
	return out
}

// decisionStates walks sc breadth first over histories, not decisions: a
// decision is visited again when a round reaches it through another
// sequence of decisions, up to maxStatesPerDecision times. A step follows
// a written choice, an action or silence that leads to another decision,
// and a typed reply (from edgeTexts) wherever a route leads somewhere no
// such move does.
func decisionStates(t *testing.T, sc *scenarios.Scenario) []state {
	t.Helper()
	texts := edgeTexts(sc)
	queue := []state{{id: sc.FirstDecision()}}
	perDecision := map[string]int{sc.FirstDecision(): 1}
	var out []state
	for len(queue) > 0 {
		st := queue[0]
		queue = queue[1:]
		out = append(out, st)
		s := replay(t, sc, st.moves)
		d := s.Decision()
		if d == nil || d.ID != st.id {
			t.Fatalf("%s: %s does not open", sc.Key(), st)
		}
		steps := map[string]move{}
		var order []string
		add := func(next string, m move) {
			if _, seen := steps[next]; !seen && next != "" && next != d.ID {
				steps[next] = m
				order = append(order, next)
			}
		}
		for i, c := range d.Choices {
			add(c.Next, move{choice: i + 1})
		}
		for _, a := range d.Actions {
			add(a.Next, move{action: a.Kind})
		}
		if d.Timeout > 0 {
			add(d.OnTimeout, move{silence: true})
		}
		if d.AllowFreeText {
			for _, text := range texts {
				if r := takenRoute(d, s.Analyze(text)); r != nil {
					add(r.Next, move{text: text})
				}
			}
		}
		through := append(slices.Clone(st.through), st.id)
		for _, next := range order {
			if _, isDecision := sc.Decision(next); !isDecision || slices.Contains(through, next) || perDecision[next] >= maxStatesPerDecision {
				continue
			}
			perDecision[next]++
			queue = append(queue, state{id: next, through: through, moves: append(slices.Clone(st.moves), steps[next])})
		}
	}
	return out
}

// presumedWords are the words of the follow-up next, which the trainee's
// reply n led to (targetTexts: what others post there), that quote a written choice the
// round did not make: a content word of a choice anywhere in the case that
// leads to next too, the choice the follow-up was likely written for, that
// neither the trainee's own replies nor anything seen before the reply
// contained, and that is not in the span of something the reply did too.
func presumedWords(sc *scenarios.Scenario, s *Session, n int, next string) []string {
	lang := sc.Language
	known := map[string]bool{}
	see := func(text string) {
		for _, w := range scenarios.ContentWords(text, lang) {
			known[w] = true
		}
	}
	for _, text := range []string{sc.Title, sc.Summary, sc.Customer.Name, sc.Customer.Handle, sc.Brand.Name, sc.Brand.Handle} {
		see(text)
	}
	for _, a := range sc.Actors {
		see(a.Name)
		see(a.Handle)
	}
	for _, f := range s.Feed() {
		if f.Minute <= s.Replies()[n].Minute || f.By == "brand" {
			see(f.Text) // what was there before the reply, and every reply of the brand
		}
	}
	for _, r := range s.Replies()[:n+1] {
		see(r.Text)
		if d, ok := sc.Decision(r.Decision); ok {
			see(d.Prompt)
			see(d.Facts)
		}
	}
	// What the reply did, it may be told it did, in the choice's words
	// ("Excuses gehad" after any apology).
	did := s.Replies()[n].Analysis
	written := map[string]bool{}
	for _, d := range sc.Decisions {
		for _, c := range d.Choices {
			if c.Next != next {
				continue
			}
			for _, w := range scenarios.ContentWords(c.Text, lang) {
				written[w] = true
			}
			for _, f := range s.Analyze(c.Text).Features {
				// met as a route meets it: an apology for our own slip
				// may be told "excuses gehad" as an apology may
				if scenarios.FeatureMet(f.ID, finds(did)) {
					see(f.Text)
				}
			}
		}
	}
	var out []string
	for _, text := range targetTexts(sc, next) {
		for _, w := range scenarios.ContentWords(text, lang) {
			if written[w] && !known[w] && !slices.Contains(out, w) {
				out = append(out, w)
			}
		}
	}
	return out
}

// quotedPassages are the passages of text between quote marks: where a
// decision's narration tells the trainee what they wrote.
func quotedPassages(text string) []string {
	var out []string
	rs := []rune(text)
	pairs := map[rune]rune{'\'': '\'', '"': '"', '‘': '’', '“': '”', '„': '”'}
	for i := 0; i < len(rs); i++ {
		closing, ok := pairs[rs[i]]
		if !ok || (i > 0 && unicode.IsLetter(rs[i-1])) {
			continue
		}
		for j := i + 1; j < len(rs); j++ {
			if rs[j] == closing && (j+1 == len(rs) || !unicode.IsLetter(rs[j+1])) {
				out = append(out, string(rs[i+1:j]))
				i = j
				break
			}
		}
	}
	return out
}

// targetTexts are the words in which follow-up id (a decision or an
// ending) tells the trainee what their reply was: the posts of the people
// in it, and the passages its narration puts in quotes.
func targetTexts(sc *scenarios.Scenario, id string) []string {
	var out []string
	var posts []scenarios.Post
	if d, ok := sc.Decision(id); ok {
		out = quotedPassages(d.Prompt)
		posts = d.Posts
	} else if e, ok := sc.Ending(id); ok {
		posts = e.Posts
	}
	for _, p := range posts {
		if p.By != "brand" {
			out = append(out, strings.ReplaceAll(p.Text, ReplyPlaceholder, ""))
		}
	}
	return out
}
