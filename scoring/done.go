package scoring

import (
	"bytes"
	"slices"
)

// The detector in this file reads a fix already made from the grammar of
// the reply, not from a list of verbs: the blind sets' commonest misranking
// was a reply that had already put things right in words of its own ("die
// tijd heb ik voor je vastgezet", "Your ticket is now active in the app",
// "je nummer werkt sinds 10:40 weer", "I've just reset your passcode
// attempts") ranked below "DM me your number and I'll sort it today",
// because the resolved patterns name the verbs a lead would use and a
// writer uses any. A webcare lead ranks what is done above what is
// promised, and both far above words.
//
// A clause reports a fix done when it says, without negation, condition,
// question or promise:
//   - the brand in the first person with the auxiliary of a done act and a
//     participle ("ik heb … vastgezet", "I've reset"), beside a word of the
//     customer's, of now or a number; or
//   - a thing of the case in a new state: a state or passive auxiliary with
//     a word of news ("staat nu weer op 20 graden", "is now active", "is
//     back online", "werkt weer"), or with a participle beside a word of
//     the customer's, of now or a number ("de €18 is weggehaald", "both
//     tickets have been cancelled").
//
// What the post already said happened is the failure read back, not a fix:
// a participle the post has ("you cancelled my flight" / "your flight has
// been cancelled") reports nothing new. Nor does a clause after sympathy
// in its sentence ("sorry that your order has been delayed"), one with a
// finding that costs points, or a verb that only passes on, notes or looks
// (not_acts). The finding is one of feature f.Of, the fix done, and is
// made only where the reply reports no fix in listed words and has none of
// the features of f's `unless` (a wall, blame, a put-down, a misreading); a
// referral or a stock phrase beside it does not undo a fix done.

// detectDone adds one finding of f.Of for the first clause that reports a
// fix done (see the file comment).
func (r *Rubric) detectDone(s *scratch, f *feature, ctx Context, lang string) {
	aw := r.langs[lang].acts
	// A listed fix that a finding beside it will take back ("zodra je
	// weer online bent": a fix still to come) reports none: the clause
	// before it may ("Onze monteurs herstellen hem vandaag; ik stuur je een
	// DM zodra je weer online bent", playtest 28, F4).
	if aw == nil || aw.states == nil || f.Of < 0 || r.hasStandingMatch(s, f.Of) {
		return
	}
	for _, u := range f.Unless {
		// A finding that one beside it will cancel blocks nothing: "You
		// should have been told" matches blame for a moment and owns the
		// failure instead (owed_to_customer).
		if r.hasStandingMatch(s, u) {
			return // a wall, blame or a put-down: no benefit of the doubt
		}
	}
	if f.When != "" && !r.applies(f.When, ctx.CustomerMood) {
		return
	}
	post := caseText(ctx)
	if post != "" {
		r.tokenizePost(s, post, lang)
	}
	ar := r.arranged[lang]
	for c0 := 0; c0 < len(s.toks); {
		c1 := c0
		for c1 < len(s.toks) && (!r.clauseEnd(s, &s.toks[c1]) || clockMark(s, c1)) {
			c1++
		}
		if c1 > c0 && (r.reportsDone(s, aw, ar, c0, c1, post != "") || r.reportsArranged(s, aw, ar, c0, c1, post != "") ||
			r.reportsFromDay(s, aw, ar, c0, c1, post != "")) {
			a, z := &s.toks[c0], &s.toks[c1-1]
			s.matches = append(s.matches, match{f: int32(f.Of), t0: int32(c0), t1: int32(c1),
				r0: a.r0, r1: z.r1, b0: a.b0, b1: z.b1, sent0: a.sent, sent1: z.sent})
			return // one fix answers the question; a repeat earns nothing
		}
		c0 = c1 + 1
	}
}

