package scoring

// detectUnderRules keeps feature f's findings, a removal said of "it",
// "hem" or "this post" ("we halen hem vanmiddag weg", "we'll take it down
// this afternoon", "this post will be removed shortly"), only where their
// sentence names the page's own rules (settings.house_rule_words:
// "volgens onze huisregels", "under our house rules", "in line with our
// community guidelines"): then what goes is the customer's complaint, and
// the finding becomes feature f.Of (threaten_customer), whose costs and
// cancels apply and whose note names the rule. Without the rules the
// pronoun may be the brand's own poster or advert, whose removal is the
// fix asked for ("the poster comes down today").
func (r *Rubric) detectUnderRules(s *scratch, f *feature) {
	if f.Of < 0 || !r.hasMatches(s, f.idx) {
		return
	}
	for i := range s.matches {
		m := &s.matches[i]
		if int(m.f) != f.idx || m.dead || m.t0 < 0 {
			continue
		}
		if r.namesHouseRules(s, m.sent0) || r.namesHouseRules(s, m.sent1) {
			m.f, m.aux = int32(f.Of), int16(f.idx+1)
		} else {
			m.dead = true
		}
	}
}

// namesHouseRules reports whether sentence sent holds a word, or two words,
// of settings.house_rule_words.
func (r *Rubric) namesHouseRules(s *scratch, sent int32) bool {
	prev := ""
	for k := range s.toks {
		t := &s.toks[k]
		if t.sent != sent || t.kind != tWord {
			prev = ""
			continue
		}
		w := string(s.folded(t))
		if r.houseRuleWords[w] || (prev != "" && r.houseRuleWords[prev+" "+w]) {
			return true
		}
		prev = w
	}
	return false
}
