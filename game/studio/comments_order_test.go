package studio

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// elementAfter is the element of an array of tables that the comment c
// stands before: its lines from its header to the next [[header]].
func elementAfter(t *testing.T, data, c string) string {
	t.Helper()
	lines := strings.Split(data, "\n")
	for i, l := range lines {
		if strings.TrimSpace(l) != c {
			continue
		}
		var out []string
		for _, n := range lines[i+1:] {
			trimmed := strings.TrimSpace(n)
			if strings.HasPrefix(trimmed, "[[") && len(out) > 0 {
				break
			}
			if trimmed != "" && !strings.HasPrefix(trimmed, "#") {
				out = append(out, trimmed)
			}
		}
		return strings.Join(out, "\n")
	}
	t.Fatalf("the comment %q is gone", c)
	return ""
}

// A comment on a post, a written choice or a route stays with it when the
// author reorders them in the studio: the save found them by position, so
// the comment on the first choice ended up on the choice that came first
// after the reordering. A post or choice is found by its text, a route by
// its condition and where it leads; an element whose text was edited in
// place keeps its comment too.
func TestAReorderedPostChoiceOrRouteKeepsItsComment(t *testing.T) {
	dir := t.TempDir()
	data, err := os.ReadFile("../../scenarios/builtin/sanoma-juf.nl.toml")
	if err != nil {
		t.Fatal(err)
	}
	// A comment before every post and before every choice and route of the
	// first decision, numbered in the file's order.
	lines := strings.Split(string(data), "\n")
	var out []string
	count := map[string]int{}
	decisions := 0
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if t == "[[decision]]" {
			decisions++
		}
		for _, kind := range []string{"post", "decision.choice", "decision.route"} {
			if t == "[["+kind+"]]" && (kind == "post" || decisions == 1) {
				count[kind]++
				out = append(out, fmt.Sprintf("# %s %d", kind, count[kind]))
			}
		}
		out = append(out, l)
	}
	if count["post"] < 3 || count["decision.choice"] < 4 || count["decision.route"] < 5 {
		t.Fatalf("the case has %v", count)
	}
	for _, lang := range Languages {
		name := filepath.Join(dir, "sanoma-juf."+lang+".toml")
		if lang == "nl" {
			os.WriteFile(name, []byte(strings.Join(out, "\n")), 0o644)
		} else {
			en, _ := os.ReadFile("../../scenarios/builtin/sanoma-juf.en.toml")
			os.WriteFile(name, en, 0o644)
		}
	}
	f := &Folder{Dir: dir}
	doc, err := f.Open("sanoma-juf")
	if err != nil {
		t.Fatal(err)
	}
	nl := doc.Cases["nl"]
	posts, choices, routes := slices.Clone(nl.Posts), slices.Clone(nl.Decisions[0].Choices), slices.Clone(nl.Decisions[0].Routes)
	slices.Reverse(nl.Posts)
	slices.Reverse(nl.Decisions[0].Choices)
	slices.Reverse(nl.Decisions[0].Routes)
	// The last choice (first after reversing) has its text edited as well.
	edited := choices[len(choices)-1].Text + " Excuses."
	nl.Decisions[0].Choices[0].Text = edited
	if _, err := f.Save("sanoma-juf", doc.Version, doc.Cases); err != nil {
		t.Fatal(err)
	}
	saved, _ := os.ReadFile(filepath.Join(dir, "sanoma-juf.nl.toml"))
	for i, p := range posts {
		if el := elementAfter(t, string(saved), fmt.Sprintf("# post %d", i+1)); !strings.Contains(el, quoted(p.Text)) {
			t.Errorf("the comment of post %d stands before another post:\n%s", i+1, el)
		}
	}
	for i, c := range choices {
		text := c.Text
		if i == len(choices)-1 {
			text = edited
		}
		if el := elementAfter(t, string(saved), fmt.Sprintf("# decision.choice %d", i+1)); !strings.Contains(el, quoted(text)) {
			t.Errorf("the comment of choice %d stands before another choice:\n%s", i+1, el)
		}
	}
	for i, r := range routes {
		el := elementAfter(t, string(saved), fmt.Sprintf("# decision.route %d", i+1))
		want := []string{"next = " + quoted(r.Next)}
		for _, f := range r.When.HasAny {
			want = append(want, quoted(f))
		}
		for _, w := range want {
			if !strings.Contains(el, w) {
				t.Errorf("the comment of route %d stands before another route (no %s):\n%s", i+1, w, el)
				break
			}
		}
		if len(r.When.HasAny) == 0 && strings.Contains(el, "has_any") {
			t.Errorf("the comment of route %d (the last, without a condition) stands before a route with one:\n%s", i+1, el)
		}
	}
}

func quoted(s string) string { return fmt.Sprintf("%q", s) }
