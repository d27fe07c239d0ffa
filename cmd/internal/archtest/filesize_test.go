package archtest

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// maxFileLines is the most lines a Go file may have (tests and generated
// files aside): a file is something one can hold in one's head.
const maxFileLines = 500

// overLimit are the files still over maxFileLines while their split is
// under way, each with why it is still long. No file may join it. An
// entry whose file has come under the limit is named in the test's log
// rather than failing it, so that landing a split never breaks the build;
// the entry then goes.
var overLimit = map[string]string{
	"cmd/webplayer/main.go": "the HTML player's page, pacing and texts in one file; its texts move to the one translation mechanism",
}

// Every Go file outside tests and generated code stays within
// maxFileLines.
func TestGoFilesAreSmall(t *testing.T) {
	root := moduleRoot(t)
	seen := map[string]bool{}
	for _, f := range trackedFiles(t, root) {
		if !strings.HasSuffix(f, ".go") || strings.HasSuffix(f, "_test.go") {
			continue
		}
		n, generated, err := countLines(filepath.Join(root, f))
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		if generated {
			continue
		}
		_, listed := overLimit[f]
		seen[f] = listed
		switch {
		case n > maxFileLines && !listed:
			t.Errorf("%s has %d lines, over %d: split it by responsibility", f, n, maxFileLines)
		case n <= maxFileLines && listed:
			t.Logf("%s has %d lines, within %d now: take it off overLimit", f, n, maxFileLines)
		}
	}
	for f := range overLimit {
		if _, ok := seen[f]; !ok {
			t.Logf("overLimit lists %s, which is no longer a Go file: take it off", f)
		}
	}
}

// countLines counts a file's lines and tells whether it is generated (a
// "Code generated … DO NOT EDIT." line before the package clause).
func countLines(path string) (n int, generated bool, err error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, false, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	inHeader := true
	for sc.Scan() {
		n++
		line := sc.Text()
		if inHeader && strings.HasPrefix(line, "package ") {
			inHeader = false
		}
		if inHeader && strings.HasPrefix(line, "// Code generated ") && strings.HasSuffix(line, " DO NOT EDIT.") {
			generated = true
		}
	}
	return n, generated, sc.Err()
}
