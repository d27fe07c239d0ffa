package scoring

import "slices"

// A stock reply is one fault, however many stock phrases it strings
// together. "We're sorry for any inconvenience and thank you for your
// patience. Kind regards, the Customer Care Team" is one template; the
// rubric finds it as a non-apology, a canned phrase, the patience
// template and a company signature, and their sum sank it below a reply
// that turns the customer away with a rule, a "have you tried" or another
// party. Webcare leads rank the other way: in the released blind sets a
// reply with a refusal is ranked below one with a stock phrase in 34 of
// 42 pairs where only one of them has either, a deflection in 32 of 45;
// the template fails to help, the cold reply pushes the customer off.
// So of the findings of settings.stock_harms only the first costs;
// the others stay visible at 0, with a discount that says why.

// chargedStock is the index of the stock-text feature whose finding comes
// first in this reply, -1 when it has none. The template is charged where
// it starts; which finding that is does not depend on the sizes of the
// points (the fit harness, fit_model_test.go, relies on that).
func (r *Rubric) chargedStock(s *scratch) int {
	for i := range s.matches {
		if m := &s.matches[i]; !m.dead && r.features[m.f].Points < 0 && slices.Contains(r.stockHarms, int(m.f)) {
			return int(m.f)
		}
	}
	return -1
}

// stockShare is the share of its points a finding keeps as stock text:
// all for the charged one (kept) and for anything that is no stock text,
// none for the other stock findings, recorded as a discount.
func (r *Rubric) stockShare(s *scratch, t *tally, m *match, f *feature, pts, factor float64, first bool, kept int) float64 {
	if kept < 0 || f.idx == kept || !slices.Contains(r.stockHarms, f.idx) {
		return 1
	}
	if e, d := worth(f, pts, factor, first); e != 0 || d != 0 {
		t.a.Discounts = append(t.a.Discounts, r.discount(s, t.text, t.lang, m, f, e, d, kept, r.firstMatch(s, []int{kept})))
	}
	return 0
}

// stockNote explains a stock finding that costs nothing because another
// one already charges the template, "" for any other discount.
func (r *Rubric) stockNote(c, f *feature, lang string) string {
	if f == nil || !slices.Contains(r.stockHarms, c.idx) || !slices.Contains(r.stockHarms, f.idx) {
		return ""
	}
	if lang == "en" {
		return "not charged again: your stock text already costs points"
	}
	return "telt niet nog eens: je standaardtekst kost al punten"
}
