package scenarios

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// presumeRubric knows the features a route names and the put-downs, and
// finds nothing in a reply: enough for what a route guarantees.
type presumeRubric struct{}

func (presumeRubric) FeatureIDs() []string {
	return []string{"insult", "sarcasm", "ironic_praise", "humour_at_expense", "blame_customer", "deny",
		"threaten_customer", "legal_threat", "questioned_apology", "shouting", "belittle", "apology",
		"move_private", "next_step", "off_topic", "wrong_name", "invite_dialogue", "details_request", "apology_for_slip"}
}
func (presumeRubric) CheckPattern(string, string) error                  { return nil }
func (presumeRubric) FeatureTexts(string, *Scenario) map[string][]string { return nil }
func (presumeRubric) PutDowns() []string {
	return []string{"insult", "sarcasm", "ironic_praise", "humour_at_expense", "blame_customer",
		"threaten_customer", "legal_threat", "questioned_apology"}
}

// presumeWarnings checks the example case with extra routes at its first
// decision (before its catch-all) and extra endings, and returns the
// warnings about what a follow-up presumes or about uncaught put-downs.
func presumeWarnings(t *testing.T, routes, endings string) (string, []Problem) {
	t.Helper()
	data, err := os.ReadFile("testdata/example.nl.toml")
	if err != nil {
		t.Fatal(err)
	}
	src := string(data)
	first := strings.Index(src, "  [[decision.route]]\n  when = { has_any = [\"blame_customer\"")
	if first < 0 {
		t.Fatal("the example's first route moved")
	}
	src = src[:first] + routes + src[first:] + endings
	UseRubric(presumeRubric{})
	t.Cleanup(func() { UseRubric(nil) })
	_, problems := Parse("example.nl.toml", []byte(src))
	var out []Problem
	for _, p := range problems {
		if p.Warning && (strings.Contains(p.Message, "presumes a reply") || strings.Contains(p.Message, "put-downs")) {
			out = append(out, p)
		}
	}
	return src, out
}

const mockedEnding = `
[[ending]]
id = "bespot"
title = "Bespot"
kind = "bad"
text = "Sam voelt zich niet serieus genomen."

  [[ending.post]]
  at = "5m"
  by = "customer"
  text = "Een sarcastisch antwoord van @SnelPost. Ik zit zonder pakket en word uitgelachen."

[[ending]]
id = "taal"
title = "Taal"
kind = "bad"
text = "Sam voelt zich niet gehoord."

  [[ending.post]]
  at = "5m"
  by = "customer"
  text = "Mijn pakket is weg en jullie beginnen over mijn taalgebruik?"
`

// A follow-up in which the customer says they were mocked may be reached
// by a route for mockery, not by one for low scores: an evasive reply
// scores as low. A follow-up about the customer's language is reached by
// no typed reply, whatever the route asks. The warning names the file, the
// line and the field of the route's next.
func TestCheckerWarnsAboutFollowUpsThatPresumeWhatTheRouteDoesNotRequire(t *testing.T) {
	src, ws := presumeWarnings(t, `  [[decision.route]]
  when = { deescalation_below = 40 }
  next = "bespot"

  [[decision.route]]
  when = { has_any = ["sarcasm", "insult"] }
  next = "taal"

`, mockedEnding)
	lowLine := strings.Count(src[:strings.Index(src, `next = "bespot"`)], "\n") + 1
	taalLine := strings.Count(src[:strings.Index(src, `next = "taal"`)], "\n") + 1
	var low, taal bool
	for _, w := range ws {
		switch {
		case strings.Contains(w.Message, "put-downs"):
			// the example names only some of them
		case w.Field == "decision[1].route[1].next" && w.Line == lowLine && w.File == "example.nl.toml" &&
			strings.Contains(w.Message, `"sarcas"`) && strings.Contains(w.Message, `"sarcasm", "ironic_praise", "humour_at_expense"`):
			low = true
		case w.Field == "decision[1].route[2].next" && w.Line == taalLine && strings.Contains(w.Message, `"taalgebruik"`):
			taal = true
		default:
			t.Errorf("unexpected warning %s:%d %s: %s", w.File, w.Line, w.Field, w.Message)
		}
	}
	if !low {
		t.Errorf("no warning at example.nl.toml:%d decision[1].route[1].next for a low score sent to a customer who was mocked: %v", lowLine, ws)
	}
	if !taal {
		t.Errorf("no warning at example.nl.toml:%d decision[1].route[2].next for a follow-up about language: %v", taalLine, ws)
	}
}

