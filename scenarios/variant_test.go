package scenarios

import (
	"os"
	"strings"
	"testing"
)

// A variant's tags test the replies as a bystander's tagged line does:
// has/lacks the last public reply, ever/never any reply of the round, and
// has/lacks nothing before the brand replied.
func TestVariantTagsReadTheRoundsReplies(t *testing.T) {
	reply := func(ids ...string) func(string) bool {
		return func(id string) bool { return strings.Contains(" "+strings.Join(ids, " ")+" ", " "+id+" ") }
	}
	r := Replies{Each: []func(string) bool{reply("apology"), reply("refusal", "deflect")}}
	for cond, want := range map[string]bool{
		"has:refusal":               true,
		"has:apology":               false,
		"lacks:apology":             true,
		"ever:apology":              true,
		"never:apology":             false,
		"has:next_step|deflect":     true,
		"has:refusal, never:insult": true,
		"<has:refusal,ever:insult>": false,
		"":                          false,
		"whenever:apology":          false,
	} {
		if got := r.Holds(cond); got != want {
			t.Errorf("Holds(%q) = %v, want %v", cond, got, want)
		}
	}
	if (Replies{}).Holds("lacks:apology") {
		t.Error("lacks holds before any reply: nothing was said yet to lack it")
	}
	d := &Decision{Prompt: "base", Variants: []Variant{{If: "has:apology", Prompt: "after sorry"}, {If: "has:refusal", Prompt: "after a wall"}}}
	if got := r.ForDecision(d).Prompt; got != "after a wall" {
		t.Errorf("prompt %q, want the variant whose tags hold", got)
	}
	if d.Prompt != "base" {
		t.Error("ForDecision changed the scenario's decision")
	}
	if got := (Replies{}).ForDecision(d).Prompt; got != "base" {
		t.Errorf("before any reply the prompt is %q, want the base", got)
	}
}

// The checker refuses a variant whose tags it cannot read or that names
// no feature of the rubric, and one that sets the wrong text for its
// place; it warns when the translation lacks a variant.
func TestCheckerReadsVariants(t *testing.T) {
	UseRubric(presumeRubric{})
	t.Cleanup(func() { UseRubric(nil) })
	data, err := os.ReadFile("testdata/example.nl.toml")
	if err != nil {
		t.Fatal(err)
	}
	src := string(data)
	at := strings.Index(src, "  [[decision.post]]") // the second decision's post
	src = src[:at] + `  [[decision.variant]]
  if = "hass:apology"
  prompt = "Na je excuses ligt het pakket op nummer 14."

  [[decision.variant]]
  if = "has:apolgy"
  text = "Dit is geen prompt."

` + src[at:]
	src = strings.Replace(src, "\n[[ending]]\nid = \"boos\"", "\n  [[ending.variant]]\n  text = \"Voor wie?\"\n\n[[ending]]\nid = \"boos\"", 1)
	_, ps := Parse("case.nl.toml", []byte(src))
	for _, want := range []struct{ field, words string }{
		{"decision[2].variant[1].if", `unknown tag "hass:apology"`},
		{"decision[2].variant[2].if", `"apolgy" is not a feature`},
		{"decision[2].variant[2].text", "use prompt"},
		{"ending[2].variant[1].if", "missing: which replies"},
	} {
		if findProblem(ps, want.field, want.words) == nil {
			t.Errorf("no problem %s: %s in %v", want.field, want.words, ps)
		}
	}
}

// Both languages give the same replies the same texts: a variant one
// language has and the other lacks is reported.
func TestCheckerComparesVariantsAcrossLanguages(t *testing.T) {
	nl := &Scenario{ID: "x", Language: "nl", File: "x.nl.toml",
		Decisions: []Decision{{ID: "a", Variants: []Variant{{If: "has:apology", Prompt: "p"}}}}}
	en := &Scenario{ID: "x", Language: "en", File: "x.en.toml", Decisions: []Decision{{ID: "a"}}}
	ps := crossCheck([]*Scenario{nl, en})
	if findProblem(ps, "decision[1].variant[1]", "has no match in x.en.toml") == nil {
		t.Errorf("a variant missing in English is not reported: %v", ps)
	}
	en.Decisions[0].Variants = []Variant{{If: " has:apology ", Prompt: "p"}}
	if ps := crossCheck([]*Scenario{nl, en}); findProblem(ps, "decision[1].variant[1]", "has no match") != nil {
		t.Errorf("the same variant in both languages is reported: %v", ps)
	}
}

