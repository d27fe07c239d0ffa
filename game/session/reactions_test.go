package session

import (
	"regexp"
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/game/crowd"
	"github.com/webcaresim/webcaresim/scenarios"
)

// Every bystander who reacts to the trainee's reply shows which reply: the
// post quotes a part of it. Measured on every built-in case, in both
// languages, along the historical path, the best one, a rude typed reply
// and silence: a post that says a line written as a reaction to a reply
// (the case's replied, apology and bad lines, tied lines for those moments,
// the generic lines tagged for a reply) holds words of a public reply the
// brand posted before it.
func TestReactionsToAReplyQuoteIt(t *testing.T) {
	placeholder := regexp.MustCompile(`\{[^{}]*\}`)
	reactions, checked := 0, 0
	for _, r := range rounds(t, 2) {
		cores := reactionCores(r.sc, placeholder)
		var public []string
		for _, f := range r.round.Feed() {
			if f.By == "brand" {
				public = append(public, f.Text)
			}
			if f.By != "crowd" || f.Text == "" {
				continue
			}
			checked++
			core := ""
			for _, c := range cores {
				if strings.Contains(f.Text, c) {
					core = c
					break
				}
			}
			if core == "" {
				continue
			}
			reactions++
			if !quotesOneOf(f.Text, public) {
				t.Errorf("%s %s %s seed %d: %q reacts to a reply (%q) but quotes none of the brand's posts %q",
					r.sc.ID, r.sc.Language, r.path, r.seed, f.Text, core, public)
			}
		}
	}
	if reactions < 200 {
		t.Errorf("only %d of %d bystander posts reacted to a reply: the test saw too few", reactions, checked)
	}
	t.Logf("%d of %d bystander posts with words reacted to a reply", reactions, checked)
}

// reactionCores are the words that identify a reaction line of the case
// or the generic pools in a post: the longest stretch of each template
// without a placeholder, when it is long enough not to occur by chance.
func reactionCores(sc *scenarios.Scenario, placeholder *regexp.Regexp) []string {
	templates := append([]string(nil), crowd.ReactionLines(sc.Language)...)
	templates = append(templates, sc.Crowd.Negative...)
	templates = append(templates, sc.Crowd.Positive...)
	for _, st := range sc.Crowd.Lines.ByStance() {
		for _, mo := range st.Lines.ByMoment() {
			if mo.Name == "replied" || mo.Name == "apology" || mo.Name == "bad" {
				templates = append(templates, mo.Lines...)
			}
		}
	}
	for _, tl := range sc.Crowd.Tied {
		if tl.Moment == "replied" || tl.Moment == "apology" || tl.Moment == "bad" {
			templates = append(templates, tl.Lines...)
		}
	}
	var plain []string
	for _, tmpl := range templates {
		if strings.Contains(tmpl, "{quote}") || strings.Contains(tmpl, "{worst}") ||
			crowd.SpeaksOfCustomer(tmpl, sc.Customer.Name, sc.Customer.Handle) {
			continue // quotes itself, or speaks of the customer and quotes nothing
		}
		plain = append(plain, tmpl)
	}
	return templateCores(plain, placeholder)
}

// quotesOneOf reports whether a post holds words of one of the texts: a
// quoted stretch of at least three words that one of them contains.
func quotesOneOf(post string, texts []string) bool {
	for _, q := range scenarios.QuotedSpans(post) {
		q = strings.TrimSuffix(strings.TrimSpace(q), "…")
		if len(strings.Fields(q)) < 2 {
			continue
		}
		for _, t := range texts {
			if strings.Contains(t, q) {
				return true
			}
		}
	}
	return false
}
