package session

import (
	"fmt"
	"math"
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
	"github.com/webcaresim/webcaresim/scoring"
)

// typedChoiceMismatch is a written choice whose words, typed, take another
// route than the choice itself.
type typedChoiceMismatch struct {
	key, decision  string
	choice         int // 1-based
	written, typed string
	text           string
	why            string // the typed reply's findings and scores
}

func (m typedChoiceMismatch) String() string {
	return fmt.Sprintf("%s %s choice %d -> %s, typed -> %s: %.60q %s", m.key, m.decision, m.choice, m.written, m.typed, m.text, m.why)
}

// typedChoiceMismatches types every written choice of sc, word for word, at
// its own decision, reached by the first round (written choices first) that
// opens it, and lists each whose typed words take another route than the
// choice.
func typedChoiceMismatches(t *testing.T, sc *scenarios.Scenario) []typedChoiceMismatch {
	t.Helper()
	var out []typedChoiceMismatch
	type node struct {
		id    string
		moves []move
	}
	explored := map[string]bool{sc.FirstDecision(): true}
	queue := []node{{id: sc.FirstDecision()}}
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		s := replay(t, sc, n.moves)
		s.AdvanceTo(math.Max(s.Now(), s.OpenedAt()+1))
		d := s.Decision()
		if d == nil || d.ID != n.id {
			continue
		}
		if d.AllowFreeText {
			for i, c := range d.Choices {
				next := typedRoute(s, d, CleanText(c.Text))
				if next != c.Next {
					a := s.Analyze(CleanText(c.Text))
					why := fmt.Sprintf("[emp %.0f de %.0f route %d:", a.Empathy, a.Deescalation, routeIndex(d, a))
					for _, f := range a.Features {
						why += " " + f.ID
					}
					out = append(out, typedChoiceMismatch{key: sc.Key(), decision: d.ID, choice: i + 1,
						written: c.Next, typed: next, text: c.Text, why: why + "]"})
				}
			}
		}
		for _, m := range movesAt(sc, d) {
			path := append(append([]move(nil), n.moves...), m)
			s := replay(t, sc, path)
			if next := s.Decision(); next != nil && !explored[next.ID] {
				explored[next.ID] = true
				queue = append(queue, node{id: next.ID, moves: path})
			}
		}
	}
	return out
}

// typedRoute is where a typed reply text would go from the open decision d,
// as Publish sends it.
func typedRoute(s *Session, d *scenarios.Decision, text string) string {
	next := ""
	if r := takenRoute(d, s.Analyze(text)); r != nil {
		next = r.Next
	}
	if next == "" && len(d.Choices) > 0 {
		next = d.Choices[len(d.Choices)-1].Next
	}
	return next
}

// typedChoiceKnown are the written choices whose words, typed, still take
// another route, each with the reason. Nearly all are words the rubric
// misreads, so no route of the case can tell them apart; they go when the
// rubric reads them as the choice means them. Remove an entry once its
// choice takes its own route in both languages (the test says when).
var typedChoiceKnown = map[string]string{
	"advocatenbrief update 2":                  "rubric: fishing for a better rating ('Why not five stars?') is no feature; read as plain thanks",
	"hema-insuline nazorg 3":                   "rubric: a discount post that names the case's product (blood glucose meters) is canned, not pitch_instead",
	"liberty-bottleworks scheldpost 1":         "rubric: 'We don't need customers who treat my people like that' is read as an insult; it rejects the customer without calling names (the historical reply)",
	"liberty-bottleworks volgende-klant 2":     "rubric: 'we don't need customers who abuse my team' is read as an insult, as at scheldpost",
	"liberty-bottleworks team-teleurgesteld 1": "rubric: drawing a line for the team while keeping the apology ('doesn't deserve to be called names') is no feature; read as an apology alone",
	"sanoma-juf terechtwijzing 3":              "sibling: a call offer typed goes to dm-gesprek, the written one to telefoon; both tell that Dorien DMs her number and the debit is refunded",
	"sportschool-scheldt achterban 4":          "rubric: a poll that reopens the decision is no feature; only the written choice can lead there",
	"sportschool-scheldt excuses 2":            "rubric: 'The poster stays' is a refusal, found as nothing, and the admission of the tone counts as ownership (the ending's variant now tells that the poster stays)",
	"sportschool-scheldt kritiek 3":            "rubric: 'It's just a joke. Not everything has to be taken so seriously' is read as sarcasm; it belittles",
	"sportschool-scheldt nieuwe-poster 2":      "rubric: 'Now you get yourself to the gym 😉' to the critic is a joke at her expense, found as plain humour",
	"tmobile-fransbauer oplossen 2":            "rubric: 'As we said:' before a slogan is read as blaming the customer",
	"tmobile-fransbauer opvolging 2":           "rubric: 'See: the best network in the Netherlands!' is a brag, read as sarcasm",
	"tmobile-fransbauer storing 2":             "rubric: a joke at an unnamed third party ('anyone who's not a fan of the local folk singer, haha') is plain humour, not humour_at_expense",
	"tmobile-fransbauer taal 1":                "rubric: sorry for answering in the wrong language is read as misplaced_apology, not an apology for the slip; de-escalation 52-54, under the route's 55",
	"universiteit-kut nummer 2":                "rubric: passing the number on to the department with a call back in three working days is read as a concrete step (de-escalation 84), not a hand-off into the normal procedure",
}

// A trainee who types the words of a written choice gets the story of that
// choice: the same next decision or ending. Otherwise the story tells the
// one who typed them what the reply did not do (narr18: the gym's "The
// poster stays" took the repair branch, Sanoma's reproach after a fix was
// "lukewarm" when picked and "a sneer" when typed). Every choice of every
// built-in case is typed at its decision; a new mismatch fails, and so
// does an entry of typedChoiceKnown that no longer mismatches.
func TestStoryWrittenChoicesTypedTakeTheirOwnRoute(t *testing.T) {
	total, known, seen := 0, 0, map[string]bool{}
	for _, sc := range scenarios.Builtin().Scenarios {
		for _, m := range typedChoiceMismatches(t, sc) {
			total++
			key := fmt.Sprintf("%s %s %d", sc.ID, m.decision, m.choice)
			if _, ok := typedChoiceKnown[key]; ok {
				known++
				seen[key] = true
				continue
			}
			t.Errorf("%s: the words of the written choice, typed, take another route: write the route or the choice so that both tell the same story", m)
		}
	}
	for key := range typedChoiceKnown {
		if !seen[key] {
			t.Errorf("%q now takes its own route when typed: remove it from typedChoiceKnown", key)
		}
	}
	t.Logf("%d written choices take another route when typed, %d of them known", total, known)
}

// routeIndex is the 1-based index of the route analysis a takes at d (0:
// none, the last choice's next).
func routeIndex(d *scenarios.Decision, a scoring.Analysis) int {
	for i := range d.Routes {
		if Holds(d.Routes[i].When, a) {
			return i + 1
		}
	}
	return 0
}
