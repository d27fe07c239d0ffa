package archtest

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// moduleRoot is the folder of go.mod.
func moduleRoot(t *testing.T) string {
	t.Helper()
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}").Output()
	if err != nil {
		t.Fatalf("go list -m: %v", err)
	}
	return strings.TrimSpace(string(out))
}

// trackedFiles lists the files git tracks, relative to the module root; a
// tree without git (an exported archive) is walked instead, skipping what
// the build leaves behind.
func trackedFiles(t *testing.T, root string) []string {
	t.Helper()
	if out, err := exec.Command("git", "-C", root, "ls-files").Output(); err == nil {
		return strings.Fields(string(out))
	}
	var files []string
	_ = filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		rel, _ := filepath.Rel(root, path)
		if d.IsDir() && (rel == ".git" || rel == "bin" || rel == "shots") {
			return filepath.SkipDir
		}
		if !d.IsDir() {
			files = append(files, filepath.ToSlash(rel))
		}
		return nil
	})
	return files
}

// The product's design fixes the top level: its parts, and beside them only
// tooling. A new folder there is a part the design does not know.
func TestTopLevelIsTheDesigns(t *testing.T) {
	allowed := map[string]bool{
		// the parts
		"cmd": true, "game": true, "scenarios": true, "assets": true, "scoring": true,
		"go.mod": true, "go.sum": true, "README.md": true,
		// tooling
		"Makefile": true, "scripts": true, ".ci": true, ".gitignore": true, "LICENSE": true,
	}
	seen := map[string]bool{}
	for _, f := range trackedFiles(t, moduleRoot(t)) {
		top, _, _ := strings.Cut(f, "/")
		if !allowed[top] && !seen[top] {
			seen[top] = true
			t.Errorf("%s at the top level: the top level holds cmd, game, scenarios, assets, scoring and tooling only", top)
		}
	}
}

// The README's table of folders must match the tree: every folder it names
// exists and holds Go code or files, and every Go package is named in it
// or lies below a folder it names.
func TestReadmeLayoutMatchesTree(t *testing.T) {
	root := moduleRoot(t)
	readme, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, section, found := strings.Cut(string(readme), "## How the code is laid out")
	if !found {
		t.Fatal(`README.md has no section "How the code is laid out"`)
	}
	section, _, _ = strings.Cut(section, "\n## ")
	row := regexp.MustCompile("(?m)^\\| `([^`]+)/` \\|")
	var named []string
	for _, m := range row.FindAllStringSubmatch(section, -1) {
		named = append(named, m[1])
	}
	if len(named) < 5 {
		t.Fatalf("the layout table names only %d folders: %v", len(named), named)
	}
	for _, dir := range named {
		if st, err := os.Stat(filepath.Join(root, dir)); err != nil || !st.IsDir() {
			t.Errorf("README names %s/, which is not a folder", dir)
		}
	}
	packages := map[string]bool{}
	for _, f := range trackedFiles(t, root) {
		if strings.HasSuffix(f, ".go") {
			packages[filepath.ToSlash(filepath.Dir(f))] = true
		}
	}
	var unnamed []string
	for pkg := range packages {
		if !coveredBy(pkg, named) {
			unnamed = append(unnamed, pkg)
		}
	}
	sort.Strings(unnamed)
	for _, pkg := range unnamed {
		t.Errorf("package %s/ is not in the README's layout table", pkg)
	}
}

// coveredBy tells whether dir is one of the named folders or lies below one
// that is not a top-level folder (a top-level name alone says too little).
func coveredBy(dir string, named []string) bool {
	for _, n := range named {
		if dir == n || (strings.Contains(n, "/") && strings.HasPrefix(dir, n+"/")) {
			return true
		}
		if !strings.Contains(n, "/") && strings.HasPrefix(dir, n+"/") && !strings.HasPrefix(dir, "game/") && !strings.HasPrefix(dir, "cmd/") {
			return true
		}
	}
	return false
}