// reportsDone reports whether the clause [c0, c1) tells a fix done.
func (r *Rubric) reportsDone(s *scratch, aw *actWords, ar *arrangedRules, c0, c1 int, hasPost bool) bool {
	if !hasAuxiliary(s, aw, c0, c1) {
		return false // most clauses: no subject or auxiliary of a done act or a state
	}
	agent, doneAux, state, news, now, participle := false, false, false, false, false, false
	subject, afterNews := false, false // a definite subject before the state; a content word after the news
	for k := c0; k < c1; k++ {
		u := &s.toks[k]
		if u.kind != tWord {
			continue
		}
		w, x := s.folded(u), u.lex // x: the lists the word is in (lexicon.go)
		if u.quoted {
			return false
		}
		if participle {
			if !agent && aw.ruleWords[string(w)] {
				// "your instalment is calculated based on your usage": how
				// it is done, not what was done; "ik heb je lidmaatschap
				// beëindigd op basis van je huurcontract" is a fix
				return false
			}
			now = now || x&(aw.nowBit|aw.newsBit) != 0 || isNumber(w)
			// What follows the done act is what it makes possible: "ik heb
			// afgesproken dat jij morgen alsnog kunt kijken".
			continue
		}
		if (agent || doneAux) && ar.standsForFix(s, aw, w, k, c0, c1) {
			participle, now = true, true // "I've done that now" (pro_verb.go)
			continue
		}
		// A verb of state is no stock verb here: "het werkt weer" is not
		// "we werken eraan".
		if u.neg || x&(aw.promiseBit|lexCondition) != 0 || x&aw.statesBit == 0 && aw.stock(w, s.stem(u)) {
			return false
		}
		if news && !isNumber(w) && u.function() == 0 {
			afterNews = true // "is now active", not "is now £7.99"
		}
		switch {
		case x&aw.agentsBit != 0:
			agent = true
			doneAux = doneAux || x&aw.doneBit != 0 // "I've", "we've"
		case x&aw.doneBit != 0:
			doneAux = true
			state = state || x&aw.statesBit != 0 // "has been"
		case x&aw.statesBit != 0:
			state = true
		case x&aw.newsBit != 0:
			news = true
			afterNews = afterNews || k == lastWord(s, c0, c1) // "werkt weer", "is back"
		case (agent || doneAux || state) && r.participle(w) && !r.evidentWords[string(w)]:
			// A word of what is known or plain ("je melding is bij ons
			// bekend", "it is known") has a participle's form and tells
			// what the brand knows, not what it did.
			if len(aw.readLinks) > 0 && r.readObject(s, aw, k+1, c1) {
				break // a noun of the form ("je bericht gelezen"): the verb comes last
			}
			if hasPost && r.inPost(s, u) {
				return false // the failure read back: "your parcel has been damaged"
			}
			participle = true
		}
		if !state && (x&(aw.subjectsBit|aw.nowBit) != 0 || isNumber(w)) {
			subject = true
		}
		now = now || x&(aw.nowBit|aw.newsBit) != 0 || isNumber(w)
	}
	var done bool
	if agent {
		done = doneAux && participle && now
	} else {
		// A thing of this case, not a class ("Refunds are processed…"),
		// in a new state: news of a return ("weer", "back") or of now
		// with words after it ("is now active", not "is now £7.99"), or
		// a participle with a word of the customer's, of now or a number.
		done = state && subject && (news && afterNews || participle && now)
	}
	return done && !r.questionAt(s, c1-1) && !r.clauseHasFinding(s, c0, c1) && !r.clauseNamesFault(s, c0, c1)
}

// clauseNamesFault reports a live finding of names_fault inside the clause
// [c0, c1): a thing of the case in a state of failure ("De kabel in jullie
// straat is beschadigd", "The cable in your street has been damaged") is
// the cause told, not a fix done (groups nl108/en108).
func (r *Rubric) clauseNamesFault(s *scratch, c0, c1 int) bool {
	nf := r.byID["names_fault"]
	if nf == nil {
		return false
	}
	for k := range s.matches {
		m := &s.matches[k]
		if !m.dead && int(m.f) == nf.idx && m.t0 >= int32(c0) && m.t1 <= int32(c1) {
			return true
		}
	}
	return false
}

// readObject reports a participle of a verb that is no act ending the
// clause [k, c1) with no subordinate clause opening before it: in a language
// that puts the participle last, an earlier word of a participle's form is
// then what was read, seen or passed on, a noun ("bericht" in "ik heb je
// bericht een paar keer gelezen", "verzoek" in "je verzoek doorgestuurd"),
// and the clause reports no fix. "Ik heb je plek vastgezet zoals gevraagd"
// still does: "gevraagd" is in a clause of its own.
func (r *Rubric) readObject(s *scratch, aw *actWords, k, c1 int) bool {
	last := lastWord(s, k, c1)
	if last < 0 {
		return false
	}
	t := &s.toks[last]
	if w := s.folded(t); t.quoted || !r.participle(w) || !aw.stock(w, s.stem(t)) {
		return false
	}
	for j := k; j < last; j++ {
		if u := &s.toks[j]; u.kind == tWord && (aw.readLinks[string(s.folded(u))] || r.conditionWords[string(s.folded(u))]) {
			return false
		}
	}
	return true
}

