package studio

import (
	"fmt"
	"strings"
)

// Graph is the map of a case: its decisions and endings and where each
// choice, route, action and timeout leads, laid out left to right by how
// many steps a node is from the start.
type Graph struct {
	Nodes []Node `json:"nodes"`
	Edges []Edge `json:"edges"`
}

// Node is a decision or an ending on the map (or "missing": a target that
// names no node).
type Node struct {
	ID    string `json:"id"`
	Kind  string `json:"kind"` // decision, ending, missing
	Path  string `json:"path"` // "decision[2]", "ending[1]": the form section it opens
	Label string `json:"label"`
	// EndingKind is good, mixed or bad for an ending.
	EndingKind string `json:"ending_kind,omitempty"`
	Start      bool   `json:"start,omitempty"`
	// Unreachable: no path from the start leads here.
	Unreachable bool `json:"unreachable,omitempty"`
	// DeadEnd: a decision from which no ending can be reached.
	DeadEnd bool `json:"dead_end,omitempty"`
	// Untranslated counts the node's texts filled in in one language only.
	Untranslated int `json:"untranslated,omitempty"`
	// Problems counts the checker's errors in the node's fields.
	Problems int `json:"problems,omitempty"`
	X        int `json:"x"`
	Y        int `json:"y"`
}

// Edge is one way from a decision to a node.
type Edge struct {
	From       string `json:"from"`
	To         string `json:"to"`
	Kind       string `json:"kind"` // choice, route, action, timeout, turn (the crowd sends an ending to another)
	Label      string `json:"label"`
	Historical bool   `json:"historical,omitempty"`
}

// Layout of the map in SVG units.
const (
	columnWidth = 230
	rowHeight   = 86
)

// BuildGraph maps a case; problems (per language, as Check found them)
// mark the nodes whose fields have errors and missing translations.
func BuildGraph(p Pair, problems map[string][]FieldProblem) Graph {
	c := p["nl"]
	if c == nil {
		c = p["en"]
	}
	if c == nil {
		return Graph{}
	}
	start := c.Start
	if start == "" && len(c.Decisions) > 0 {
		start = c.Decisions[0].ID
	}
	b := graphBuilder{index: map[string]int{}}
	for i, d := range c.Decisions {
		b.addDecision(i, d, start)
	}
	for i, e := range c.Endings {
		b.addEnding(i, e)
	}
	b.addMissingTargets()
	g := b.g
	out := map[string][]string{}
	for _, e := range g.Edges {
		out[e.From] = append(out[e.From], e.To)
	}
	depth := reach(start, out)
	ends := reachesEnding(g)
	for i := range g.Nodes {
		n := &g.Nodes[i]
		if _, ok := depth[n.ID]; !ok && n.Kind != "missing" {
			n.Unreachable = true
		}
		if n.Kind == "decision" && !ends[n.ID] {
			n.DeadEnd = true
		}
	}
	countProblems(g.Nodes, problems)
	layout(&g, depth)
	return g
}

// graphBuilder collects a case's nodes, each once, and its edges.
type graphBuilder struct {
	g     Graph
	index map[string]int // node id → its place in g.Nodes
}

// add adds a node unless one with its id is there already.
func (b *graphBuilder) add(n Node) {
	if _, dup := b.index[n.ID]; dup || n.ID == "" {
		return
	}
	b.index[n.ID] = len(b.g.Nodes)
	b.g.Nodes = append(b.g.Nodes, n)
}

func (b *graphBuilder) edge(e Edge) { b.g.Edges = append(b.g.Edges, e) }

// addDecision adds the i-th decision (from 0) and every way out of it:
// its choices, routes, actions and timeout.
func (b *graphBuilder) addDecision(i int, d Decision, start string) {
	label := d.Prompt
	for _, ch := range d.Choices {
		if label == "" && (ch.Historical || ch.HistoricalPath) {
			label = "“" + ch.Text + "”"
		}
	}
	b.add(Node{ID: d.ID, Kind: "decision", Path: fmt.Sprintf("decision[%d]", i+1), Label: short(label), Start: d.ID == start})
	for j, ch := range d.Choices {
		b.edge(Edge{From: d.ID, To: ch.Next, Kind: "choice", Label: fmt.Sprint(j + 1), Historical: ch.Historical || ch.HistoricalPath})
	}
	for j, r := range d.Routes {
		b.edge(Edge{From: d.ID, To: r.Next, Kind: "route", Label: fmt.Sprintf("T%d", j+1)})
	}
	for _, a := range d.Actions {
		if a.Next != "" {
			b.edge(Edge{From: d.ID, To: a.Next, Kind: "action", Label: a.Kind})
		}
	}
	if d.OnTimeout != "" {
		b.edge(Edge{From: d.ID, To: d.OnTimeout, Kind: "timeout", Label: "⏱"})
	}
}

