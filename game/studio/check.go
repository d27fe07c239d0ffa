package studio

import (
	"fmt"
	"reflect"
	"strings"

	"github.com/webcaresim/webcaresim/assets/i18n"
	"github.com/webcaresim/webcaresim/scenarios"
	"github.com/webcaresim/webcaresim/scoring"
	"github.com/webcaresim/webcaresim/scoring/scenariorubric"
)

// The studio checks a case as webcaresim check does, with the rubric's
// features and pattern language, whichever program serves it.
func init() { scenariorubric.Plug() }

// Pair is a case in both languages, as the page sends it.
type Pair map[string]*Case

// FieldProblem is one problem the checker found, with the form field it
// concerns (the same path webcaresim check prints: "decision[1].choice[2].next").
type FieldProblem struct {
	Field   string `json:"field"`
	Line    int    `json:"line"`
	Message string `json:"message"`
	Warning bool   `json:"warning,omitempty"`
	// untranslated marks the studio's missing-translation warning, whatever
	// language its message is in (the map flags those nodes apart)
	untranslated bool
}

// ChoiceScore is the rubric's reading of one written choice.
type ChoiceScore struct {
	Empathy      float64           `json:"empathy"`
	Deescalation float64           `json:"deescalation"`
	Overall      float64           `json:"overall"`
	Features     []scoring.Feature `json:"features"`
	Best         bool              `json:"best,omitempty"` // the highest-scoring choice of its decision
	Missing      []scoring.Missing `json:"missing,omitempty"`
}

// Report is everything the page shows beside the form after a change.
type Report struct {
	// Problems per language, from the same checker as webcaresim check,
	// plus the studio's missing-translation warnings.
	Problems map[string][]FieldProblem `json:"problems"`
	// Scores per language, keyed "decision[1].choice[2]".
	Scores map[string]map[string]ChoiceScore `json:"scores"`
	Graph  Graph                             `json:"graph"`
	// Length is the estimated round length in real minutes per language.
	Length map[string]Length `json:"length"`
	// TOML is each language's file as it would be saved.
	TOML map[string]string `json:"toml"`
	// State per language: "loads" (the game can play it), "problems", or
	// "empty" (no title yet: not written in this language, not saved).
	State map[string]string `json:"state"`
}

// Check runs every check on a case being edited. It never fails: what is
// wrong is in the report.
func Check(p Pair, rubric *scoring.Rubric) Report { return CheckIn("en", p, rubric) }

// CheckIn is Check with the messages in the author's language ui ("nl" or
// "en"): the page sends the language it speaks.
func CheckIn(ui string, p Pair, rubric *scoring.Rubric) Report {
	if ui != "nl" {
		ui = "en"
	}
	if rubric == nil {
		rubric = scoring.Default()
	}
	r := Report{Problems: map[string][]FieldProblem{}, Scores: map[string]map[string]ChoiceScore{},
		Length: map[string]Length{}, TOML: map[string]string{}, State: map[string]string{}}
	for _, lang := range Languages {
		c := p[lang]
		if c == nil || !Written(c) {
			r.State[lang] = "empty"
			continue
		}
		data := c.Encode()
		r.TOML[lang] = string(data)
		file := c.ID + "." + lang + ".toml"
		sc, problems := scenarios.Parse(file, data)
		for _, pr := range problems {
			r.Problems[lang] = append(r.Problems[lang], FieldProblem{Field: pr.Field, Line: pr.Line, Message: problemText(ui, pr), Warning: pr.Warning})
		}
		r.Scores[lang] = scoreChoices(c, rubric)
		r.State[lang] = "problems"
		if sc != nil {
			r.State[lang] = "loads"
			r.Length[lang] = EstimateLength(sc)
		}
	}
	for _, m := range missingTranslations(p) {
		r.Problems[m.lang] = append(r.Problems[m.lang], FieldProblem{Field: m.field, Warning: true, untranslated: true,
			Message: i18n.T(ui, "studio.missing_translation", i18n.T(ui, "studio.language_"+m.other))})
	}
	r.Graph = BuildGraph(p, r.Problems)
	return r
}