// A post's variant may wait for the crowd: it fits only when the crowd's
// condition holds when the post is due, never when the crowd is not asked
// (a prompt or an ending turned to).
func TestAVariantWithACrowdConditionWaitsForTheCrowd(t *testing.T) {
	half := 0.5
	va := Variant{Crowd: CrowdCondition{CriticsAtLeast: &half}, Text: "against"}
	if (Replies{}).Fits(va) {
		t.Error("a crowd variant fits when the crowd is not asked")
	}
	against := Replies{Crowd: func(c CrowdCondition) bool { return *c.CriticsAtLeast <= 0.7 }}
	if !against.Fits(va) || against.PickByCrowd([]Variant{{If: "ever:apology", Text: "x"}, va}) == nil {
		t.Error("a crowd variant does not fit a crowd that meets it")
	}
	sided := Replies{Crowd: func(c CrowdCondition) bool { return *c.CriticsAtLeast <= 0.2 }}
	if sided.Fits(va) {
		t.Error("a crowd variant fits a crowd that does not meet it")
	}
}

// An ending's variant may replace its title: "Repaired instead of
// threatened" after a reply that threatened (playtest 21, P21-25).
func TestAnEndingVariantReplacesTheTitle(t *testing.T) {
	e := &Ending{ID: "opgelost", Title: "Repaired instead of threatened", Text: "base",
		Variants: []Variant{{If: "ever:threaten_customer", Title: "Repaired, after a threat", Text: "after a threat"}}}
	threatened := Replies{Each: []func(string) bool{func(id string) bool { return id == "threaten_customer" }}}
	if got := threatened.ForEnding(e); got.Title != "Repaired, after a threat" || got.Text != "after a threat" {
		t.Errorf("after a threat the ending reads %q: %s", got.Title, got.Text)
	}
	polite := Replies{Each: []func(string) bool{func(string) bool { return false }}}
	if got := polite.ForEnding(e); got.Title != e.Title {
		t.Errorf("without a threat the title is %q", got.Title)
	}
}

// A variant with at reads only the replies published at that decision (the
// first reply to the paper, not the sorry under the column), and silent
// holds where the round met the decision and sent nothing there. Neither
// holds for a decision the round never entered.
func TestAVariantAtADecisionReadsOnlyItsReplies(t *testing.T) {
	reply := func(ids ...string) func(string) bool {
		return func(id string) bool { return strings.Contains(" "+strings.Join(ids, " ")+" ", " "+id+" ") }
	}
	said := func(text string) func([]string) bool {
		return func(ps []string) bool {
			for _, p := range ps {
				if strings.Contains(text, p) {
					return true
				}
			}
			return false
		}
	}
	entered := func(ids ...string) func(string) bool {
		return func(id string) bool { return strings.Contains(" "+strings.Join(ids, " ")+" ", " "+id+" ") }
	}
	round := func(firstText string, first func(string) bool) Replies {
		at := map[string]Replies{"paper": {}}
		if first != nil {
			at["paper"] = Replies{Each: []func(string) bool{first}, LastSays: said(firstText), EverSaid: said(firstText)}
		}
		return Replies{Each: append(at["paper"].Each, reply("apology")), EverSaid: said(firstText + " Sorry."),
			Entered: entered("paper", "column"), At: func(d string) Replies { return at[d] }}
	}
	sorryFirst := round("Sorry, but the guest was rude.", reply("blame_customer"))
	defenceFirst := round("We do not recognise this.", reply("deny"))
	silentFirst := round("", nil)
	for _, c := range []struct {
		name string
		r    Replies
		va   Variant
		want bool
	}{
		{"a sorry in the first reply", sorryFirst, Variant{At: "paper", Said: []string{"Sorry"}}, true},
		{"no sorry in the first reply, one later", defenceFirst, Variant{At: "paper", Said: []string{"Sorry"}}, false},
		{"the later sorry, read of the whole round", defenceFirst, Variant{Said: []string{"Sorry"}}, true},
		{"the first reply's findings", defenceFirst, Variant{At: "paper", If: "ever:deny"}, true},
		{"the later reply's findings, not at the paper", defenceFirst, Variant{At: "paper", If: "ever:apology"}, false},
		{"silence at the paper", silentFirst, Variant{At: "paper", Silent: true}, true},
		{"a reply to the paper is no silence", defenceFirst, Variant{At: "paper", Silent: true}, false},
		{"a decision never entered", silentFirst, Variant{At: "blog", Silent: true}, false},
	} {
		if got := c.r.Fits(c.va); got != c.want {
			t.Errorf("%s: Fits = %v, want %v", c.name, got, c.want)
		}
	}
}
