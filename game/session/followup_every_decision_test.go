package session

import (
	"fmt"
	"slices"
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

// In every case and language, at every decision, reached through every
// history the walk finds (decisionStates: every sequence of decisions,
// bounded per decision), a typed reply of every kind takes a route whose
// follow-up fits what it did. A reply written for another post or to
// another name, a sarcastic and an evasive one never take a route that asks
// for a good reply, and the customer does not thank them; an apologetic
// reply never takes the route for rude replies, and nobody calls it rude;
// the route taken has no warning of the checker; a wrong name is corrected
// by the customer it was written to; and what others post after the reply
// quotes no written choice the round did not make (presumedWords). The
// first path to a decision used to be the only one tried; a follow-up
// written for the choice on another path ("jullie beginnen over mijn
// taalgebruik?") shows only on the others.
//
// It is long on purpose: one round per kind of reply, with every check
// on that round in one place.
func TestTypedRepliesOfEveryKindGetFollowUpsThatFitAtEveryDecision(t *testing.T) {
	rubric := scoring.Default()
	rewards := func(id string) bool { p, _ := rubric.Points(id); return p > 0 }
	states := 0
	for _, sc := range scenarios.Builtin().Scenarios {
		warnings := routeWarnings(t, sc)
		for _, st := range decisionStates(t, sc) {
			id, path := st.id, st.moves
			d, _ := sc.Decision(id)
			if !d.AllowFreeText {
				continue
			}
			states++
			at := fmt.Sprintf("%s at %s", sc.Key(), st)
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
				if k.kind == "apologetic" || k.kind == "other language" {
					// To a compliment an apology is misplaced (Domino's),
					// and the route for it is meant.
					if rude && sc.Customer.Mood < 0 && !(k.kind == "other language" && slices.Contains(route.When.Has, "wrong_language")) {
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
				if ws := presumedWords(sc, s, n, route.Next); len(ws) > 0 {
					t.Errorf("%s: after the %s reply %q the follow-up %q quotes %v from a written choice the round did not make: %q",
						at, k.kind, text, route.Next, ws, targetTexts(sc, route.Next))
				}
				var followUp []string
				for _, f := range s.Feed() {
					// Scripted posts only, and not the decision's own, written
					// before the reply: what the crowd model posts once the
					// story is big enough answers the whole round so far
					// ("Klant krijgt bot antwoord" after an earlier rude reply),
					// not this reply.
					if f.Minute > s.Replies()[n].Minute && f.Kind == "post" && f.By != "brand" && !ownPost(d, f.Text) {
						followUp = append(followUp, f.Text)
					}
				}
				// What silence gets too is no answer to the reply: Sophie
				// thanks Tom for the new poster whatever he told a fan.
				if route.Next == d.OnTimeout {
					continue
				}
				words := warmWords
				if k.kind == "apologetic" || k.kind == "other language" {
					words = rudeWords
				}
				for _, f := range followUp {
					low := warmthOf(f)
					for _, w := range words {
						if strings.Contains(low, w) {
							t.Errorf("%s: the follow-up answers the %s reply %q with %q: %q", at, k.kind, text, w, f)
							break
						}
					}
				}
			}
		}
	}
	if states < 200 {
		t.Fatalf("only %d histories of decisions with typed replies played", states)
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
