package scenarios

import (
	"os"
	"strings"
	"testing"
)

// A prompt or an action's narration that says the story spreads ("your
// reply is being shared") is read beside a meter that may show one share:
// the checker warns about it, and no built-in case says it.
func TestTextsThatSayTheStorySpreadsAreWarnedAbout(t *testing.T) {
	data, err := os.ReadFile("testdata/example.nl.toml")
	if err != nil {
		t.Fatal(err)
	}
	src := string(data)
	for _, c := range []struct{ anchor, field string }{
		{"\nprompt = \"", "decision[1].prompt"},
		{"text = \"Je collega: ", "decision[1].action[1].text"},
	} {
		i := strings.Index(src, c.anchor)
		if i < 0 {
			t.Fatalf("the example has no %q", c.anchor)
		}
		i += len(c.anchor)
		for _, words := range []string{"Je antwoord wordt gedeeld.", "De screenshots gaan rond.",
			"Your reply is being shared.", "The comments pour in.", "Dit gaat viraal.",
			// the size of the spread taken for granted
			"Everyone has screenshots already.", "Iedereen heeft er al screenshots van.", "Not the viral post.", "Niet het virale bericht.",
			// HEMA's prompt beside a meter at 2% reach, and the sofa case's
			"The story is on news sites.", "Het verhaal staat op nieuwssites.",
			"More and more people share their own stories.", "Onder haar bericht verschijnen steeds meer eigen verhalen."} {
			changed := src[:i] + words + " " + src[i:]
			_, ps := Parse("case.nl.toml", []byte(changed))
			if p := findProblem(ps, c.field, "whether the story spreads"); p == nil || !p.Warning {
				t.Errorf("%s %q: no warning; got %v", c.field, words, ps)
			}
		}
	}
	_, ps := Parse("case.nl.toml", data)
	for _, p := range ps {
		if strings.Contains(p.Message, "whether the story spreads") {
			t.Errorf("the example as written is flagged: %v", p)
		}
	}
	// A text that says what the story knows is free.
	for _, words := range []string{"Je antwoord staat openbaar.", "Dorien zet je antwoord te kijk, met #fail.",
		"Your reply stands in public.", "The tweet is still there, for anyone to read and share."} {
		if w := SpreadClaim(words); w != "" {
			t.Errorf("%q read as spreading (%q)", words, w)
		}
	}
}

func TestBuiltinPromptsAndNarrationSayNoSpread(t *testing.T) {
	for _, sc := range Builtin().Scenarios {
		for _, d := range sc.Decisions {
			texts := []string{d.Prompt}
			for _, va := range d.Variants {
				texts = append(texts, va.Prompt)
			}
			for _, a := range d.Actions {
				if !strings.Contains(a.Text, "{") {
					texts = append(texts, a.Text)
				}
			}
			for _, text := range texts {
				if w := SpreadClaim(text); w != "" {
					t.Errorf("%s: decision %s says %q: %s", sc.File, d.ID, w, text)
				}
			}
		}
	}
}

func TestSideClaimsAreRead(t *testing.T) {
	for text, want := range map[string]string{
		"Het publiek koos de kant van de klant, hoe onbeleefd hij ook was.":     "against",
		"The public took the customer's side, however rude he was.":             "against",
		"Most reactions are full of praise, some aren't.":                       "for",
		"Een directeur die een klant uitscheldt, zet zijn bedrijf op het spel.": "",
		"For you the press picked it up: with your words, not Jason's.":         "",
	} {
		w, against := SideClaim(text)
		got := ""
		switch {
		case w != "" && against:
			got = "against"
		case w != "":
			got = "for"
		}
		if got != want {
			t.Errorf("%q: read as %q, want %q", text, got, want)
		}
	}
}
