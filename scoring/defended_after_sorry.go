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
func (r *Rubric) detectDefendedAfterSorry(s *scratch, f *feature) {
	if f.Of < 0 {
		return
	}
	for i := range s.matches {
		m := &s.matches[i]
		if int(m.f) != f.idx || m.dead || m.t0 < 0 {
			continue
		}
		if r.sorryBefore(s, m.t0) {
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
