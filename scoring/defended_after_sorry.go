package scoring

import "slices"

// afterSorry are the features whose finding before a defence of the staff
// makes it a sorry taken back: an apology, or understanding shown.
var afterSorry = []string{"apology", "acknowledge_emotion"}

// detectDefendedAfterSorry judges a defence of the one who did it ("Dat
// neemt niet weg dat onze ober ook maar een mens is", "Wel begrijpen we
// ook dat het voor een beveiliger lastig is", "At the same time, our
// security staff have to be able to act"; feature f). After an apology or
// understanding in the reply it takes the sorry back as a "but" does: it
// becomes feature f.Of, the withdrawn apology, whose cancels and caps then
// apply (playtest 23, P23-9 and P23-1: the Service Police column printed
// such a reply as an admission, 9.0). Without one before it there is no
// sorry to take back, and the finding goes: a defence on its own is judged
// by deny and refusal.
//
// The understaffing or the staff's effort told to a customer who asked why
// ("Waarom duurde het zo lang?") is the answer, and told with the fault
// owned in its own sentence ("we hadden te weinig mensen ingeroosterd, dat
// is onze fout") it is the explanation of an admission: neither takes the
// sorry back (playtest 24, P24-5).
func (r *Rubric) detectDefendedAfterSorry(s *scratch, f *feature, post, lang string) {
	if f.Of < 0 || !r.hasMatches(s, f.idx) {
		return
	}
	asked := r.postAsksWhy(s, post, lang)
	for i := range s.matches {
		m := &s.matches[i]
		if int(m.f) != f.idx || m.dead || m.t0 < 0 {
			continue
		}
		if !asked && !r.ownedInSentence(s, m.sent0) && r.sorryBefore(s, m.t0) {
			m.f, m.aux = int32(f.Of), int16(f.idx+1) // in place: the order by place stays; the note names the defence
		} else {
			m.dead = true
		}
	}
}

// sorryBefore reports a live finding of an afterSorry feature that starts
// before token t0.
func (r *Rubric) sorryBefore(s *scratch, t0 int32) bool {
	for j := range s.matches {
		v := &s.matches[j]
		if v.dead || v.t0 < 0 || v.t0 >= t0 {
			continue
		}
		if slices.Contains(afterSorry, r.features[v.f].ID) {
			return true
		}
	}
	return false
}

// ownedInSentence reports a live finding of ownership in sentence sent.
func (r *Rubric) ownedInSentence(s *scratch, sent int32) bool {
	for i := range s.matches {
		if m := &s.matches[i]; !m.dead && m.sent0 <= sent && sent <= m.sent1 && r.features[m.f].ID == "ownership" {
			return true
		}
	}
	return false
}

// postAsksWhy reports whether the customer's post asks the brand why (the
// language's answers kind "why": "waarom", "hoe kan het", "how come").
func (r *Rubric) postAsksWhy(s *scratch, post, lang string) bool {
	ar := r.answers[lang]
	if ar == nil || ar.why < 0 || post == "" {
		return false
	}
	r.tokenizePost(s, post, lang)
	if !s.postAsksSet {
		s.postAsks, s.postAsksSet = ar.askedKinds(s.post), true
	}
	return s.postAsks&(1<<uint(ar.why)) != 0
}
