package scenarios

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

// An observed range that is not a range, names no measure the round counts
// or quotes no source is an error naming the file, line and field, and
// the file is not played.
func TestObservedRangesAreValidated(t *testing.T) {
	good, err := builtinFS.ReadFile("builtin/hema-insuline.en.toml")
	if err != nil {
		t.Fatal(err)
	}
	src := string(good)
	const ok = "at_least = 100\n"
	if !strings.Contains(src, ok) || !strings.Contains(src, `measure = "story_posts"`) {
		t.Fatal("hema-insuline.en.toml should record hundreds of posts as story_posts at least 100")
	}
	src = strings.Replace(src, ok, "at_least = 100\nat_most = 99\n", 1)
	src = strings.Replace(src, `measure = "story_posts"`, `measure = "berichten"`, 1)
	dir := t.TempDir()
	file := filepath.Join(dir, "hema-insuline.en.toml")
	write(t, file, src)
	set := Load(file)
	line := func(s string) int {
		for i, l := range strings.Split(src, "\n") {
			if strings.Contains(l, s) {
				return i + 1
			}
		}
		return 0
	}
	for _, want := range []string{
		fmt.Sprintf("%s:%d: debrief.observed[1].measure: \"berichten\" is not a measure", file, line(`measure = "berichten"`)),
		fmt.Sprintf("%s:%d: debrief.observed[1].at_most: 99 is below at_least 100", file, line("at_most = 99")),
	} {
		found := false
		for _, p := range set.Problems {
			found = found || strings.HasPrefix(p.String(), want)
		}
		if !found {
			t.Errorf("no problem %q; got %v", want, set.Problems)
		}
	}
	if len(set.Scenarios) != 0 {
		t.Error("a scenario with a broken observed range was loaded as playable")
	}
}
