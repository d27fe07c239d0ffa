package scoring

// cancelOrder is the features that undo others, in the order they must
// act: a feature that cancels another acts before it, so that a finding
// that is itself undone undoes nothing. In the file's order "canned"
// ("We kijken ernaar") took the thanks of "Dank je, Anouk. We kijken ernaar
// uit." before "looks_forward" showed it was no template (playtest 19,
// P19-14). Otherwise the file's order stands; features in a cycle of
// cancellations keep it among themselves.
func cancelOrder(features []*feature) []*feature {
	// waiting[g] counts the features still to act that cancel g.
	waiting := make([]int, len(features))
	for _, f := range features {
		for _, list := range f.cancelLists() {
			for _, c := range list {
				if c != f.idx {
					waiting[c]++
				}
			}
		}
	}
	var order []*feature
	done := make([]bool, len(features))
	for progress := true; progress; {
		progress = false
		for _, f := range features {
			if done[f.idx] || waiting[f.idx] > 0 {
				continue
			}
			done[f.idx], progress = true, true
			order = append(order, f)
			for _, list := range f.cancelLists() {
				for _, c := range list {
					if c != f.idx {
						waiting[c]--
					}
				}
			}
			break // the earliest in the file that is free acts first
		}
	}
	for _, f := range features {
		if !done[f.idx] {
			order = append(order, f) // a cycle: the file's order
		}
	}
	// Only features that cancel anything act in cancel.
	acting := order[:0:0]
	for _, f := range order {
		if l := f.cancelLists(); len(l[0])+len(l[1])+len(l[2])+len(l[3]) > 0 {
			acting = append(acting, f)
		}
	}
	return acting
}

// cancelLists are the features f undoes, by how far the undoing reaches:
// its sentences, the reply, its own words, what comes before it.
func (f *feature) cancelLists() [4][]int {
	return [4][]int{f.Cancels, f.CancelsReply, f.CancelsIn, f.CancelsPrior}
}
