package scoring

// An English "policy" is the brand's rule or the customer's own insurance
// contract. "It's just your own policy, so I'd rather not put it on the
// street" guards the customer's privacy; "that's just our policy" is a
// wall (playtest 14, P14-3). Dutch says "beleid" for the one and "polis"
// for the other, so only English needs telling them apart: a contract word
// (contract_words) with one of the reader's possessives
// (reader_possessives) at most two words before it, and no brand's or
// general determiner between, belongs to the customer. A feature with
// not_their_contract (the walls) does not count such a match.

type contractSettings struct {
	ContractWords     []string `toml:"contract_words"`
	ReaderPossessives []string `toml:"reader_possessives"`
	phraseSettings             // possessives, beside the reader's (pattern_phrases.go)
}

// brandDeterminers end the look back: "your claim under our policy" is
// the brand's rule.
var brandDeterminers = map[string]bool{"our": true, "the": true, "a": true, "this": true, "that": true,
	"company": true, "house": true, "ons": true, "onze": true, "het": true, "de": true}

// theirContract reports whether the tokens [i, e) hold a contract word
// that is the customer's own.
func (r *Rubric) theirContract(s *scratch, i, e int) bool {
	if len(r.contractWords) == 0 {
		return false
	}
	for k := i; k < e; k++ {
		t := &s.toks[k]
		if t.kind != tWord || !r.contractWords[string(s.folded(t))] {
			continue
		}
		for b, seen := k-1, 0; b >= 0 && seen < 2; b-- {
			p := &s.toks[b]
			if p.kind != tWord || p.sent != t.sent {
				break
			}
			w := s.folded(p)
			if r.readerPossessives[string(w)] {
				return true
			}
			if brandDeterminers[string(w)] {
				break
			}
			seen++
		}
	}
	return false
}
