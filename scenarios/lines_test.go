package scenarios

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// withLines is the example case with a [crowd.lines] block after its
// crowd's neutral lines.
func withLines(t *testing.T, block string) ([]Problem, string) {
	t.Helper()
	data, err := os.ReadFile("testdata/example.nl.toml")
	if err != nil {
		t.Fatal(err)
	}
	// the example's own lines make way for the block
	text := string(data)
	start, end := strings.Index(text, "\n[crowd.lines."), strings.Index(text, "\n[[actor]]")
	src := text[:start] + "\n" + block + text[end:]
	_, problems := Parse("case.nl.toml", []byte(src))
	return problems, src
}

// lineOf is the line number of the first line of src holding s.
func lineOf(src, s string) int { return strings.Count(src[:strings.Index(src, s)], "\n") + 1 }

func findProblem(ps []Problem, field, words string) *Problem {
	for i, p := range ps {
		if p.Field == field && strings.Contains(p.Message, words) {
			return &ps[i]
		}
	}
	return nil
}

func TestLinesAreCheckedWithTheirLine(t *testing.T) {
	ps, src := withLines(t, `[crowd.lines.critic]
silent = [
  "Nog steeds niks van {brand}.",
  "Retweet dit zodat {brand} het ziet.",
  "Dank je Noor, al iets gehoord?",
]
replied = ["{worst}? Echt, {brand}?"]
any = ["{agent} zit er vast ook mee."]

[crowd.lines.critics]
any = ["typo in de stance"]
`)
	cases := []struct {
		field, words string
		warning      bool
		line         int
	}{
		// a channel's words on another channel: on X "retweet" fits, so
		// nothing; the example plays on twitter
		{"crowd.lines.critic.silent[3]", "names Noor, who has not posted", true, lineOf(src, "Dank je Noor")},
		{"crowd.lines.critic.replied[1]", "{worst} quotes an offending reply", false, lineOf(src, "{worst}? Echt")},
		{"crowd.lines.critic.any[1]", "{agent} and {quote} need a reply", false, lineOf(src, "{agent} zit")},
	}
	for _, c := range cases {
		p := findProblem(ps, c.field, c.words)
		if p == nil {
			t.Errorf("no problem %q on %s; got %v", c.words, c.field, ps)
			continue
		}
		if p.Warning != c.warning || p.Line != c.line {
			t.Errorf("%s: warning %v line %d, want %v line %d", c.field, p.Warning, p.Line, c.warning, c.line)
		}
	}
	if findProblem(ps, "crowd.lines.critic.silent[2]", "") != nil {
		t.Error("a retweet on X was flagged")
	}
	// five lines of its own: the checker warns, naming the threshold
	if p := findProblem(ps, "crowd.lines", "own bystander lines"); p == nil || !p.Warning ||
		!strings.Contains(p.Message, "own bystander lines: 5 (") || !strings.Contains(p.Message, fmt.Sprintf("at least %d", MinOwnLines)) ||
		!strings.Contains(p.Message, "supporter 0") {
		t.Errorf("no warning about too few lines: %v", p)
	}
	// onlookers speak as often as jokers: a case without its own has them
	// ask what is going on in generic words, and the warning says so
	if p := findProblem(ps, "crowd.lines", "own bystander lines"); p == nil || !strings.Contains(p.Message, "onlooker 0") {
		t.Errorf("the warning does not count the onlookers: %v", p)
	}
	unknown := false
	for _, p := range ps {
		unknown = unknown || (strings.Contains(p.Field+p.Message, "critics") && !p.Warning)
	}
	if !unknown {
		t.Errorf("an unknown stance was not refused: %v", ps)
	}
}

func TestLinesThatSpeakOfAnotherChannel(t *testing.T) {
	for _, c := range []struct {
		text, channel string
		fits          bool
	}{
		{"Everyone retweet this", "facebook", false},
		{"Everyone retweet this", "twitter", true},
		{"RT if you agree", "facebook", false},
		{"Read the comments on this page", "twitter", false},
		{"Deze pagina staat vol boze reacties", "facebook", true},
		{"Het staat al in mijn tijdlijn", "instagram", false},
		{"Shared it with my friends", "facebook", true},
	} {
		if ok, w := FitsChannel(c.text, c.channel); ok != c.fits {
			t.Errorf("%q on %s: fits %v (word %q), want %v", c.text, c.channel, ok, w, c.fits)
		}
	}
}

func TestTiedLinesAreChecked(t *testing.T) {
	ps, src := withLines(t, `solved_after = ["ergens-anders"]

[crowd.lines.critic]
bad = ["Nog steeds niks van {brand}."]

[[crowd.tied]]
stance = "critic"
moment = "bad"
after = ["nergens"]
lines = ["Stuur een monteur, geen advocaat, {brand}."]

[[crowd.tied]]
stance = "critics"
moment = "silent"
lines = ["{worst}? Echt?"]

[[crowd.tied]]
stance = "press"
says = ["re:premie.*"]
when = { has_any = ["dreigement"] }
lines = ["Privacyblog hier."]
`)
	cases := []struct{ field, words string }{
		{"crowd.tied[1].after", `"nergens" is neither a decision nor an ending`},
		{"crowd.solved_after[1]", `"ergens-anders" is neither a decision nor an ending`},
		{"crowd.tied[2].stance", `is "critics"`},
		{"crowd.tied[2].moment", "is silent"},
		{"crowd.tied[2]", "has no after, when or says"},
		{"crowd.tied[2].lines[1]", "{worst} quotes an offending reply"},
		{"crowd.tied[3].says[1]", "regular expression is not allowed"},
	}
	for _, c := range cases {
		p := findProblem(ps, c.field, c.words)
		if p == nil {
			t.Errorf("no problem %q on %s; got %v", c.words, c.field, ps)
			continue
		}
		if p.Warning || p.Line == 0 {
			t.Errorf("%s: warning %v line %d, want an error with its line", c.field, p.Warning, p.Line)
		}
	}
	if p := findProblem(ps, "crowd.tied[1].after", "neither"); p != nil && p.Line != lineOf(src, `after = ["nergens"]`) {
		t.Errorf("the unknown turn is named on line %d, want %d", p.Line, lineOf(src, `after = ["nergens"]`))
	}
}
