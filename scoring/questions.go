package scoring

import (
	"fmt"
	"slices"
)

// A webcare lead asks three things of a reply (issue 12): does it
// acknowledge this customer's specific problem, does it take ownership or
// offer a concrete next step, and does it avoid correcting, blaming,
// brushing off or mocking the customer? The score is built from the
// findings; Questions reads the same findings back as the answers to
// those three questions, so that a trainee sees why a reply stands where
// it does before the arithmetic.

// Question is the answer of an analysis to one of the three questions.
type Question struct {
	ID     string `json:"id"`     // "acknowledges", "acts", "no_harm"
	Answer string `json:"answer"` // "yes", "partly" or "no"
	Text   string `json:"text"`   // the span that answers it, if one does
	Why    string `json:"why"`    // the finding's label, in the analysis language
}

// questionFeatures are the findings that answer the first two questions:
// fully, or partly.
var (
	acknowledgesFully  = []string{"restates_case", "concedes"}
	acknowledgesPartly = []string{"acknowledge_emotion", "apology"}
	actsFully          = []string{"resolved", "next_step", "ownership", "move_private", "brand_acts", "offer_help"}
	actsPartly         = []string{"details_request", "vague_promise", "passive_promise", "invite_dialogue"}
	// Findings that answer a question without points of their own:
	// granting the customer is right ("je hebt gelijk") acknowledges their
	// point, while its points are ownership's (playtest 10, P10-4).
	answersWithoutPoints = []string{"concedes"}
	// Findings that say the reply is not about this customer at all.
	notAboutThem = []string{"off_topic", "other_customers_case", "misreading", "not_a_message"}
)

// Questions answers the three questions from an analysis's findings, in
// the analysis language.
func (r *Rubric) Questions(a Analysis) []Question {
	first := func(ids []string) *Feature {
		for i := range a.Features {
			if f := &a.Features[i]; slices.Contains(ids, f.ID) && (f.Points > 0 || slices.Contains(answersWithoutPoints, f.ID)) {
				return f
			}
		}
		return nil
	}
	answer := func(id string, full, part []string) Question {
		q := Question{ID: id, Answer: "no"}
		if f := first(full); f != nil {
			q.Answer, q.Text, q.Why = "yes", f.Text, f.Label
		} else if f := first(part); f != nil {
			q.Answer, q.Text, q.Why = "partly", f.Text, f.Label
		}
		return q
	}
	ack := answer("acknowledges", acknowledgesFully, acknowledgesPartly)
	acts := answer("acts", actsFully, actsPartly)
	// A fault of the brand's named beside a step or a fix ("The mast had a
	// fault, our engineers fix it on Thursday") acknowledges the problem;
	// named alone it may be an excuse.
	if ack.Answer != "yes" && acts.Answer == "yes" {
		for i := range a.Features {
			if f := &a.Features[i]; f.ID == "names_fault" {
				ack = Question{ID: "acknowledges", Answer: "yes", Text: f.Text, Why: f.Label}
				break
			}
		}
	}
	for _, f := range a.Features {
		if slices.Contains(notAboutThem, f.ID) {
			ack = Question{ID: "acknowledges", Answer: "no", Text: f.Text, Why: f.Label}
			break
		}
	}
	harm := Question{ID: "no_harm", Answer: "yes"}
	for _, f := range a.Features {
		if g := r.featureByID(f.ID); g != nil && g.harms() && f.Points < 0 {
			harm = Question{ID: "no_harm", Answer: "no", Text: f.Text, Why: f.Label}
			break
		}
	}
	return []Question{ack, acts, harm}
}

func (r *Rubric) featureByID(id string) *feature {
	for _, f := range r.features {
		if f.ID == id {
			return f
		}
	}
	return nil
}

// questions writes the three questions and their answers.
func (e *explainer) questions() {
	fmt.Fprintf(&e.b, "%s\n", e.t("Drie vragen van een webcarelead:", "A webcare lead's three questions:"))
	asks := map[string][2]string{
		"acknowledges": {"Erkent je reactie het probleem van deze klant?", "Does your reply acknowledge this customer's problem?"},
		"acts":         {"Neem je verantwoordelijkheid of zet je een concrete stap?", "Do you take ownership or offer a concrete next step?"},
		"no_harm":      {"Blijf je weg van corrigeren, beschuldigen, afschepen en spotten?", "Do you avoid correcting, blaming, brushing off and mocking?"},
	}
	answers := map[string][2]string{"yes": {"ja", "yes"}, "partly": {"deels", "partly"}, "no": {"nee", "no"}}
	for i, q := range e.r.Questions(e.a) {
		ask, ans := asks[q.ID], answers[q.Answer]
		fmt.Fprintf(&e.b, "  %d. %s %s", i+1, e.t(ask[0], ask[1]), e.t(ans[0], ans[1]))
		switch {
		case q.ID == "acknowledges" && q.Answer == "partly":
			fmt.Fprintf(&e.b, ": %q — %s", q.Text, e.t("alleen medeleven, niets van wat de klant schreef", "sympathy only, nothing of what the customer wrote"))
		case q.Text != "":
			fmt.Fprintf(&e.b, ": %q — %s", q.Text, q.Why)
		case q.Why != "":
			fmt.Fprintf(&e.b, " — %s", q.Why)
		}
		e.b.WriteByte('\n')
	}
}