// A route that names the mockery leads to the follow-up about it without
// a warning, and the case's other routes still name every put-down.
func TestCheckerAcceptsAFollowUpItsRouteGuarantees(t *testing.T) {
	_, ws := presumeWarnings(t, `  [[decision.route]]
  when = { has_any = ["sarcasm", "ironic_praise", "humour_at_expense"] }
  next = "bespot"

  [[decision.route]]
  when = { has_any = ["insult", "blame_customer", "threaten_customer", "legal_threat", "questioned_apology"] }
  next = "boos"

`, mockedEnding)
	for _, w := range ws {
		if strings.HasPrefix(w.Field, "decision[1].") {
			t.Errorf("warning %s:%d %s: %s", w.File, w.Line, w.Field, w.Message)
		}
	}
}

// Put-downs caught only by a low score are not caught: the route for low
// scores takes evasive replies too, and its follow-up cannot answer both.
func TestCheckerWantsPutDownsNamedNotCaughtByALowScore(t *testing.T) {
	_, ws := presumeWarnings(t, `  [[decision.route]]
  when = { deescalation_below = 40 }
  next = "boos"

`, "")
	found := false
	for _, w := range ws {
		if w.Field == "decision[1].route[4]" && strings.Contains(w.Message, `"threaten_customer"`) {
			found = true
		}
	}
	if !found {
		t.Errorf("a low-score route is taken for the route for put-downs: %v", ws)
	}
}

// A follow-up post that presumes something is named by the field an
// author finds in the file: ending[N].post[K].text, not post.post.
func TestPresumptionsNameThePostsField(t *testing.T) {
	src, _ := presumeWarnings(t, `  [[decision.route]]
  when = { has_any = ["sarcasm", "insult"] }
  next = "taal"

  [[decision.route]]
  when = { has_any = ["sarcasm"] }
  next = "bespot"

`, mockedEnding)
	sc, problems := Parse("example.nl.toml", []byte(src))
	if sc == nil {
		t.Fatalf("the example with the mocked endings does not parse: %v", problems)
	}
	ps := Presumptions(sc, "taal")
	if len(ps) == 0 {
		t.Fatal("the ending about language presumes nothing: the test reads nothing")
	}
	for _, p := range ps {
		if !regexp.MustCompile(`^ending\[\d+\]\.post\[1\]\.text$`).MatchString(p.Field) {
			t.Errorf("a presumption in the ending's post is named %q", p.Field)
		}
	}
}

// A customer who answers "ik stuur je een DM" presumes the reply asked for
// one: a route that lets a next step without a DM offer through warns; one
// that requires the offer does not.
func TestCheckerWarnsAboutADMTheRouteDoesNotAskFor(t *testing.T) {
	dm := func(route string) []Problem {
		data, err := os.ReadFile("testdata/example.nl.toml")
		if err != nil {
			t.Fatal(err)
		}
		src := strings.Replace(string(data), "Top, mijn trackcode staat in je DM.", "Top, ik stuur je een DM.", 1)
		src = strings.Replace(src, `when = { has_any = ["move_private", "next_step"], deescalation_at_least = 55 }`, route, 1)
		UseRubric(presumeRubric{})
		t.Cleanup(func() { UseRubric(nil) })
		_, problems := Parse("example.nl.toml", []byte(src))
		var out []Problem
		for _, p := range problems {
			if p.Warning && strings.Contains(p.Message, `"move_private"`) && strings.Contains(p.Message, "presumes") {
				out = append(out, p)
			}
		}
		return out
	}
	ws := dm(`when = { has_any = ["move_private", "next_step"], deescalation_at_least = 55 }`)
	if len(ws) != 1 || ws[0].Field != "decision[1].route[2].next" || !strings.Contains(ws[0].Message, `"ik stuur je een dm"`) {
		t.Errorf("want one warning at decision[1].route[2].next for the DM a next step never asked for, got %v", ws)
	}
	if ws := dm(`when = { has = ["move_private"], deescalation_at_least = 55 }`); len(ws) != 0 {
		t.Errorf("a route that requires the DM offer warns: %v", ws)
	}
}
