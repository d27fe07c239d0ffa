package studio_test

import (
	"encoding/json"
	"io/fs"
	"regexp"
	"strings"
	"testing"

	web "github.com/webcaresim/webcaresim/assets/web"
)

// The studio's page draws its words from the product's one catalogue: the
// script it loads carries every word the page asks for, in Dutch and in
// English, and no word is empty.
func TestStudioPageSpeaksBothLanguagesFromTheCatalogue(t *testing.T) {
	h, _ := newStudio(t)
	w := call(t, h, "GET", "/studio/static/text.js", nil, nil)
	if w.Code != 200 || !strings.Contains(w.Header().Get("Content-Type"), "javascript") {
		t.Fatalf("text.js: %d %s", w.Code, w.Header().Get("Content-Type"))
	}
	body := w.Body.String()
	_, obj, ok := strings.Cut(body, "var STUDIO_TEXT = ")
	if !ok {
		t.Fatalf("text.js does not define STUDIO_TEXT:\n%.200s", body)
	}
	var text map[string]map[string]string
	if err := json.Unmarshal([]byte(strings.TrimSuffix(strings.TrimSpace(obj), ";")), &text); err != nil {
		t.Fatalf("STUDIO_TEXT: %v", err)
	}
	// The page's words: T.key and T["key"] in its script, data-t="key" in
	// its HTML, and the check's states it looks up as "state_" + state.
	used := map[string]bool{"state_loads": true, "state_problems": true, "state_empty": true}
	uses := regexp.MustCompile(`\bT\.([a-z_0-9]+)|\bT\["([a-z_0-9]+)"\]|data-t="([a-z_0-9]+)"`)
	files, _ := fs.Glob(web.Studio, "studio/*")
	for _, f := range files {
		if !strings.HasSuffix(f, ".js") && !strings.HasSuffix(f, ".html") {
			continue
		}
		src, err := fs.ReadFile(web.Studio, f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range uses.FindAllStringSubmatch(string(src), -1) {
			used[m[1]+m[2]+m[3]] = true
		}
	}
	if len(used) < 150 {
		t.Fatalf("found only %d words the page uses: the pattern no longer matches the page", len(used))
	}
	for _, lang := range []string{"nl", "en"} {
		for key := range used {
			if strings.TrimSpace(text[lang][key]) == "" {
				t.Errorf("%s: the studio's page asks for %q, which is missing or empty", lang, key)
			}
		}
	}
	if text["nl"]["save"] == text["en"]["save"] {
		t.Errorf("the save button says %q in both languages", text["nl"]["save"])
	}
}
