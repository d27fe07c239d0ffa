package scoring

// A writer often names the fix that was owed and then says it is done with
// the verb "do" standing for it: "Her contract should have been closed
// after your first call. I've done that now", "I've done both now", "Dat
// heb ik nu gedaan". The done detector read "done"/"gedaan" as a verb that
// does nothing for the customer ("we've done everything we can", "we doen
// ons best"), so such a reply scored below "DM me and I'll close it today"
// (blind16: "I've done that now and withdrawn the reminder", 62.4 in
// English against 91.5 for its Dutch twin, which had a second verb).
//
// The verb stands for the fix when the writer has done it (the done
// detector's agent and auxiliary), a word that points back at what was
// named (done_pro_objects: it, that, both; dat, het, allebei) comes before
// it in its clause or right after it, and a word of now or of the customer
// (act_now, done_news) comes before it or within two words after it. "We've
// done everything we can", "we hebben ons best gedaan" and "dat hebben we
// gedaan omdat de kosten stijgen" keep reading as no fix: no word points
// back, or no word of now stands beside the verb.
//
// "In the meantime" and "intussen" are words of now only here
// (done_pro_nows), within four words after the verb or anywhere before
// it: "I've done that in the meantime", "dat heb ik intussen gedaan" (a
// typed round; groups en78, nl82/en82). As general words of now they
// made "We've discussed that in the meantime" a fix done in English.

// standsForFix reports whether the word w at token k, in the clause
// [c0, c1), is the verb "do" standing for a fix named before it (see the
// file comment).
func (ar *arrangedRules) standsForFix(s *scratch, aw *actWords, w []byte, k, c0, c1 int) bool {
	if ar == nil || !ar.proVerbs[string(w)] {
		return false
	}
	object, now := false, false
	for j, n := k+1, 0; j < c1 && n < 4; j++ {
		if t := &s.toks[j]; t.kind == tWord {
			v := s.folded(t)
			object = object || n == 0 && ar.proObjects[string(v)]
			now = now || n < 2 && (aw.now[string(v)] || aw.news[string(v)]) || ar.proNows[string(v)]
			n++
		}
	}
	for j := c0; j < k; j++ {
		if t := &s.toks[j]; t.kind == tWord {
			v := s.folded(t)
			object = object || ar.proObjects[string(v)]
			now = now || aw.now[string(v)] || aw.news[string(v)] || ar.proNows[string(v)]
		}
	}
	return object && now
}
