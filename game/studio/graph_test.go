package studio

import (
	"fmt"
	"testing"
)

// chainCase is a case of n decisions in a row, each with a choice to the
// next one and one into a loop of its own that never ends (so every
// decision has a dead-end neighbour), the last leading to the only
// ending, plus one decision nothing leads to. Every decision has a
// problem and a missing translation on one of its fields.
func chainCase(n int) (Pair, map[string][]FieldProblem) {
	c := &Case{ID: "chain"}
	var probs []FieldProblem
	for i := 0; i < n; i++ {
		next := fmt.Sprintf("d%d", i+1)
		if i == n-1 {
			next = "end"
		}
		c.Decisions = append(c.Decisions, Decision{ID: fmt.Sprintf("d%d", i), Choices: []Choice{
			{Text: "door", Next: next},
			{Text: "rondje", Next: fmt.Sprintf("loop%d", i)},
		}})
		c.Decisions = append(c.Decisions, Decision{ID: fmt.Sprintf("loop%d", i), Choices: []Choice{{Text: "nog eens", Next: fmt.Sprintf("loop%d", i)}}})
		path := fmt.Sprintf("decision[%d]", 2*i+1)
		probs = append(probs,
			FieldProblem{Field: path + ".choice[1].text", Message: "too long"},
			FieldProblem{Field: path + ".prompt", Message: "missing translation (en)", Warning: true, untranslated: true},
			FieldProblem{Field: path + ".prompt", Message: "a warning", Warning: true})
	}
	c.Decisions = append(c.Decisions, Decision{ID: "orphan", Choices: []Choice{{Text: "x", Next: "end"}}})
	c.Endings = []Ending{{ID: "end", Kind: "good", Title: "Einde"}}
	return Pair{"nl": c}, map[string][]FieldProblem{"nl": probs}
}

// The map marks what an author must fix, also in a case far larger than
// anyone writes by hand (20,000 decisions in a chain): the chain is
// reachable and leads to the ending, every loop is a dead end, the
// decision nothing leads to is unreachable, and each decision's problem and
// missing translation are counted on it and on no other node. Walking
// forward from every decision, as the map once did, took minutes here.
func TestGraphMarksALargeCase(t *testing.T) {
	const n = 10000
	p, probs := chainCase(n)
	g := BuildGraph(p, probs)
	if len(g.Nodes) != 2*n+2 {
		t.Fatalf("%d nodes, want %d", len(g.Nodes), 2*n+2)
	}
	byID := map[string]Node{}
	for _, nd := range g.Nodes {
		byID[nd.ID] = nd
	}
	for i := 0; i < n; i++ {
		d, loop := byID[fmt.Sprintf("d%d", i)], byID[fmt.Sprintf("loop%d", i)]
		if d.DeadEnd || d.Unreachable || d.Problems != 1 || d.Untranslated != 1 {
			t.Fatalf("d%d: dead end %v, unreachable %v, %d problems, %d untranslated; want a reachable decision with 1 and 1",
				i, d.DeadEnd, d.Unreachable, d.Problems, d.Untranslated)
		}
		if !loop.DeadEnd || loop.Unreachable || loop.Problems != 0 || loop.Untranslated != 0 {
			t.Fatalf("loop%d: dead end %v, unreachable %v, %d problems: want a reachable dead end without problems", i, loop.DeadEnd, loop.Unreachable, loop.Problems)
		}
	}
	if o := byID["orphan"]; !o.Unreachable || o.DeadEnd {
		t.Errorf("orphan: unreachable %v, dead end %v; want unreachable, not a dead end", o.Unreachable, o.DeadEnd)
	}
	if e := byID["end"]; e.Unreachable || e.X != 20+(n)*columnWidth {
		t.Errorf("ending: unreachable %v at x=%d; want reachable in column %d", e.Unreachable, e.X, n)
	}
}

// A decision whose only way on is an ending's crowd turn back into it is
// no dead end; one that leads only to a target that does not exist is.
func TestGraphDeadEndsFollowTurnsAndMissingTargets(t *testing.T) {
	c := &Case{ID: "turns", Decisions: []Decision{
		{ID: "a", Choices: []Choice{{Text: "1", Next: "b"}, {Text: "2", Next: "nergens"}}},
		{ID: "b", Choices: []Choice{{Text: "1", Next: "goed"}}},
		{ID: "c", Choices: []Choice{{Text: "1", Next: "nergens"}}},
	}, Endings: []Ending{{ID: "goed", Kind: "good", Turns: []Turn{{Next: "slecht"}}}, {ID: "slecht", Kind: "bad"}}}
	g := BuildGraph(Pair{"nl": c}, nil)
	dead := map[string]bool{}
	for _, n := range g.Nodes {
		dead[n.ID] = n.DeadEnd
	}
	if dead["a"] || dead["b"] || !dead["c"] || dead["nergens"] {
		t.Errorf("dead ends %v; want only c", dead)
	}
}

func BenchmarkGraph(b *testing.B) {
	p, probs := chainCase(2000)
	for b.Loop() {
		BuildGraph(p, probs)
	}
}
