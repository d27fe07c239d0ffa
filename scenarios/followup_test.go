package scenarios

import (
	"os"
	"strings"
	"testing"
)

// followUpWarnings parses the university case with one text swapped and
// returns the follow-up warnings.
func followUpWarnings(t *testing.T, old, new string) []Problem {
	t.Helper()
	data, err := os.ReadFile("builtin/universiteit-kut.nl.toml")
	if err != nil {
		t.Fatal(err)
	}
	if old != "" {
		if !strings.Contains(string(data), old) {
			t.Fatalf("the case no longer has %q", old)
		}
		data = []byte(strings.Replace(string(data), old, new, 1))
	}
	_, problems := Parse("universiteit-kut.nl.toml", data)
	var out []Problem
	for _, p := range problems {
		if strings.Contains(p.Message, "sends typed replies to") {
			out = append(out, p)
		}
	}
	return out
}

// The university case once answered a sarcastic typed reply about exams with
// "jullie beginnen over mijn taalgebruik?", words only the written choice
// about language said. The checker names the routes that lead there, with
// file, line and field, and the words the follow-up takes for granted.
func TestCheckerWarnsWhenAFollowUpQuotesAChoiceARouteNeedNotSay(t *testing.T) {
	if ws := followUpWarnings(t, "", ""); len(ws) != 0 {
		t.Fatalf("the fixed case still warns: %v", ws)
	}
	ws := followUpWarnings(t, "en dít is jullie antwoord?", "en jullie beginnen over mijn taalgebruik?")
	if len(ws) == 0 {
		t.Fatal("no warning for a follow-up that quotes the language choice to every sarcastic typed reply")
	}
	for _, w := range ws {
		if !strings.Contains(w.Message, `"taalgebruik"`) || !strings.Contains(w.Message, `"terechtgewezen"`) ||
			!strings.Contains(w.Field, ".route[") || w.Line == 0 || !w.Warning {
			t.Errorf("warning does not name the route, its follow-up and the word: %s", w)
		}
	}
	// A follow-up that quotes the trainee's own words through {reply}
	// holds for any reply, so it is not flagged.
	if ws := followUpWarnings(t, "en dít is jullie antwoord?", "en dan zeggen jullie '{reply}'?"); len(ws) != 0 {
		t.Errorf("a {reply} quote was flagged: %v", ws)
	}
	// The same words in the prompt's narration are not a quote; in quote
	// marks they are.
	narr := followUpWarnings(t, "Bram voelt zich afgeserveerd door je antwoord", "Bram voelt zich afgeserveerd door je antwoord over taalgebruik")
	quoted := followUpWarnings(t, "Bram voelt zich afgeserveerd door je antwoord", "Bram voelt zich afgeserveerd door 'let op je taalgebruik'")
	if len(narr) != 0 || len(quoted) == 0 {
		t.Errorf("narration flagged %d times (want 0), a quoted passage %d times (want some)", len(narr), len(quoted))
	}
}
