package session

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/webcaresim/webcaresim/scenarios"
	"github.com/webcaresim/webcaresim/scoring"
)

// This file walks every built-in scenario in every language through its whole
// decision graph: every written choice, a clearly good and a clearly bad typed
// reply, every action and silence at every decision. The walk is memoised by
// decision: each decision is explored once, from the first round that reached
// it, so the cost grows with decisions × options, not with the number of
// paths.

// typedReplies are the typed replies tried at every decision. They are
// deliberately extreme so that any scenario's routes must send them
// somewhere; the third is a good reply in the other language, which a case
// may answer with a follow-up about the language; the fourth is an evasive
// reply that neither helps nor offends, which a case's catch-all route
// takes; the fifth threatens the customer without a lawyer, so a case whose
// route for a legal threat comes first still shows where a plain put-down
// goes.
var typedReplies = map[string][5]string{
	"nl": {
		"@%s Sorry %s, dat is echt vervelend en dat had niet mogen gebeuren. Ik wil het graag voor je oplossen: stuur je me je nummer via DM? Dan bel ik je vandaag nog. ^Eva",
		"@%s Wat wil je nou? Jij moet gewoon beter lezen. Wij hebben niks fout gedaan, dus zeur niet zo. Anders schakelen we onze advocaat in.",
		"@%s Sorry %s, that is really annoying and it should not have happened. I'd like to sort it out for you: could you DM me your number? Then I'll call you today. ^Eva",
		"@%s Dank je voor je bericht, %s. We nemen je feedback mee en bespreken het intern.",
		"@%s Nog één zo'n bericht, %s, en we blokkeren je.",
	},
	"en": {
		"@%s Sorry %s, that is really annoying and it should not have happened. I'd like to sort it out for you: could you DM me your number? Then I'll call you today. ^Eva",
		"@%s What do you want? You should just read better. We did nothing wrong, so stop whining. Or we'll get our lawyer involved.",
		"@%s Sorry %s, dat is echt vervelend en dat had niet mogen gebeuren. Ik wil het graag voor je oplossen: stuur je me je nummer via DM? Dan bel ik je vandaag nog. ^Eva",
		"@%s Thanks for your message, %s. We'll take your feedback on board and discuss it internally.",
		"@%s One more message like that, %s, and we'll block you.",
	},
}

// move is one thing the trainee does at an open decision.
type move struct {
	choice  int    // 1-based written choice, or 0
	text    string // a typed reply
	action  string // dm, call, colleague, wait
	silence bool   // let the timeout run
}

func (m move) String() string {
	switch {
	case m.choice > 0:
		return fmt.Sprintf("choice %d", m.choice)
	case m.action != "":
		return "action " + m.action
	case m.silence:
		return "silence"
	}
	return fmt.Sprintf("typed %.30q", m.text)
}

// walkBound is how far past the scenario's duration a round may run before
// the walk calls it stuck.
const walkBound = 24 * 60.0

func TestAllScenariosEveryBranch(t *testing.T) {
	set := scenarios.Builtin()
	for _, p := range set.Problems {
		t.Errorf("built-in scenarios: %s", p)
	}
	if len(set.Scenarios) == 0 {
		t.Fatal("no built-in scenarios")
	}
	for _, sc := range set.Scenarios {
		t.Run(sc.Key(), func(t *testing.T) {
			t.Parallel()
			walkScenario(t, sc)
		})
	}
}

// openNext advances the clock until a decision is open or an ending is reached.
func openNext(t *testing.T, s *Session) {
	t.Helper()
	for s.Decision() == nil && s.Ending() == nil {
		next := s.NextStop()
		if math.IsInf(next, 1) {
			t.Fatalf("stuck at minute %g: nothing scheduled and no decision open", s.Now())
		}
		s.AdvanceTo(next)
	}
}

