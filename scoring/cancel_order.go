package scoring

// cancelOrder is the features that undo others, in the order they must
// act: a feature that cancels another acts before it, so that a finding
// that is itself undone undoes nothing. In the file's order "canned"
// ("We kijken ernaar") took the thanks of "Dank je, Anouk. We kijken ernaar
// uit." before "looks_forward" showed it was no template (playtest 19,
// P19-14). Otherwise the file's order stands; features in a cycle of
// cancellations keep it among themselves.
func cancelOrder(features []*feature) []*feature {
	cancels := func(f *feature) [][]int { return [][]int{f.Cancels, f.CancelsReply, f.CancelsIn, f.CancelsPrior} }
	// waiting[g] counts the features still to act that cancel g.
	waiting := make([]int, len(features))
	for _, f := range features {
		for _, list := range cancels(f) {
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
			for _, list := range cancels(f) {
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
		for _, list := range cancels(f) {
			if len(list) > 0 {
				acting = append(acting, f)
				break
			}
		}
	}
	return acting
}
