package scenarios

import (
	"os"
	"strings"
	"testing"
)

// A prompt that states how many people reacted lies in every round where
// the crowd did otherwise: "honderden reacties" after eleven shares.
func TestPromptsWithAFixedCountAreWarnedAbout(t *testing.T) {
	data, err := os.ReadFile("testdata/example.nl.toml")
	if err != nil {
		t.Fatal(err)
	}
	src := string(data)
	i := strings.Index(src, "\nprompt = \"")
	if i < 0 {
		t.Fatal("the example has no prompt")
	}
	for _, words := range []string{"Er staan honderden reacties onder.", "Je antwoord wordt duizenden keren gedeeld.",
		"Tientallen mensen delen hun verhaal.", "Thousands of new likes."} {
		changed := src[:i] + "\nprompt = \"" + words + " " + src[i+len("\nprompt = \""):]
		_, ps := Parse("case.nl.toml", []byte(changed))
		p := findProblem(ps, "decision[1].prompt", "how many react is the round's")
		if p == nil {
			t.Errorf("%q: no warning; got %v", words, ps)
			continue
		}
		if !p.Warning || p.Line != lineOf(changed, words) {
			t.Errorf("%q: warning %v on line %d, want a warning on line %d", words, p.Warning, p.Line, lineOf(changed, words))
		}
	}
	// the example as written says no count
	_, ps := Parse("case.nl.toml", data)
	if p := findProblem(ps, "decision[1].prompt", "how many"); p != nil {
		t.Errorf("the example's own prompt was flagged: %v", p)
	}
}

// No built-in case states a fixed count in a prompt, in either language.
func TestBuiltinPromptsStateNoFixedCount(t *testing.T) {
	for _, sc := range Builtin().Scenarios {
		for _, d := range sc.Decisions {
			if w := fixedCounts.FindString(d.Prompt); w != "" {
				t.Errorf("%s: decision %s says %q: %s", sc.File, d.ID, w, d.Prompt)
			}
		}
		for _, in := range sc.Injects {
			if w := fixedCounts.FindString(in.Prompt); w != "" {
				t.Errorf("%s: inject %s says %q: %s", sc.File, in.ID, w, in.Prompt)
			}
		}
	}
}

// An ending's post comes after a round whose crowd did what it did: "80
// reacties van mensen met hetzelfde verhaal" beside a round with 189 is
// warned about, the round's {complaints|reactie|reacties} is not, and a
// count that does not exist is an error.
func TestEndingPostsWithAFixedCountAreWarnedAbout(t *testing.T) {
	data, err := os.ReadFile("testdata/example.nl.toml")
	if err != nil {
		t.Fatal(err)
	}
	src := string(data)
	i := strings.Index(src, "[[ending.post]]")
	if i < 0 {
		t.Fatal("the example has no ending post")
	}
	j := i + strings.Index(src[i:], "text = \"") + len("text = \"")
	field := "ending[1].post[1].text"
	for words, want := range map[string]string{
		"Inmiddels 80 reacties van mensen met hetzelfde verhaal.":                   "while the round knows how many",
		"Al 10.000 likes erbij.":                                                    "while the round knows how many",
		"Honderden mensen delen dit.":                                               "while the round knows how many",
		"Inmiddels {complaints|reactie|reacties} van mensen met hetzelfde verhaal.": "",
		"Al {fans} erbij.":                                                          "is not a count",
	} {
		changed := src[:j] + words + " " + src[j:]
		_, ps := Parse("case.nl.toml", []byte(changed))
		var got *Problem
		for k, p := range ps {
			if p.Field == field {
				got = &ps[k]
			}
		}
		switch {
		case want == "" && got != nil:
			t.Errorf("%q: %v", words, got)
		case want != "" && (got == nil || !strings.Contains(got.Message, want)):
			t.Errorf("%q: got %v, want %q", words, got, want)
		}
	}
}