// apply makes one move at the open decision d.
func apply(t *testing.T, s *Session, d *scenarios.Decision, m move) error {
	t.Helper()
	// Take a moment to think, as a trainee would, unless silence took over.
	// The open decision may be d as the replies make it read (a variant's
	// prompt), so it is the same decision by its id.
	if s.AdvanceTo(math.Max(s.Now(), s.OpenedAt()+1)); s.Decision() == nil || s.Decision().ID != d.ID {
		return fmt.Errorf("decision %q closed before the move", d.ID)
	}
	switch {
	case m.choice > 0:
		return s.Choose(m.choice - 1)
	case m.action != "":
		_, err := s.Act(m.action)
		return err
	case m.silence:
		s.AdvanceTo(s.Deadline())
		return nil
	}
	return s.Publish(m.text)
}

// replay starts a round and plays the moves, each at the decision that is
// open when it comes; it returns the session with the next decision open or an
// ending reached.
func replay(t *testing.T, sc *scenarios.Scenario, moves []move) *Session {
	t.Helper()
	s, err := New(sc, Options{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	for i, m := range moves {
		openNext(t, s)
		d := s.Decision()
		if d == nil {
			t.Fatalf("move %d (%v): the round ended at %q first", i+1, m, s.Ending().ID)
		}
		if err := apply(t, s, d, m); err != nil {
			t.Fatalf("decision %q, %v: %v", d.ID, m, err)
		}
	}
	openNext(t, s)
	return s
}

// movesAt lists every move worth trying at decision d.
func movesAt(sc *scenarios.Scenario, d *scenarios.Decision) []move {
	var ms []move
	for i := range d.Choices {
		ms = append(ms, move{choice: i + 1})
	}
	if d.AllowFreeText {
		for _, tmpl := range typedReplies[sc.Language] {
			ms = append(ms, move{text: fmt.Sprintf(tmpl, sc.Customer.Handle, sc.Customer.Name)})
		}
	}
	for _, a := range d.Actions {
		ms = append(ms, move{action: a.Kind})
	}
	if d.Timeout > 0 {
		ms = append(ms, move{silence: true})
	}
	return ms
}

func walkScenario(t *testing.T, sc *scenarios.Scenario) {
	type node struct {
		id    string
		moves []move
	}
	explored := map[string]bool{}
	endings := map[string]string{} // ending id -> how it was reached
	queue := []node{{id: sc.FirstDecision()}}
	explored[sc.FirstDecision()] = true
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		s := replay(t, sc, n.moves)
		d := s.Decision()
		if d == nil || d.ID != n.id {
			t.Fatalf("path %v: expected decision %q to open", n.moves, n.id)
		}
		for _, m := range movesAt(sc, d) {
			path := append(append([]move(nil), n.moves...), m)
			s := replay(t, sc, path)
			if e := s.Ending(); e != nil {
				if _, seen := endings[e.ID]; !seen {
					endings[e.ID] = fmt.Sprintf("%v", path)
				}
				// Every walk that reaches an ending is played out to check
				// that the round stops, and in time.
				s.Finish()
				if !s.Done() {
					t.Errorf("path %v: ending %q reached but the round is not done at minute %g", path, e.ID, s.Now())
				}
				if bound := sc.Duration.Minutes() + walkBound; s.Now() > bound {
					t.Errorf("path %v: the round ran to minute %g, past %g", path, s.Now(), bound)
				}
				continue
			}
			next := s.Decision()
			if next == nil {
				t.Fatalf("path %v: neither a decision nor an ending", path)
			}
			if !explored[next.ID] {
				explored[next.ID] = true
				queue = append(queue, node{id: next.ID, moves: path})
			}
		}
	}
	for _, d := range sc.Decisions {
		if !explored[d.ID] {
			t.Errorf("decision %q was never reached by play", d.ID)
		}
	}
	// An ending the crowd turns a reached one into is reached by luck in
	// some worlds (TestSameRepliesCanEndDifferently plays them): one seed
	// cannot show them all.
	for turned := true; turned; {
		turned = false
		for _, e := range sc.Endings {
			if _, ok := endings[e.ID]; !ok {
				continue
			}
			for _, tn := range e.Turns {
				if _, seen := endings[tn.Next]; !seen {
					endings[tn.Next], turned = "a turn of "+e.ID, true
				}
			}
		}
	}
	var missing []string
	for _, e := range sc.Endings {
		if _, ok := endings[e.ID]; !ok {
			missing = append(missing, e.ID)
		}
	}
	if len(missing) > 0 {
		t.Errorf("endings never reached by play: %s", strings.Join(missing, ", "))
	}
	if testing.Verbose() {
		ids := make([]string, 0, len(endings))
		for id := range endings {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		for _, id := range ids {
			t.Logf("ending %-22s via %s", id, endings[id])
		}
	}
}

// TestAllScenariosTextsFitTheChannel checks every scripted text a player can
// see, including the lines the crowd and the actors post, against the
// channel's limit (placeholders filled with the longest value they can take).
func TestAllScenariosTextsFitTheChannel(t *testing.T) {
	for _, sc := range scenarios.Builtin().Scenarios {
		limit := scenarios.ChannelLimit(sc.Channel)
		check := func(where, text string) {
			text = strings.ReplaceAll(text, ReplyPlaceholder, strings.Repeat("x", ReplyQuoteMax))
			if n := utf8.RuneCountInString(text); n > limit {
				t.Errorf("%s %s: %d characters, over the %s limit of %d", sc.File, where, n, sc.Channel, limit)
			}
			if strings.TrimSpace(text) == "" {
				t.Errorf("%s %s: empty text", sc.File, where)
			}
		}
		fill := strings.NewReplacer("{brand}", longest(sc.Brand.Name, sc.Brand.Handle),
			"{customer}", sc.Customer.Name, "{handle}", sc.Customer.Handle)
		for i, p := range sc.Posts {
			check(fmt.Sprintf("post[%d]", i+1), p.Text)
		}
		for i, a := range sc.Actors {
			if a.Text != "" {
				check(fmt.Sprintf("actor[%d]", i+1), a.Text)
			}
		}
		for _, pool := range [][]string{sc.Crowd.Negative, sc.Crowd.Positive, sc.Crowd.Neutral} {
			for _, line := range pool {
				check("crowd line", fill.Replace(line))
			}
		}
		for _, d := range sc.Decisions {
			for i, p := range d.Posts {
				check(fmt.Sprintf("decision %q post[%d]", d.ID, i+1), p.Text)
			}
			for i, c := range d.Choices {
				check(fmt.Sprintf("decision %q choice[%d]", d.ID, i+1), c.Text)
			}
			for _, a := range d.Actions {
				if a.Kind == scenarios.ActionDM && a.Text != "" {
					check(fmt.Sprintf("decision %q dm action", d.ID), a.Text)
				}
			}
		}
		for _, e := range sc.Endings {
			for i, p := range e.Posts {
				check(fmt.Sprintf("ending %q post[%d]", e.ID, i+1), p.Text)
			}
		}
	}
}

func longest(a, b string) string {
	if utf8.RuneCountInString(b) > utf8.RuneCountInString(a) {
		return b
	}
	return a
}

// TestAllScenariosRouteFeaturesExist checks every feature id a route tests
// against the rubric: a misspelt id would make a route silently never hold.
func TestAllScenariosRouteFeaturesExist(t *testing.T) {
	known := map[string]bool{}
	for _, id := range scoring.Default().FeatureIDs() {
		known[id] = true
	}
	for _, sc := range scenarios.Builtin().Scenarios {
		for _, d := range sc.Decisions {
			for i, r := range d.Routes {
				for _, list := range [][]string{r.When.Has, r.When.Lacks, r.When.HasAny} {
					for _, id := range list {
						if !known[id] {
							t.Errorf("%s: decision %q route %d tests %q, which is not a rubric feature", sc.File, d.ID, i+1, id)
						}
					}
				}
			}
		}
	}
}
