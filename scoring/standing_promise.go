package scoring

import "slices"

// A request for details makes the promises beside it wait: "DM me your
// order number and I'll look into it" looks only once the number comes.
// Two kinds of promise stand on their own all the same:
//   - a promise with its own time, in a sentence of its own that ties it
//     to nothing ("Ik bel je vóór 17:00. Stuur je alvast je
//     ordernummer?"): the call comes whatever the customer sends. Webcare
//     leads tell it from "DM je nummer, dan bel ik je vóór 17:00" by that
//     tie: the request and the promise in one sentence, or a word that
//     makes the promise wait ("dan", "zodra", "als", "then", "once");
//   - a promise apart from every request, with another step in a sentence
//     between them: "All security staff will be trained" does not wait on
//     "send us your phone number" after "our director will call you"
//     (playtest 10, P10-2). Next to the request, or with only sympathy
//     between ("Ik zoek het uit. Sorry! Stuur je je ordernummer?"), the
//     promise is what the details are for.
// A timed promise tied to the request still waits: the rankings of the
// development and released sets put a fix already done above "DM me your
// number and I'll sort it today" (13 pairs turn wrong if it stands).

// stands reports whether the promise m stands on its own: another step
// stands between it and every request for details, or its
// sentences hold a live time (settings.timed), no request and no
// condition word.
func (r *Rubric) stands(s *scratch, m *match) bool {
	if m.t0 < 0 {
		return false
	}
	near, timed := false, false
	for i := range s.matches {
		o := &s.matches[i]
		if o.dead || o.t0 < 0 {
			continue
		}
		inSentence := o.sent1 >= m.sent0 && o.sent0 <= m.sent1
		if slices.Contains(r.requests, int(o.f)) {
			if inSentence {
				return false // the request and the promise in one sentence
			}
			near = near || !r.stepBetween(s, m, o)
		}
		timed = timed || (inSentence && slices.Contains(r.timed, int(o.f)))
	}
	// Restating the harm is no promise: it stands apart only by a time,
	// as the reply's promises do.
	if !near && r.features[m.f].Detector != "restates" {
		return true
	}
	if !timed {
		return false
	}
	for i := range s.toks {
		t := &s.toks[i]
		if t.sent >= m.sent0 && t.sent <= m.sent1 && t.kind == tWord && r.conditionWords[string(s.folded(t))] {
			return false
		}
	}
	return true
}

// anyStands reports whether one of the promises that would wait on the
// request stands on its own: then the reply does something whatever the
// customer sends, and its sympathy does not wait either.
func (r *Rubric) anyStands(s *scratch) bool {
	for i := range s.matches {
		m := &s.matches[i]
		if !m.dead && slices.Contains(r.waiting, int(m.f)) && r.stands(s, m) {
			return true
		}
	}
	return false
}

// anyAdmission reports a live admission ("ik las het verkeerd", "you're
// right"): it is done when said, so the sympathy beside it does not wait on
// the details the reply asks for, as a standing promise does not.
func anyAdmission(s *scratch) bool {
	for i := range s.matches {
		if m := &s.matches[i]; !m.dead && m.admits {
			return true
		}
	}
	return false
}

// stepBetween reports a sentence strictly between findings a and b that
// holds a live finding of a substance feature: a step of its own sets the
// two apart.
func (r *Rubric) stepBetween(s *scratch, a, b *match) bool {
	lo, hi := a.sent1, b.sent0
	if b.sent1 < a.sent0 {
		lo, hi = b.sent1, a.sent0
	}
	for i := range s.matches {
		o := &s.matches[i]
		if !o.dead && o.t0 >= 0 && o.sent0 > lo && o.sent1 < hi && slices.Contains(r.substance, int(o.f)) {
			return true
		}
	}
	return false
}
