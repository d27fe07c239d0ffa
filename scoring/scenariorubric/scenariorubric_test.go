package scenariorubric

import (
	"os"
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
)

// The built-in cases pass every check that needs the rubric: their routes
// test features it knows, their misreadings are patterns it compiles and
// their follow-ups take for granted only what a route guarantees.
func TestBuiltinScenariosPassTheRubricsChecks(t *testing.T) {
	Plug()
	t.Cleanup(func() { scenarios.UseRubric(nil) })
	for _, p := range scenarios.Builtin().Errors() {
		t.Errorf("%s", p)
	}
}

// A route that tests a misspelt feature would never match; an ending of an
// unknown kind would get no points and no colour. check names both.
func TestCheckKnowsFeaturesAndEndingKinds(t *testing.T) {
	Plug()
	t.Cleanup(func() { scenarios.UseRubric(nil) })
	data, err := os.ReadFile("../../scenarios/testdata/example.nl.toml")
	if err != nil {
		t.Fatal(err)
	}
	src := strings.Replace(string(data), `"blame_customer"`, `"blame_custmer"`, 1)
	src = strings.Replace(src, `kind = "good"`, `kind = "great"`, 1)
	_, problems := scenarios.Parse("voorbeeld.nl.toml", []byte(src))
	var got []string
	for _, p := range problems {
		if !p.Warning {
			got = append(got, p.String())
		}
	}
	want := []string{`when.has_any: "blame_custmer" is not a feature of the rubric (did you mean "blame_customer"?)`,
		`.kind: is "great"; use good, mixed or bad`}
	for _, w := range want {
		found := false
		for _, g := range got {
			if strings.Contains(g, w) && strings.HasPrefix(g, "voorbeeld.nl.toml:") {
				found = true
			}
		}
		if !found {
			t.Errorf("no problem %q among %q", w, got)
		}
	}
}

// followUpWarnings parses the university case with one text swapped and
// returns the follow-up warnings.
func followUpWarnings(t *testing.T, old, new string) []scenarios.Problem {
	t.Helper()
	data, err := os.ReadFile("../../scenarios/builtin/universiteit-kut.nl.toml")
	if err != nil {
		t.Fatal(err)
	}
	if old != "" {
		if !strings.Contains(string(data), old) {
			t.Fatalf("the case no longer has %q", old)
		}
		data = []byte(strings.Replace(string(data), old, new, 1))
	}
	_, problems := scenarios.Parse("universiteit-kut.nl.toml", data)
	var out []scenarios.Problem
	for _, p := range problems {
		// The quotes of a written choice; what a follow-up presumes of
		// the reply (a lecture about language) is another check's.
		if strings.Contains(p.Message, "sends typed replies to") && strings.Contains(p.Message, "which repeats") {
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
	Plug()
	t.Cleanup(func() { scenarios.UseRubric(nil) })
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

// Sanoma once sent a reply about a textbook order ("Hoi juf, wat vervelend
// dat u zo lang op de lesmethode wacht… stuur u binnen een uur een DM") to
// Dorien's "Oké, dat is netjes. Ik stuur je een DM.": the route asked for
// a DM offer and calm words, nothing more. The checker names a route that
// asks for a good reply and lets through a reply written for another post
// or to another name; a route for rude replies and a catch-all need not.
func TestCheckerWarnsWhenAGoodReplyRouteLetsThroughAnotherPostsReply(t *testing.T) {
	Plug()
	t.Cleanup(func() { scenarios.UseRubric(nil) })
	data, err := os.ReadFile("../../scenarios/builtin/sanoma-juf.nl.toml")
	if err != nil {
		t.Fatal(err)
	}
	relevance := func(text string) []scenarios.Problem {
		_, problems := scenarios.Parse("sanoma-juf.nl.toml", []byte(text))
		var out []scenarios.Problem
		for _, p := range problems {
			if strings.Contains(p.Message, "asks for a good reply") {
				out = append(out, p)
			}
		}
		return out
	}
	if ws := relevance(string(data)); len(ws) != 0 {
		t.Fatalf("the fixed case warns: %v", ws)
	}
	old := `when = { has_any = ["move_private"], lacks = ["off_topic", "wrong_name"], deescalation_at_least = 55 }`
	if !strings.Contains(string(data), old) {
		t.Fatalf("the case no longer has %q", old)
	}
	// the warning names the route by its line, wherever it stands among
	// the decision's routes (a route added before it moved its index)
	line := strings.Count(string(data[:strings.Index(string(data), old)]), "\n") + 1
	ws := relevance(strings.Replace(string(data), old, `when = { has_any = ["move_private"], lacks = ["wrong_name"], deescalation_at_least = 55 }`, 1))
	if len(ws) != 1 || !strings.HasPrefix(ws[0].Field, "decision[1].route[") || !strings.HasSuffix(ws[0].Field, "].when") || ws[0].Line != line || !ws[0].Warning ||
		!strings.Contains(ws[0].Message, `"off_topic"`) || strings.Contains(ws[0].Message, `"wrong_name"`) || !strings.Contains(ws[0].Message, `"dm-gesprek"`) {
		t.Errorf("want one warning naming the route of decision 1 on line %d, dm-gesprek and the missing off_topic; got %v", line, ws)
	}
	// A route for rude replies is not one for good replies.
	rude := `when = { has_any = ["insult", "sarcasm"] }`
	if ws := relevance(strings.Replace(string(data), `when = { deescalation_below = 40 }`, rude, 1)); len(ws) != 0 {
		t.Errorf("a route for rude replies was flagged: %v", ws)
	}
}