// addEnding adds the i-th ending (from 0) and the turns by which the crowd
// sends it to another.
func (b *graphBuilder) addEnding(i int, e Ending) {
	label := e.Title
	if label == "" {
		label = short(e.Text)
	}
	b.add(Node{ID: e.ID, Kind: "ending", Path: fmt.Sprintf("ending[%d]", i+1), Label: label, EndingKind: e.Kind})
	for _, t := range e.Turns {
		b.edge(Edge{From: e.ID, To: t.Next, Kind: "turn", Label: "↻"})
	}
}

// addMissingTargets adds a "missing" node for every edge that leads to no
// decision or ending ("?" when it names none).
func (b *graphBuilder) addMissingTargets() {
	for i := range b.g.Edges {
		e := &b.g.Edges[i]
		if e.To == "" {
			e.To = "?"
		}
		if _, ok := b.index[e.To]; !ok {
			b.add(Node{ID: e.To, Kind: "missing", Label: e.To})
		}
	}
}

// reach gives every node reachable from start its distance in steps.
func reach(start string, out map[string][]string) map[string]int {
	depth := map[string]int{}
	if start == "" {
		return depth
	}
	depth[start] = 0
	queue := []string{start}
	for len(queue) > 0 {
		id := queue[0]
		queue = queue[1:]
		for _, next := range out[id] {
			if _, seen := depth[next]; !seen {
				depth[next] = depth[id] + 1
				queue = append(queue, next)
			}
		}
	}
	return depth
}

// reachesEnding is the set of nodes from which some ending can be reached:
// one walk backwards from every ending over the reversed edges, so each
// node and edge is visited once however large the case (a walk forward from
// every decision would visit the case once per decision).
func reachesEnding(g Graph) map[string]bool {
	in := map[string][]string{}
	for _, e := range g.Edges {
		in[e.To] = append(in[e.To], e.From)
	}
	ok := map[string]bool{}
	var stack []string
	for _, n := range g.Nodes {
		if n.Kind == "ending" && !ok[n.ID] {
			ok[n.ID] = true
			stack = append(stack, n.ID)
		}
	}
	for len(stack) > 0 {
		id := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for _, from := range in[id] {
			if !ok[from] {
				ok[from] = true
				stack = append(stack, from)
			}
		}
	}
	return ok
}

// countProblems marks on each node the checker's problems in its fields
// ("decision[2].choice[1].text" belongs to the node of "decision[2]"),
// looking each problem's node up by its path instead of comparing every
// problem with every node.
func countProblems(nodes []Node, problems map[string][]FieldProblem) {
	byPath := map[string]*Node{}
	for i := range nodes {
		if n := &nodes[i]; n.Path != "" {
			byPath[n.Path] = n
		}
	}
	for _, lang := range Languages {
		for _, pr := range problems[lang] {
			path, _, _ := strings.Cut(pr.Field, ".")
			n := byPath[path]
			switch {
			case n == nil:
			case pr.untranslated:
				n.Untranslated++
			case !pr.Warning:
				n.Problems++
			}
		}
	}
}

// layout puts each node in the column of its distance from the start;
// unreachable nodes get a column of their own at the right.
func layout(g *Graph, depth map[string]int) {
	last := 0
	for _, d := range depth {
		last = max(last, d)
	}
	rows := map[int]int{}
	for i := range g.Nodes {
		n := &g.Nodes[i]
		col, ok := depth[n.ID]
		if !ok {
			col = last + 1
		}
		n.X = 20 + col*columnWidth
		n.Y = 20 + rows[col]*rowHeight
		rows[col]++
	}
}

// short is the first words of a text, for a node's label.
func short(s string) string {
	r := []rune(strings.TrimSpace(s))
	if len(r) > 60 {
		return string(r[:57]) + "…"
	}
	return string(r)
}
