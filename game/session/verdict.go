package session

import (
	"fmt"
	"math"
	"strings"

	"github.com/webcaresim/webcaresim/assets/i18n"
	"github.com/webcaresim/webcaresim/scenarios"
)

// The grade and the ending tell one story. The grade is the quality check
// of what the trainee published; the ending is what the story did. A
// trainer reads them as one verdict, so neither may contradict the other:
// a round that ends badly does not pass (capForBadEnding), and a round
// that a reply failed does not end on the best ending's praise
// (failedEnding). A round passed with 6.4 and 6.7 beside "Lashed out at
// the customer" and "Boycott" (playtest 23, P23-15, R32), and failed with
// a red 5.0 beside "Visible fix … strengthens your image" (P23-18).

// failedEnding tells ending e (a copy) as the end of a round that a
// public reply failed. The grade of such a round does not pass, "however
// well the rest went", and the story must not say otherwise: beside a
// red 5.0 the trainee read "Visible fix … strengthens your image" (good)
// after a comment removed, and "Recovery after the slip" after a sneer
// (playtest 23, P23-18, R33). A round with such a reply is never a good
// one: a good ending counts as mixed. Its story says that the reply
// stays, unless the author wrote the ending's own text for a failed round
// (a variant with failed = true), which then tells it.
func (s *Session) failedEnding(e *scenarios.Ending, toldByAuthor bool) {
	if e.Kind == "good" {
		e.Kind = "mixed"
	}
	if toldByAuthor {
		return
	}
	rep, quote, ok := s.failedBy()
	if !ok {
		return
	}
	lang := s.sc.Language
	e.Text = strings.TrimSpace(e.Text + " " + i18n.T(lang, "session.ending.failed", s.sc.WallClock(rep.Minute, lang), quote))
}

// failedBy is the first public reply of the round that fails it (see
// failingReply) and the words the debrief quotes from it; ok is false
// when none does.
func (s *Session) failedBy() (rep Reply, quote string, ok bool) {
	for _, r := range s.replies {
		if kind, _, q := failingReply(r); kind != "" {
			return r, q, true
		}
	}
	return Reply{}, "", false
}

// capForBadEnding caps the report's overall score at the failing mark
// when the round ended badly, and says so in a fact: which ending, when.
// The ending is reached by the replies (a crowd's turn only ever moves a
// bad ending to another bad one, or a good one to a mixed one), so a bad
// one is the outcome the replies caused, whatever each scored on its own.
// A round already capped for a failing reply keeps that fact alone.
func capForBadEnding(r *Report, e *scenarios.Ending, at float64) {
	if e == nil || e.Kind != "bad" || r.Scores.Overall <= attackCap {
		return
	}
	cut := attackCap - r.Scores.Overall
	r.Facts = append(r.Facts, Fact{Dimension: "overall", Points: math.Round(cut*10) / 10, What: "bad_ending",
		Detail: fmt.Sprintf("the round ended %q (bad): a round that ends badly does not pass; overall capped at %.1f",
			e.ID, attackCap),
		From: at, Quote: e.Title})
	r.Scores.Overall = attackCap
}
