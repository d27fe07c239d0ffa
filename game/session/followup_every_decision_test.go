package session

import (
	"fmt"
	"strings"
	"testing"
	"unicode"

	"github.com/webcaresim/webcaresim/scenarios"
	"github.com/webcaresim/webcaresim/scoring"
	"github.com/webcaresim/webcaresim/scoring/scenariorubric"
)

// rudeWords are what a customer says to a reply they took as rude: a
// follow-up with them presumes the reply was rude.
var rudeWords = []string{"sarcas", "brutaal", "onbeschoft", "arrogant", "grof", "bot ", "uit de hoogte", "taalgebruik",
	"rude", "snarky", "condescend", "patronis", "patroniz", "how dare", "hoe durf"}

// decisionPaths are, for every decision of sc, the moves of the first round
// of the walk (allscenarios_test.go) that reached it.
func decisionPaths(t *testing.T, sc *scenarios.Scenario) map[string][]move {
	t.Helper()
	paths := map[string][]move{sc.FirstDecision(): nil}
	queue := []string{sc.FirstDecision()}
	for len(queue) > 0 {
		id := queue[0]
		queue = queue[1:]
		s := replay(t, sc, paths[id])
		d := s.Decision()
		if d == nil || d.ID != id {
			t.Fatalf("%s: path %v does not open %q", sc.Key(), paths[id], id)
		}
		for _, m := range movesAt(sc, d) {
			path := append(append([]move(nil), paths[id]...), m)
			next := replay(t, sc, path).Decision()
			if next == nil {
				continue
			}
			if _, seen := paths[next.ID]; !seen {
				paths[next.ID] = path
				queue = append(queue, next.ID)
			}
		}
	}
	return paths
}

// routeWarnings are the checker's warnings about the routes of sc, by the
// field they name ("decision[2].route[1].next").
func routeWarnings(t *testing.T, sc *scenarios.Scenario) map[string][]string {
	t.Helper()
	scenariorubric.Plug()
	out := map[string][]string{}
	for _, p := range scenarios.Builtin().Problems {
		if p.Warning && p.File == sc.File && strings.Contains(p.Field, ".route[") {
			f := p.Field[:strings.LastIndex(p.Field, ".")]
			out[f] = append(out[f], p.Message)
		}
	}
	return out
}

