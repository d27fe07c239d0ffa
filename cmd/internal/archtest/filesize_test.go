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

// Every Go file outside tests and generated code stays within
// maxFileLines.
func TestGoFilesAreSmall(t *testing.T) {
	root := moduleRoot(t)
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
		if n > maxFileLines {
			t.Errorf("%s has %d lines, over %d: split it by responsibility", f, n, maxFileLines)
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
