package scoring

import "slices"

// stockRun reports a list of stock words and short stock phrases strung
// together with commas: "Sorry, vervelend, we begrijpen je frustratie,
// excuses, DM ons, we bellen je vandaag, ^Lotte". Each piece may hold a
// "we" or a "je", so the list passes the count of function words
// (detectList) and the one of fragments (fragmented); what gives it away is
// its shape. One sentence of stockRunPieces pieces or more between commas
// (semicolons, slashes), none longer than stockRunPieceWords words, of which
// two or more are sympathy ("Sorry", "so annoying", "excuses namens ons"):
// no clause in it says anything to this customer, it piles up the words a
// rubric counts (groups nl73/en73). A short reply with a comma or two ("Sorry,
// Lotte! We bellen je vandaag nog.") has too few pieces; an enumeration of
// things ("a new charger, cable, case, adapter") names no sympathy twice.
func (r *Rubric) stockRun(s *scratch) bool {
	// Most replies have too few commas to hold such a run: skip them
	// before looking at any finding.
	commas := 0
	for i := range s.toks {
		if t := &s.toks[i]; t.kind == tSoft && isPieceMark(t.punct) {
			commas++
		}
	}
	if commas < stockRunPieces-1 {
		return false
	}
	pieces, long, sympathy, n := 0, false, 0, 0
	sent, sympathyHere := int32(-1), false
	end := func() {
		if n > 0 {
			pieces++
			long = long || n > stockRunPieceWords
			if sympathyHere {
				sympathy++
			}
		}
		n, sympathyHere = 0, false
	}
	for i := range s.toks {
		t := &s.toks[i]
		if t.sent != sent {
			end()
			if pieces >= stockRunPieces && !long && sympathy >= 2 {
				return true
			}
			sent, pieces, long, sympathy = t.sent, 0, false, 0
		}
		switch {
		case t.kind == tWord:
			n++
			sympathyHere = sympathyHere || r.sympathyStartsAt(s, int32(i))
		case t.kind == tSoft && isPieceMark(t.punct):
			end()
		}
	}
	end()
	return pieces >= stockRunPieces && !long && sympathy >= 2
}

// The shape of a run of stock pieces: the brief example has seven pieces,
// the lists of groups nl73/en73 eight or nine; a plain sentence with a
// greeting, a sorry and a step has four at most.
const (
	stockRunPieces     = 6
	stockRunPieceWords = 4
)

// sympathyStartsAt reports whether a finding of one of the sympathy
// features (settings.sympathy) starts at token i.
func (r *Rubric) sympathyStartsAt(s *scratch, i int32) bool {
	for k := range s.matches {
		if m := &s.matches[k]; m.t0 == i && !m.dead && slices.Contains(r.sympathy, int(m.f)) {
			return true
		}
	}
	return false
}

// isPieceMark reports whether a soft mark separates the pieces of a list.
func isPieceMark(p rune) bool {
	return p == ',' || p == ';' || p == '/' || p == '|'
}
