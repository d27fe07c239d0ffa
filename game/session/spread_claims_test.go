package session

import (
	"fmt"
	"math"
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
)

// A scripted text that says the story is spreading stands beside the
// meter's count of shares: "Your reply is being shared" beside "1 share"
// tells the trainee the story is not about the round they see (issue 13;
// Liberty's viral path). Every case is played along every path that first
// reaches each decision and ending, in many worlds, and every prompt,
// action narration, scripted post and ending text the trainee reads is
// held to the meter at the moment it is read: a text that says the story
// spreads to its shares, one that says which side most of the public took
// to its share of reactions against the brand.

const spreadWorlds = 10

// spreadPaths are the moves that first reach each decision and each
// ending: written choices, a good and a bad typed reply, the actions and
// silence.
func spreadPaths(t *testing.T, sc *scenarios.Scenario) (decisions, endings map[string][]move) {
	decisions, endings = map[string][]move{sc.FirstDecision(): nil}, map[string][]move{}
	queue := []string{sc.FirstDecision()}
	for len(queue) > 0 {
		id := queue[0]
		queue = queue[1:]
		s := replay(t, sc, decisions[id])
		for _, m := range movesAt(sc, s.Decision()) {
			if m.text != "" && m.text != fmt.Sprintf(typedReplies[sc.Language][0], sc.Customer.Handle, sc.Customer.Name) &&
				m.text != fmt.Sprintf(typedReplies[sc.Language][1], sc.Customer.Handle, sc.Customer.Name) {
				continue
			}
			path := append(append([]move(nil), decisions[id]...), m)
			s := replay(t, sc, path)
			if e := s.Ending(); e != nil {
				if _, ok := endings[e.ID]; !ok {
					endings[e.ID] = path
				}
				continue
			}
			if next := s.Decision(); next != nil {
				if _, ok := decisions[next.ID]; !ok {
					decisions[next.ID] = path
					queue = append(queue, next.ID)
				}
			}
		}
	}
	return decisions, endings
}

// spreadReader reads what the trainee reads in one world and reports a
// text that says the story spreads while the meter shows fewer shares.
type spreadReader struct {
	t     *testing.T
	s     *Session
	where string
	seen  int // feed items read
	bad   *[]string
}

func (r *spreadReader) read(what, text string) {
	m := r.s.MeterCounts()
	if w := scenarios.SpreadClaim(text); w != "" && m.Shares < scenarios.SpreadShares {
		*r.bad = append(*r.bad, fmt.Sprintf("%s: %s says %q beside %d shares: %.110q",
			r.where, what, w, m.Shares, text))
	}
	// "most" is more than half of the reactions the meter counts
	if w, against := scenarios.SideClaim(text); w != "" && m.Against > 0 && against != (m.Negative >= 0.5) {
		*r.bad = append(*r.bad, fmt.Sprintf("%s: %s says %q beside %.0f%% against the brand: %.110q",
			r.where, what, w, 100*m.Negative, text))
	}
}

// readFeed reads the scripted posts that appeared since the last read.
func (r *spreadReader) readFeed() {
	for _, f := range r.s.Feed()[r.seen:] {
		if f.Kind == "post" {
			r.read("post by "+f.By, f.Text)
		}
	}
	r.seen = len(r.s.Feed())
}

// advance moves the round to its next decision or ending, stop by stop,
// reading each scripted post when it appears.
func (r *spreadReader) advance() {
	for r.s.Decision() == nil && r.s.Ending() == nil {
		next := r.s.NextStop()
		if math.IsInf(next, 1) {
			r.t.Fatalf("%s: stuck at minute %g", r.where, r.s.Now())
		}
		r.s.AdvanceTo(next)
		r.readFeed()
	}
	if d := r.s.Decision(); d != nil {
		r.read("the prompt of "+d.ID, d.Prompt)
	}
}

func (r *spreadReader) play(moves []move) {
	r.advance()
	for _, m := range moves {
		d := r.s.Decision()
		if d == nil {
			return // this world ended earlier
		}
		if m.action != "" {
			r.s.AdvanceTo(math.Max(r.s.Now(), r.s.OpenedAt()+1))
			if text, err := r.s.Act(m.action); err == nil {
				r.read("action "+m.action, text)
			}
		} else if err := apply(r.t, r.s, d, m); err != nil {
			return
		}
		r.readFeed()
		r.advance()
	}
}

func TestScriptedTextClaimsNoSpreadTheRoundDidNotMake(t *testing.T) {
	for _, sc := range scenarios.Builtin().Scenarios {
		t.Run(sc.Key(), func(t *testing.T) {
			t.Parallel()
			var bad []string
			decisions, endings := spreadPaths(t, sc)
			for id, path := range decisions {
				d, _ := sc.Decision(id)
				for seed := uint64(1); seed <= spreadWorlds; seed++ {
					// the decision's actions, each in its own copy of the world
					for _, a := range append([]scenarios.Action{{}}, d.Actions...) {
						s, err := New(sc, Options{Seed: seed})
						if err != nil {
							t.Fatal(err)
						}
						r := &spreadReader{t: t, s: s, where: fmt.Sprintf("seed %d, %v", seed, path), bad: &bad}
						moves := path
						if a.Kind != "" {
							moves = append(append([]move(nil), path...), move{action: a.Kind})
						}
						r.play(moves)
					}
				}
			}
			for id, path := range endings {
				for seed := uint64(1); seed <= spreadWorlds; seed++ {
					s, err := New(sc, Options{Seed: seed})
					if err != nil {
						t.Fatal(err)
					}
					r := &spreadReader{t: t, s: s, where: fmt.Sprintf("seed %d, ending %s via %v", seed, id, path), bad: &bad}
					r.play(path)
					if s.Ending() == nil {
						continue
					}
					s.Finish()
					r.readFeed()
					e := s.Ending()
					r.read("the ending "+e.ID, e.Outcome+" "+e.Text)
				}
			}
			seen := map[string]bool{}
			for _, b := range bad {
				if key := b[len(b)-60:]; !seen[key] {
					seen[key] = true
					t.Error(b)
				}
			}
		})
	}
}

// Liberty's COO who shows the customer the door in public can end "Het
// sloeg terug" in a world where most of the crowd sided with him (a
// played round: 31% against, support seen by 60,000): the ending must not
// then say the public took the customer's side.
func TestLibertyBackfireSaysNoSideTheCrowdDidNotTake(t *testing.T) {
	replies := map[string]string{
		"nl": "Jason, mijn team heeft je drie keer netjes geantwoord en verdient het niet om uitgescholden te worden. Op klanten die mijn mensen zo behandelen zitten we niet te wachten. Je krijgt je geld vandaag terug. - COO, Liberty Bottleworks",
		"en": "Jason, my team answered you politely three times and doesn't deserve to be abused. Customers who treat my people like that, we can do without. You'll get your money back today. - COO, Liberty Bottleworks",
	}
	for _, sc := range scenarios.Builtin().Scenarios {
		if sc.ID != "liberty-bottleworks" {
			continue
		}
		var bad []string
		for seed := uint64(1); seed <= 12; seed++ {
			s, err := Run(sc, Options{Seed: seed}, typedFirst{replies[sc.Language]})
			if err != nil {
				t.Fatal(err)
			}
			r := &spreadReader{t: t, s: s, where: fmt.Sprintf("%s seed %d, %v", sc.Key(), seed, s.history), bad: &bad}
			r.read("the ending "+s.Ending().ID, s.Ending().Outcome+" "+s.Ending().Text)
		}
		for _, b := range bad {
			t.Error(b)
		}
	}
}