// Written reports whether a case has been started in its language: it has
// a title. One that has not is neither checked nor saved, so a Dutch case
// whose English is still to come loads in Dutch meanwhile.
func Written(c *Case) bool { return c != nil && strings.TrimSpace(c.Title) != "" }

// context is what the rubric knows when a choice of decision d is scored:
// the post it answers (the one reply_to names, else the customer's latest
// before the decision opens), the customer and the decision's facts.
func context(c *Case, d *Decision) scoring.Context {
	ctx := scoring.Context{Language: c.Language, Channel: c.Channel, CustomerName: c.Customer.Name,
		CustomerHandle: c.Customer.Handle, CustomerMood: c.Customer.Mood, BrandName: c.Brand.Name, Situation: d.Facts}
	if d.Reply > 0 && d.Reply <= len(d.Posts) {
		ctx.CustomerPost = d.Posts[d.Reply-1].Text
		return ctx
	}
	for _, posts := range [][]Post{c.Posts, d.Posts} {
		for _, p := range posts {
			if p.By == "customer" {
				ctx.CustomerPost = p.Text
			}
		}
	}
	return ctx
}

func scoreChoices(c *Case, rubric *scoring.Rubric) map[string]ChoiceScore {
	out := map[string]ChoiceScore{}
	for i := range c.Decisions {
		d := &c.Decisions[i]
		ctx := context(c, d)
		best, bestKey := -1.0, ""
		for j, ch := range d.Choices {
			if strings.TrimSpace(ch.Text) == "" {
				continue
			}
			a := rubric.Analyze(ch.Text, ctx)
			key := fmt.Sprintf("decision[%d].choice[%d]", i+1, j+1)
			s := ChoiceScore{Empathy: a.Empathy, Deescalation: a.Deescalation, Overall: scoring.Overall(a),
				Features: a.Features, Missing: a.Missing}
			out[key] = s
			if s.Overall > best {
				best, bestKey = s.Overall, key
			}
		}
		if bestKey != "" {
			s := out[bestKey]
			s.Best = true
			out[bestKey] = s
		}
	}
	return out
}

type missing struct{ lang, other, field string }

// missingTranslations walks both languages' text fields side by side and
// names every one filled in in one language and empty in the other.
func missingTranslations(p Pair) []missing {
	nl, en := p["nl"], p["en"]
	if !Written(nl) || !Written(en) {
		return nil
	}
	var out []missing
	walkTexts(reflect.ValueOf(nl).Elem(), reflect.ValueOf(en).Elem(), "", func(field, a, b string) {
		switch {
		case strings.TrimSpace(a) != "" && strings.TrimSpace(b) == "":
			out = append(out, missing{"en", "nl", field})
		case strings.TrimSpace(b) != "" && strings.TrimSpace(a) == "":
			out = append(out, missing{"nl", "en", field})
		}
	})
	return out
}

// translated are the keys whose text differs by language; every other
// string (ids, next, kind, times) is the same in both files.
var translated = map[string]bool{"title": true, "summary": true, "based_on": true, "signature": true,
	"tone": true, "text": true, "prompt": true, "facts": true, "feedback": true, "outcome": true,
	"what_happened": true, "historical_label": true, "label": true, "fact": true, "name": false}

// walkTexts calls f for each translated text field present in both a and
// b (structs of the same type), with the checker's path of the field.
func walkTexts(a, b reflect.Value, path string, f func(field, a, b string)) {
	t := a.Type()
	for i := 0; i < t.NumField(); i++ {
		key, _, _ := strings.Cut(t.Field(i).Tag.Get("toml"), ",")
		p := key
		if path != "" {
			p = path + "." + key
		}
		fa, fb := a.Field(i), b.Field(i)
		switch fa.Kind() {
		case reflect.String:
			if translated[key] {
				f(p, fa.String(), fb.String())
			}
		case reflect.Struct:
			walkTexts(fa, fb, p, f)
		case reflect.Slice:
			if fa.Type().Elem().Kind() != reflect.Struct {
				continue
			}
			for j := 0; j < min(fa.Len(), fb.Len()); j++ {
				walkTexts(fa.Index(j), fb.Index(j), fmt.Sprintf("%s[%d]", p, j+1), f)
			}
		}
	}
}