// In every case and language, at every decision a round can reach, a
// typed reply of every kind takes a route whose follow-up fits what it
// did. A reply written for another post or to another name, a sarcastic
// and an evasive one never take a route that asks for a good reply, and
// the customer does not thank them; an apologetic reply never takes the
// route for rude replies, and nobody calls it rude; the route taken has no
// warning of the checker (its follow-up quotes no words of a written choice
// that its condition does not require); a wrong name is corrected by the
// customer it was written to. The first-decision test covers the first
// turn; the later turns are where a path through earlier choices used to
// leave follow-ups written for one of them.
func TestTypedRepliesOfEveryKindGetFollowUpsThatFitAtEveryDecision(t *testing.T) {
	rubric := scoring.Default()
	rewards := func(id string) bool { p, _ := rubric.Points(id); return p > 0 }
	decisions := 0
	for _, sc := range scenarios.Builtin().Scenarios {
		warnings := routeWarnings(t, sc)
		for id, path := range decisionPaths(t, sc) {
			d, _ := sc.Decision(id)
			if !d.AllowFreeText {
				continue
			}
			decisions++
			at := fmt.Sprintf("%s at %q (reached by %v)", sc.Key(), id, path)
			for _, k := range typedKinds[sc.Language] {
				text := strings.ReplaceAll(k.text, "{name}", firstName(sc.Customer.Name))
				text = strings.ReplaceAll(text, "{other}", otherName(sc.Customer.Name))
				s := replay(t, sc, path)
				a := s.Analyze(text)
				if k.kind == "off-topic" && !a.Has("off_topic") {
					continue // names a thing of this case's own kind
				}
				ri := -1
				for i := range d.Routes {
					if Holds(d.Routes[i].When, a) {
						ri = i
						break
					}
				}
				if ri < 0 {
					t.Errorf("%s: no route for %q", at, text)
					continue
				}
				route := d.Routes[ri]
				field := fmt.Sprintf("decision[%d].route[%d]", decisionIndex(sc, id)+1, ri+1)
				for _, w := range warnings[field] {
					t.Errorf("%s: the %s reply %q takes %s, of which the checker warns: %s", at, k.kind, text, field, w)
				}
				good, rude := routeKind(route.When, rewards)
				toCustomer := s.Answering() == nil || s.Answering().By == "customer"
				if k.kind == "apologetic" {
					// To a compliment an apology is misplaced (Domino's),
					// and the route for it is meant.
					if rude && sc.Customer.Mood < 0 {
						t.Errorf("%s: the apologetic reply %q takes the route for rude replies to %q", at, text, route.Next)
					}
				} else if good {
					t.Errorf("%s: the %s reply %q takes a route for good replies to %q", at, k.kind, text, route.Next)
				}
				n := len(s.Replies())
				if err := apply(t, s, d, move{text: text}); err != nil {
					t.Fatalf("%s: %v", at, err)
				}
				openNext(t, s)
				if s.Ending() != nil {
					s.Finish()
				} else if dl := s.Deadline(); dl == 0 || dl > s.Now()+1 {
					s.AdvanceTo(s.Now() + 1) // the name's correction comes half a minute after the reply
				}
				if k.kind == "wrong name" && toCustomer && !saysNameAfter(s, n, firstName(sc.Customer.Name)) {
					t.Errorf("%s: the customer does not correct the wrong name in %q", at, text)
				}
				// What silence gets too is no answer to the reply: Sophie
				// thanks Tom for the new poster whatever he told a fan.
				if route.Next == d.OnTimeout {
					continue
				}
				for _, f := range s.Feed() {
					if f.Minute <= s.Replies()[n].Minute || f.By == "crowd" || f.By == "brand" {
						continue
					}
					if ownPost(d, f.Text) {
						continue // the decision's own post, written before the reply
					}
					low := warmthOf(f.Text)
					words := warmWords
					if k.kind == "apologetic" {
						words = rudeWords
					}
					for _, w := range words {
						if strings.Contains(low, w) {
							t.Errorf("%s: %s answers the %s reply %q with %q: %q", at, f.By, k.kind, text, w, f.Text)
							break
						}
					}
				}
			}
		}
	}
	if decisions < 60 {
		t.Fatalf("only %d decisions with typed replies played", decisions)
	}
}

// ownPost reports whether text is one of decision d's own posts: part of
// the situation the reply answered, even when it arrives after the reply.
func ownPost(d *scenarios.Decision, text string) bool {
	for _, p := range d.Posts {
		if strings.Contains(text, strings.TrimSpace(p.Text)) {
			return true
		}
	}
	return false
}

// warmthOf is text in lower case without what praises nobody: quoted
// words ("klant zegt 'Beste pizza ooit, bedankt'") and thanks for nothing.
// An apostrophe inside a word ("it's") opens no quote.
func warmthOf(text string) string {
	pairs := map[rune]rune{'\'': '\'', '"': '"', '‘': '’', '“': '”'}
	rs := []rune(strings.ToLower(text))
	var out []rune
	for i := 0; i < len(rs); i++ {
		if closing, ok := pairs[rs[i]]; ok && (i == 0 || !unicode.IsLetter(rs[i-1])) {
			j := i + 1
			for j < len(rs) && !(rs[j] == closing && (j+1 == len(rs) || !unicode.IsLetter(rs[j+1]))) {
				j++
			}
			if j < len(rs) {
				i = j
				continue
			}
		}
		out = append(out, rs[i])
	}
	low := string(out)
	for _, ironic := range []string{"thanks for nothing", "bedankt voor niks", "bedankt voor niets"} {
		low = strings.ReplaceAll(low, ironic, "")
	}
	return low
}

// decisionIndex is the 0-based place of decision id in sc's file.
func decisionIndex(sc *scenarios.Scenario, id string) int {
	for i := range sc.Decisions {
		if sc.Decisions[i].ID == id {
			return i
		}
	}
	return -1
}

// saysNameAfter reports whether the customer, after reply n, posted their
// own first name: the correction of a wrong name.
func saysNameAfter(s *Session, n int, name string) bool {
	for _, f := range s.Feed() {
		if f.By == "customer" && f.Minute >= s.Replies()[n].Minute && strings.Contains(f.Text, " "+name+",") {
			return true
		}
	}
	return false
}
