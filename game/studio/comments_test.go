package studio

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// comments lists the comments of a TOML file as an author reads them: the
// text of each comment line and of each comment after a value.
func comments(t *testing.T, data string) []string {
	t.Helper()
	var out []string
	for _, line := range strings.Split(data, "\n") {
		if c := strings.TrimSpace(line); strings.HasPrefix(c, "#") {
			out = append(out, c)
		} else if i := strings.Index(line, " # "); i >= 0 && !strings.Contains(line[:i], `"`) || i >= 0 && strings.Count(line[:i], `"`)%2 == 0 {
			out = append(out, strings.TrimSpace(line[i:]))
		}
	}
	return out
}

// nextKey is the key or header on the first line after the comment c that
// is neither a comment nor blank.
func nextKey(data, c string) string {
	lines := strings.Split(data, "\n")
	for i, l := range lines {
		if strings.TrimSpace(l) != c {
			continue
		}
		for _, n := range lines[i+1:] {
			n = strings.TrimSpace(n)
			if n == "" || strings.HasPrefix(n, "#") {
				continue
			}
			key, _, _ := strings.Cut(n, "=")
			return strings.TrimSpace(key)
		}
	}
	return ""
}

// The author's comments survive a save in the studio: every comment of a
// built-in case, after its title changed, stands before the same key; a
// comment follows its decision when the decision before it is deleted, and
// one on the deleted decision goes with it.
func TestSavingKeepsTheAuthorsComments(t *testing.T) {
	dir := t.TempDir()
	for _, lang := range Languages {
		data, err := os.ReadFile("../../scenarios/builtin/advocatenbrief." + lang + ".toml")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "advocatenbrief."+lang+".toml"), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	orig, _ := os.ReadFile(filepath.Join(dir, "advocatenbrief.nl.toml"))
	f := &Folder{Dir: dir}
	doc, err := f.Open("advocatenbrief")
	if err != nil {
		t.Fatal(err)
	}
	nl := doc.Cases["nl"]
	nl.Title = "Een brief van onze advocaat (bewerkt)"
	if _, err := f.Save("advocatenbrief", doc.Version, doc.Cases); err != nil {
		t.Fatal(err)
	}
	saved, _ := os.ReadFile(filepath.Join(dir, "advocatenbrief.nl.toml"))
	want, got := comments(t, string(orig)), comments(t, string(saved))
	if len(want) < 20 {
		t.Fatalf("the original has %d comments", len(want))
	}
	for _, c := range want {
		if !slices.Contains(got, c) {
			t.Errorf("the save dropped the comment %q", c)
		}
	}
	const reached = "# Reached after a reply and after silence: the prompt holds for both (P13-24)."
	if k := nextKey(string(saved), reached); k != "prompt" {
		t.Errorf("the comment on the prompt of 'discussie' stands before %q, want prompt", k)
	}
	if !strings.Contains(string(saved), "Een brief van onze advocaat (bewerkt)") {
		t.Error("the changed title was not saved")
	}

	// Delete the decision before 'discussie' and give it a comment of its own.
	doc, _ = f.Open("advocatenbrief")
	nl = doc.Cases["nl"]
	i := slices.IndexFunc(nl.Decisions, func(d Decision) bool { return d.ID == "brief-gedeeld" })
	if i < 0 {
		t.Fatal("no decision brief-gedeeld")
	}
	withComment := strings.Replace(string(saved), "id = \"brief-gedeeld\"", "# Peter deelt de brief.\nid = \"brief-gedeeld\"", 1)
	os.WriteFile(filepath.Join(dir, "advocatenbrief.nl.toml"), []byte(withComment), 0o644)
	doc, _ = f.Open("advocatenbrief")
	nl = doc.Cases["nl"]
	nl.Decisions = slices.Delete(nl.Decisions, i, i+1)
	if _, err := f.Save("advocatenbrief", doc.Version, doc.Cases); err != nil {
		t.Fatal(err)
	}
	again, _ := os.ReadFile(filepath.Join(dir, "advocatenbrief.nl.toml"))
	if k := nextKey(string(again), reached); k != "prompt" || !strings.Contains(string(again), reached) {
		t.Errorf("after deleting the decision before it, the comment on 'discussie' stands before %q", k)
	}
	if strings.Contains(string(again), "# Peter deelt de brief.") {
		t.Error("the comment of the deleted decision stayed in the file")
	}
}
