package tomlpos

import "testing"

// A validator names the line an author wrote a field on: indexed arrays of
// tables, sub-tables, inline tables and keys after multi-line arrays.
func TestLinesOfFields(t *testing.T) {
	src := `id = "x"   # a comment with = in it
[customer]
name = "Dorien"

[[decision]]
id = "a"
  [[decision.choice]]
  text = "one"
  [[decision.choice]]
  text = "two"
  crowd = { negative_share = 0.1 }

[[decision]]
id = "b"
says = ["a", "b",
  "c = d"]
prompt = "after an array"
`
	p := Scan(src)
	for path, want := range map[string]int{
		"id": 1, "customer.name": 3, "decision[1].id": 6,
		"decision[1].choice[2].text":                 10,
		"decision[1].choice[2].crowd.negative_share": 11,
		"decision[2].prompt":                         17,
		"decision[2].choice[1].next":                 13, // not written: the enclosing table
	} {
		if got := p.Line(path); got != want {
			t.Errorf("Line(%q) = %d, want %d", path, got, want)
		}
	}
	if got := p.Exact("decision[2].choice[1].next"); got != 0 {
		t.Errorf("Exact of a key that is not written = %d, want 0", got)
	}
	if got := p.Lines("decision.choice.text"); len(got) != 2 || got[0] != 8 || got[1] != 10 {
		t.Errorf("Lines(decision.choice.text) = %v, want [8 10]", got)
	}
	if got := p.Find(13, 0, `"c = d"`); got != 16 {
		t.Errorf("Find = %d, want 16", got)
	}
}

func TestProblemString(t *testing.T) {
	for _, c := range []struct {
		p    Problem
		want string
	}{
		{Problem{File: "a.toml", Line: 3, Field: "decision[1].next", Message: "missing"}, "a.toml:3: decision[1].next: missing"},
		{Problem{File: "a.toml", Field: "language", Message: "no table"}, "a.toml: language: no table"},
		{Problem{File: "a.toml", Line: 2, Message: "no translation", Warning: true}, "a.toml:2: file: warning: no translation"},
	} {
		if got := c.p.String(); got != c.want {
			t.Errorf("%q, want %q", got, c.want)
		}
	}
}
