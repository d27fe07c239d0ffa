package session

import (
	"slices"
	"strings"

	"github.com/webcaresim/webcaresim/assets/i18n"
	"github.com/webcaresim/webcaresim/scenarios"
	"github.com/webcaresim/webcaresim/scoring"
)

// heldBackByLanguage is the public reply that sent the round to ending e
// when its language, not what it said, decided where it went: the rubric
// found it in another language than the round's (wrong_language, which
// costs empathy and de-escalation), the route it took does not ask for
// that, and the same reply without that finding takes a route to another
// ending. other is that ending. HEMA's English round whose last
// reply thanked the diabetes blog in Dutch ended "Decent, but vague: in
// public it stayed at general words" beside a public reply that named the
// changes, and the same reply in English ended "Apology accepted"
// (playtest 29): the ending's story blamed vagueness for a slip of
// language.
func (s *Session) heldBackByLanguage(e *scenarios.Ending) (rep Reply, other string, ok bool) {
	for i := len(s.replies) - 1; i >= 0; i-- {
		r := s.replies[i]
		if !r.Public || strings.TrimSpace(r.Text) == "" {
			continue
		}
		if r.Next != e.ID || r.Choice != 0 || !r.Analysis.Has("wrong_language") {
			return Reply{}, "", false
		}
		d, found := s.sc.Decision(r.Decision)
		if !found {
			return Reply{}, "", false
		}
		taken := takenRoute(d, r.Analysis)
		if taken == nil || slices.Contains(taken.When.Has, "wrong_language") || slices.Contains(taken.When.HasAny, "wrong_language") {
			return Reply{}, "", false
		}
		alt := takenRoute(d, withoutFinding(r.Analysis, "wrong_language"))
		if alt == nil || alt.Next == taken.Next {
			return Reply{}, "", false
		}
		if _, isEnding := s.sc.Ending(alt.Next); !isEnding {
			return Reply{}, "", false // the story went on elsewhere: no ending to name
		}
		return r, alt.Next, true
	}
	return Reply{}, "", false
}

// withoutFinding is analysis a as it would read without the finding id:
// its points given back on both scores (clamped as the rubric clamps),
// the finding gone from the features.
func withoutFinding(a scoring.Analysis, id string) scoring.Analysis {
	out := a
	out.Features = nil
	for _, f := range a.Features {
		if f.ID != id {
			out.Features = append(out.Features, f)
			continue
		}
		switch f.Dimension {
		case scoring.Empathy:
			out.Empathy -= f.Points
		case scoring.Deescalation:
			out.Deescalation -= f.Points
		}
	}
	out.Empathy = min(100, max(0, out.Empathy))
	out.Deescalation = min(100, max(0, out.Deescalation))
	return out
}

// languageEnding tells ending e as the end of a round that a reply in the
// wrong language sent there (heldBackByLanguage): the story and the title
// the ending has for what the replies said would blame what they said, so
// they name the language instead, quote the reply and say where the same
// reply in the round's language would have ended. The outcome stays the
// ending's: it says what the round came to. An author who wrote the
// ending a variant for that reply (if = "has:wrong_language") has told it
// already.
func (s *Session) languageEnding(out *scenarios.Ending, picked *scenarios.Variant) bool {
	if picked != nil && strings.Contains(picked.If, "wrong_language") {
		return false
	}
	rep, other, ok := s.heldBackByLanguage(out)
	if !ok {
		return false
	}
	lang := s.sc.Language
	out.Title = i18n.T(lang, "session.ending.wrong_language.title")
	out.Text = i18n.T(lang, "session.ending.wrong_language", s.sc.WallClock(rep.Minute, lang), replyQuote(rep.Text), s.sc.EndingTitle(other))
	return true
}
