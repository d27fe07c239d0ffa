package studio_test

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
)

// brokenShared is a case a colleague shared with a TOML syntax error: a
// table name without its closing bracket, on line 5.
const brokenShared = `id = "gedeeld"
language = "nl"
title = "Gedeelde case"

[brand
name = "Voorbeeld"
`

// A trainer who opens a shared scenario file that does not load reads in
// the page, in the page's language, which file it is, the line and the
// field and what is wrong there, as the scenario loader (and `check`)
// says it; the studio and its cases go on working.
func TestASharedFileThatDoesNotLoadIsNamedWithItsLineAndField(t *testing.T) {
	h, _ := newStudio(t)
	_, probs := scenarios.Parse("gedeeld.nl.toml", []byte(brokenShared))
	if len(probs) != 1 || probs[0].Line < 5 {
		t.Fatalf("the loader's problems with the broken file: %v", probs)
	}
	line := fmt.Sprint(probs[0].Line)
	wrongField := "id = \"gedeeld2\"\nlanguage = \"nl\"\ntitle = \"Nog een\"\ndifficulty = \"moeilijk\"\n"
	var zipped bytes.Buffer
	zw := zip.NewWriter(&zipped)
	f, _ := zw.Create("gedeeld2.nl.toml")
	f.Write([]byte(wrongField))
	zw.Close()
	for _, tc := range []struct {
		lang, file string
		body       []byte
		want       []string
	}{
		{"nl", "gedeeld.nl.toml", []byte(brokenShared), []string{"gedeeld.nl.toml laadt niet", "regel " + line + ": ", "verwacht aan het eind van de tabelnaam"}},
		{"en", "gedeeld.nl.toml", []byte(brokenShared), []string{"gedeeld.nl.toml does not load", "line " + line + ": ", "expected '.' or ']' to end table name"}},
		{"nl", "Downloads/gedeeld2.nl.toml", []byte(wrongField), []string{"gedeeld2.nl.toml laadt niet", "regel 4, veld difficulty: verkeerd soort waarde"}},
		{"en", "gedeeld2.zip", zipped.Bytes(), []string{"gedeeld2.nl.toml does not load", "line 4, field difficulty: incompatible types"}},
	} {
		w := call(t, h, "POST", "/studio/api/upload", tc.body, map[string]string{"X-Studio-Lang": tc.lang, "X-Studio-File": tc.file})
		var got struct{ Error string }
		json.Unmarshal(w.Body.Bytes(), &got)
		if w.Code != http.StatusBadRequest {
			t.Errorf("%s in %s: %d, want 400", tc.file, tc.lang, w.Code)
		}
		for _, want := range tc.want {
			if !strings.Contains(got.Error, want) {
				t.Errorf("%s in %s: the page reads %q, want it to say %q", tc.file, tc.lang, got.Error, want)
			}
		}
	}
	if w := call(t, h, "GET", "/studio/api/cases", nil, nil); w.Code != 200 || !strings.Contains(w.Body.String(), "sanoma-juf") {
		t.Errorf("after the refused files the case list: %d %s", w.Code, w.Body)
	}
}
