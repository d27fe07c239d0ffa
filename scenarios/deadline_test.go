package scenarios

import (
	"path/filepath"
	"strings"
	"testing"
)

// A decision whose timeout is shorter than its SLA contradicts itself:
// silence closes it while the SLA still promises time. The checker warns
// with the file's line and says what to set; the built-in cases, which say
// their decision's deadline with sla_minutes, pass clean.
func TestTimeoutShorterThanTheSLAIsWarned(t *testing.T) {
	good, err := builtinFS.ReadFile("builtin/universiteit-kut.nl.toml")
	if err != nil {
		t.Fatal(err)
	}
	src := string(good)
	own := "timeout = \"40m\"\nsla_minutes = 40\non_timeout = \"genegeerd\"\n"
	if !strings.Contains(src, own) {
		t.Fatal("universiteit-kut.nl.toml no longer gives its 40-minute decision its own SLA")
	}
	for _, p := range Load(filepathOf(t, "universiteit-kut.nl.toml", src)).Problems {
		if strings.HasSuffix(p.Field, ".timeout") {
			t.Errorf("the built-in file warns: %s", p)
		}
	}
	// without its own SLA the decision inherits the case's 60 minutes
	bad := strings.Replace(src, own, "timeout = \"40m\"\non_timeout = \"genegeerd\"\n", 1)
	ps := Load(filepathOf(t, "universiteit-kut.nl.toml", bad)).Problems
	p := findProblem(ps, "decision[2].timeout", "shorter than the SLA of 60 min")
	if p == nil {
		t.Fatalf("no warning for a 40-minute timeout under a 60-minute SLA; problems: %v", ps)
	}
	if !p.Warning || !strings.Contains(p.Message, "sla_minutes = 40") {
		t.Errorf("want a warning that says to set sla_minutes = 40: %s", p)
	}
	lines := strings.Split(bad, "\n")
	if l := lines[p.Line-1]; l != "timeout = \"40m\"" {
		t.Errorf("the warning points at line %d (%q), not at the timeout", p.Line, l)
	}
}

func filepathOf(t *testing.T, name, src string) string {
	t.Helper()
	file := filepath.Join(t.TempDir(), name)
	write(t, file, src)
	return file
}
