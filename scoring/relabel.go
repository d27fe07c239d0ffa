package scoring

import "slices"

// InLanguage returns a copy of a with the rubric's own words in lang: the
// labels of the features found and missing, their tips, and why a finding
// counted less. The reply, its spans, its points and the words quoted
// from it stay as they are. The window shows an attempt played in Dutch
// in its English interface this way (and the other way round). customer
// is the customer's name, which a tip's greeting uses ("Hi {customer}").
func (r *Rubric) InLanguage(a Analysis, lang, customer string) Analysis {
	a.Features = slices.Clone(a.Features)
	for i, f := range a.Features {
		if rf := r.byID[f.ID]; rf != nil {
			a.Features[i].Label = rf.label(lang)
		}
	}
	a.Missing = slices.Clone(a.Missing)
	for i, m := range a.Missing {
		if rf := r.byID[m.ID]; rf != nil {
			a.Missing[i].Label = rf.missingLabel(lang)
			a.Missing[i].Tip = pick(rf.Tip, lang)
		}
	}
	a.Discounts = slices.Clone(a.Discounts)
	for i, d := range a.Discounts {
		a.Discounts[i].Note = r.discountNote(d, lang)
	}
	greetByName(&a, customer, lang)
	return a
}