// clockMark reports the colon or point of a clock time ("10:40", "9.15"),
// which ends no clause.
func clockMark(s *scratch, i int) bool {
	t := &s.toks[i]
	if (t.kind != tSoft && t.kind != tHard) || (t.punct != ':' && t.punct != '.') || i == 0 || i+1 >= len(s.toks) {
		return false
	}
	a, b := &s.toks[i-1], &s.toks[i+1]
	return a.kind == tWord && b.kind == tWord && a.r1 == t.r0 && b.r0 == t.r1 && isNumber(s.folded(a)) && isNumber(s.folded(b))
}

// hasAuxiliary reports a first-person subject, a done auxiliary or a
// state auxiliary in [c0, c1): without one no clause reports a fix done.
func hasAuxiliary(s *scratch, aw *actWords, c0, c1 int) bool {
	for k := c0; k < c1; k++ {
		if u := &s.toks[k]; u.kind == tWord {
			if u.lex&aw.doneAuxBit != 0 {
				return true
			}
		}
	}
	return false
}

// lastWord returns the last word token of [c0, c1), or -1.
func lastWord(s *scratch, c0, c1 int) int {
	for k := c1 - 1; k >= c0; k-- {
		if s.toks[k].kind == tWord {
			return k
		}
	}
	return -1
}

// participle reports a past participle: English "-ed" and the irregular
// ones, Dutch by its form: "ge…" ("gezet", "gegeven"), a separable prefix
// before it ("vastgezet", "teruggestort", "afgeschreven"), or an
// unstressed prefix with a weak ending ("hersteld", "betaald",
// "ontgrendeld"), a separable one before it too ("uitbetaald"). "werkdagen" and "verzoeken" are none.
func (r *Rubric) participle(w []byte) bool {
	if r.englishParticiple(w) {
		return true
	}
	if len(w) < 5 || r.function[string(w)] != 0 || bytes.Equal(w, []byte("geleden")) {
		return false
	}
	last := w[len(w)-1]
	weak := last == 'd' || last == 't'
	if !weak && !bytes.HasSuffix(w, []byte("en")) {
		return false // "gewoon", "genoeg" are no participles
	}
	if bytes.HasPrefix(w, []byte("ge")) {
		return true
	}
	for _, p := range separablePrefixes {
		if bytes.HasPrefix(w, p) && (bytes.HasPrefix(w[len(p):], []byte("ge")) || weak && unstressed(w[len(p):])) {
			return true // "vastgezet"; "uitbetaald", "terugbetaald"
		}
	}
	return weak && unstressed(w)
}

// unstressed reports a word opening with an unstressed prefix, which
// takes no "ge" in the participle ("betaald", "verstuurd").
func unstressed(w []byte) bool {
	for _, p := range [][]byte{[]byte("be"), []byte("ver"), []byte("her"), []byte("ont"), []byte("er")} {
		if bytes.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// separablePrefixes are the Dutch verb particles that stand before the
// "ge" of a participle ("vast-ge-zet", "terug-ge-stort").
var separablePrefixes = [][]byte{[]byte("af"), []byte("op"), []byte("aan"), []byte("in"), []byte("uit"), []byte("door"),
	[]byte("terug"), []byte("weg"), []byte("mee"), []byte("vast"), []byte("na"), []byte("om"), []byte("over"), []byte("toe"),
	[]byte("bij"), []byte("los"), []byte("rond"), []byte("voor"), []byte("klaar"), []byte("recht"), []byte("stop"), []byte("vrij")}

// inPost reports a content word of the post: a state the customer
// reported is the failure read back.
func (r *Rubric) inPost(s *scratch, t *token) bool {
	st := s.stem(t)
	return s.postMask.has(st) && s.post.hasContentStem(r, st)
}

// questionAt reports a question mark closing the sentence of token i.
func (r *Rubric) questionAt(s *scratch, i int) bool {
	sent := s.toks[i].sent
	for k := i + 1; k < len(s.toks) && s.toks[k].sent == sent; k++ {
		if t := &s.toks[k]; t.kind == tHard {
			return t.punct == '?'
		}
	}
	return false
}

// clauseHasFinding reports a live finding that costs points inside the
// clause [c0, c1), or one of sympathy before it in its sentence ("sorry
// that your order has been delayed" names what the apology is for).
func (r *Rubric) clauseHasFinding(s *scratch, c0, c1 int) bool {
	sent := s.toks[c0].sent
	for k := range s.matches {
		m := &s.matches[k]
		if m.dead || m.whole() {
			continue
		}
		if r.features[m.f].Points < 0 && m.t0 < int32(c1) && m.t1 > int32(c0) {
			return true
		}
		if slices.Contains(r.sympathy, int(m.f)) && m.t0 < int32(c1) && sent >= m.sent0 && sent <= m.sent1 {
			return true
		}
	}
	return false
}
