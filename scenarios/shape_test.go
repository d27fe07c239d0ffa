package scenarios

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// deeplyNested is the file that took the checker minutes and gigabytes: a
// value of inline tables nested n deep.
func deeplyNested(n int) []byte {
	return []byte("id = \"x\"\nlanguage = \"nl\"\ntitle = \"t\"\n\nx = " + strings.Repeat("{a = ", n) + "1" + strings.Repeat("}", n) + "\n")
}

func TestDeepNestingIsRefusedAtOnce(t *testing.T) {
	for name, data := range map[string][]byte{
		"inline tables": deeplyNested(20000), // about 100 KB
		"arrays":        []byte("id = \"x\"\nx = " + strings.Repeat("[", 50000) + strings.Repeat("]", 50000) + "\n"),
		"dotted keys":   []byte("id = \"x\"\n\n\n" + strings.Repeat("a.", 5000) + "b = 1\n"),
		"table header":  []byte("id = \"x\"\n[" + strings.Repeat("t.", 40) + "u]\n"),
	} {
		start := time.Now()
		sc, problems := Parse("deep.toml", data)
		took := time.Since(start)
		if sc != nil || len(problems) != 1 {
			t.Fatalf("%s: %d problems, scenario %v; want it refused with one problem", name, len(problems), sc != nil)
		}
		p := problems[0]
		if p.File != "deep.toml" || p.Line < 2 || !strings.Contains(p.Message, "nest more than") {
			t.Errorf("%s: %q; want FILE:LINE and what is wrong", name, p.String())
		}
		if took > time.Second {
			t.Errorf("%s: refused after %s; the issue asks for under a second", name, took)
		}
	}
	// The line is where the nesting passes the limit.
	_, problems := Parse("deep.toml", deeplyNested(100))
	if got := problems[0].String(); !strings.HasPrefix(got, "deep.toml:5:") {
		t.Errorf("the problem is %q, want it on line 5", got)
	}
}

func TestNestingInStringsAndCommentsDoesNotCount(t *testing.T) {
	brackets := strings.Repeat("[{", 100)
	data := "# " + brackets + "\nid = \"" + brackets + "\"\nx = '" + brackets + "'\ny = \"\"\"\n" + brackets + "\n\"\"\"\nz = '''" + brackets + "'''\n"
	if p := checkShape("s.toml", []byte(data)); p != nil {
		t.Fatalf("brackets in strings and comments were counted: %v", p)
	}
}

func TestAnOversizeFileIsRefused(t *testing.T) {
	data := append([]byte("id = \"x\"\n# "), bytes.Repeat([]byte("x"), MaxFileBytes)...)
	if _, problems := Parse("big.toml", data); len(problems) != 1 || !strings.Contains(problems[0].Message, "at most") {
		t.Fatalf("an oversize file: %v", problems)
	}
}

// manyDecisions is a scenario with n decisions in a chain, built on the
// Sanoma case's header and endings.
func manyDecisions(t testing.TB, n int) []byte {
	src, err := os.ReadFile(filepath.Join("builtin", "sanoma-juf.nl.toml"))
	if err != nil {
		t.Fatal(err)
	}
	s := string(src)
	var b strings.Builder
	b.WriteString(s[:strings.Index(s, "[[decision]]")])
	for i := range n {
		next := fmt.Sprintf("d%d", i+1)
		if i == n-1 {
			next = "herstel"
		}
		fmt.Fprintf(&b, "[[decision]]\nid = \"d%d\"\nat = \"1m\"\nprompt = \"Besluit %d\"\ntimeout = \"45m\"\non_timeout = %q\n\n  [[decision.choice]]\n  text = \"Sorry, ik bel je vandaag. ^Lotte\"\n  next = %q\n\n", i, i, next, next)
	}
	b.WriteString(s[strings.Index(s, "[[ending]]"):])
	return []byte(b.String())
}

func BenchmarkParse10000Decisions(b *testing.B) {
	data := manyDecisions(b, 10000)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		// The generated chain leaves some of Sanoma's endings unreached:
		// a few problems, all about endings.
		if _, problems := Parse("many.toml", data); len(problems) > 10 {
			b.Fatalf("%d problems: %v", len(problems), problems[:3])
		}
	}
}

func BenchmarkRefuseDeepNesting(b *testing.B) {
	data := deeplyNested(20000)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		Parse("deep.toml", data)
	}
}

// FuzzParse feeds the loader any bytes: it never panics, refuses what it
// cannot play with a problem that names the file and a line within it, and
// a scenario it takes has no errors.
//
// The seeds are small files on purpose: the fuzzer mutates, runs and
// minimizes every input at a cost that grows with its length (minimizing
// tries to remove every run of bytes), and with four 26 KB built-in cases as
// seeds it ran about 10 inputs in the CI's 10 seconds.
func FuzzParse(f *testing.F) {
	for _, p := range []string{"testdata/small.nl.toml", "testdata/broken/three-problems.nl.toml"} {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		if sc, problems := Parse(p, data); sc == nil && !strings.Contains(p, "broken") {
			f.Fatalf("the seed %s is no playable case, so the fuzzer would not reach the checks of one: %v", p, problems)
		}
		f.Add(data)
	}
	f.Add(deeplyNested(40))
	f.Add([]byte("id = \"x\"\n[[decision]]\nid = \"a\"\n[[decision.choice]]\ntext = \"\"\"\nb\n\"\"\"\n"))
	f.Add([]byte("a = {b = [1, {c.d = 'x'}], e = \"\\\"\"}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		sc, problems := Parse("fuzz.toml", data)
		lines := bytes.Count(data, []byte("\n")) + 1
		for _, p := range problems {
			if p.File != "fuzz.toml" || p.Line < 0 || p.Line > lines+1 {
				t.Fatalf("problem %q names no line of the file (%d lines)", p.String(), lines)
			}
			if sc != nil && !p.Warning {
				t.Fatalf("a scenario was taken with the error %q", p.String())
			}
		}
		if sc == nil && len(problems) == 0 {
			t.Fatal("refused without a problem")
		}
	})
}
