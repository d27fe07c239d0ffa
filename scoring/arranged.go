package scoring

import (
	"bytes"
	"strings"
)

// The done detector (done.go) reads a fix the writer made ("ik heb het
// vastgezet", "I've reset it") and a thing of the case in a new state ("is
// now active"). After it, the blind sets' commonest misranking was still a
// fix done or arranged, told another way: in the passive or the
// progressive ("A new pair is being made and will be ready on Thursday",
// "er wordt vanmiddag gestrooid"), by someone else of the brand with a day
// or a time ("The store manager has spoken to the team this morning", "A
// senior engineer will come on Saturday at 10am", "Zijn leidinggevende
// spreekt hem er vandaag op aan"), or with the customer booked in ("You're
// now booked in for Thursday at 8am"). Writers rank such a reply above "DM
// me your number and I'll sort it", as they rank a fix done: the step is
// taken, and it has a day.
//
// A clause reports an arrangement when it names a day or a time of the fix
// (arranged_times, or a clock time), states no rule for a whole class
// (genericStatement), and its verb is one of
//   - a passive or a progressive: the auxiliary (arranged_states) with a
//     participle, a word of a result (arranged_done: "klaar", "ready") or,
//     right after it, a word of the progressive ("is being made", "wordt
//     uitbetaald", "is speaking");
//   - someone else's done act: act_done with a participle ("has spoken");
//   - the plain future or a verb of going (arranged_future) with any word
//     of content ("will come", "gaat op de post", "goes on tonight's
//     flight"), or with the particle of a thing taken along
//     (arranged_along: "gaat vanavond mee met de vlucht van 21:05"), which
//     elsewhere is a stock verb ("we nemen het mee");
//   - where the language marks it, a finite verb by its ending in the
//     first words after a determiner ("De teamleider spreekt haar …").
// It is no arrangement with the writer as its subject (a promise, or a
// fix the done detector reads), with a negation, a condition, a
// possibility or a wish (promise_words other than the plain future), a
// verb that only passes on, notes or looks (not_acts, arranged_not_acts:
// "your complaint will be reviewed"), a participle the post has (the
// failure read back), a question, or a finding that costs points or
// sympathy before it in its sentence (done.go's clauseHasFinding).

// arrangedWords are a language's words of a fix arranged (rubric.toml).
type arrangedWords struct {
	ArrangedTimes       []string `toml:"arranged_times"`        // a day or part of one: morgen, donderdag; tomorrow, Thursday
	ArrangedClocks      []string `toml:"arranged_clocks"`       // what makes a number a clock time: uur; am, pm
	ArrangedFuture      []string `toml:"arranged_future"`       // the plain future: zal, gaat; will, it'll
	ArrangedStates      []string `toml:"arranged_states"`       // a passive's or progressive's auxiliary: wordt, is; is, being, you're
	ArrangedProgressive []string `toml:"arranged_progressive"`  // the ending of a progressive: ing
	ArrangedVerbEndings []string `toml:"arranged_verb_endings"` // the ending of a finite verb after its subject: t
	ArrangedSubjects    []string `toml:"arranged_subjects"`     // determiners that open such a subject: de, onze
	ArrangedDone        []string `toml:"arranged_done"`         // what completes a state as a participle does: klaar; ready
	ArrangedContact     []string `toml:"arranged_contact"`      // a call promised, a step: belt; will call
	ArrangedArticles    []string `toml:"arranged_articles"`     // before which a contact word is a noun: "the first call"
	ArrangedNotActs     []string `toml:"arranged_not_acts"`     // a wait, a route or a question, not a fix: beoordeel*, kunt; review*, whether
	ArrangedAlong       []string `toml:"arranged_along"`        // the particle of a thing taken along after a verb of going: mee; along
	// a change from a day on (from_day.go)
	ArrangedFrom        []string `toml:"arranged_from"`         // the word that opens it: vanaf; from
	ArrangedFromDates   []string `toml:"arranged_from_dates"`   // days besides arranged_times: maand, januari; month, January
	ArrangedFromFillers []string `toml:"arranged_from_fillers"` // words inside the day: volgende, af; next, on
	ArrangedFromOpeners []string `toml:"arranged_from_openers"` // subjects besides arranged_subjects: je, er; your, there's
	ArrangedFromNot     []string `toml:"arranged_from_not"`     // a price or a rule from a day, no fix: geldt, kost*; applies, fee*
	ArrangedFromLinks   []string `toml:"arranged_from_links"`   // words that join it to what was done before: dus; so
	// the verb that stands for a fix named before it (pro_verb.go)
	DoneProVerbs   []string `toml:"done_pro_verbs"`   // gedaan; done
	DoneProObjects []string `toml:"done_pro_objects"` // dat, allebei; that, both
	DoneProNows    []string `toml:"done_pro_nows"`    // intussen; meantime: a word of now beside the verb only
}

// arrangedRules are a language's arrangedWords, folded.
type arrangedRules struct {
	times, clocks, future, states, subjects, done, contact, articles map[string]bool
	along                                                            map[string]bool
	progressive, verbEndings, notPre                                 [][]byte
	notActs                                                          map[string]bool
	from, fromDates, fromFillers, fromOpeners, fromNot, fromLinks    map[string]bool
	proVerbs, proObjects, proNows                                    map[string]bool
	fromNotPre                                                       [][]byte
	fromBit, timesBit                                                uint64 // from's and times' bits in the lexicon (token.lex)
}

// arrangedWords reads a language's words of a fix arranged.
func (p *parser) arrangedWords(lang string, fl fileLanguage) {
	if len(fl.ArrangedTimes) == 0 {
		return
	}
	ar := &arrangedRules{times: foldAposSet(fl.ArrangedTimes), clocks: foldAposSet(fl.ArrangedClocks),
		future: foldAposSet(fl.ArrangedFuture), states: foldAposSet(fl.ArrangedStates),
		subjects: foldAposSet(fl.ArrangedSubjects), done: foldAposSet(fl.ArrangedDone),
		contact: foldAposSet(fl.ArrangedContact), articles: foldAposSet(fl.ArrangedArticles), notActs: map[string]bool{},
		along: foldAposSet(fl.ArrangedAlong)}
	ar.from, ar.fromDates, ar.fromFillers = foldAposSet(fl.ArrangedFrom), foldAposSet(fl.ArrangedFromDates), foldAposSet(fl.ArrangedFromFillers)
	ar.fromOpeners, ar.fromLinks = foldAposSet(fl.ArrangedFromOpeners), foldAposSet(fl.ArrangedFromLinks)
	ar.proVerbs, ar.proObjects = foldAposSet(fl.DoneProVerbs), foldAposSet(fl.DoneProObjects)
	ar.proNows = foldAposSet(fl.DoneProNows)
	ar.fromNot = map[string]bool{}
	for _, w := range fl.ArrangedFromNot {
		if w = foldString(normApos(w)); strings.HasSuffix(w, "*") {
			ar.fromNotPre = append(ar.fromNotPre, []byte(strings.TrimSuffix(w, "*")))
		} else {
			ar.fromNot[w] = true
		}
	}
	for _, w := range fl.ArrangedProgressive {
		ar.progressive = append(ar.progressive, []byte(foldString(w)))
	}
	for _, w := range fl.ArrangedVerbEndings {
		ar.verbEndings = append(ar.verbEndings, []byte(foldString(w)))
	}
	for _, w := range fl.ArrangedNotActs {
		if w = foldString(normApos(w)); len(w) > 1 && w[len(w)-1] == '*' {
			ar.notPre = append(ar.notPre, []byte(w[:len(w)-1]))
		} else {
			ar.notActs[w] = true
		}
	}
	if p.r.arranged == nil {
		p.r.arranged = map[string]*arrangedRules{}
	}
	p.r.arranged[lang] = ar
}

func (ar *arrangedRules) notAct(w []byte) bool {
	if ar.notActs[string(w)] {
		return true
	}
	for _, p := range ar.notPre {
		if bytes.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

func hasAnySuffix(w []byte, ends [][]byte) bool {
	for _, e := range ends {
		if len(w) > len(e)+2 && bytes.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// hasTime reports a day, a part of one or a clock time in [c0, c1).
func (ar *arrangedRules) hasTime(s *scratch, c0, c1 int) bool {
	for k := c0; k < c1; k++ {
		if s.toks[k].kind == tWord && (ar.timeAt(s, k) || ar.clock(s, k)) {
			return true
		}
	}
	return false
}

// timeAt reports a day or a part of one at word k, also as a
// possessive: "tomorrow", "Thursday's delivery", "tonight's flight".
func (ar *arrangedRules) timeAt(s *scratch, k int) bool {
	w := s.folded(&s.toks[k])
	return s.toks[k].lex&ar.timesBit != 0 || bytes.HasSuffix(w, []byte("'s")) && ar.times[string(w[:len(w)-2])]
}

// clock reports a clock time at token k: "8am", "8 am", "8:00", "8 uur".
func (ar *arrangedRules) clock(s *scratch, k int) bool {
	w := s.folded(&s.toks[k])
	if !isNumber(w) {
		return false
	}
	for c := range ar.clocks {
		if bytes.HasSuffix(w, []byte(c)) {
			return true
		}
	}
	if k+1 < len(s.toks) && (clockMark(s, k+1) || s.toks[k+1].kind == tWord && ar.clocks[string(s.folded(&s.toks[k+1]))]) {
		return true
	}
	return false
}

// afterDeterminer reports an article one or two words before token k in
// the clause from c0: "the first call" is a noun.
func (ar *arrangedRules) afterDeterminer(s *scratch, k, c0 int) bool {
	for j, n := k-1, 0; j >= c0 && n < 2; j-- {
		if s.toks[j].kind != tWord {
			continue
		}
		if ar.articles[string(s.folded(&s.toks[j]))] {
			return true
		}
		n++
	}
	return false
}

// reportsArranged reports whether the clause [c0, c1) tells a fix
// arranged (see the file comment).
func (r *Rubric) reportsArranged(s *scratch, aw *actWords, ar *arrangedRules, c0, c1 int, hasPost bool) bool {
	if ar == nil || !ar.hasTime(s, c0, c1) {
		return false // most clauses: no day or time, nothing arranged
	}
	if r.genericStatement(s, c0) {
		return false // a rule for a whole class: "E-tickets worden … verstuurd"
	}
	when, aux, future, verb, content := false, false, false, false, false
	first, lastAux := -1, -2
	for k := c0; k < c1; k++ {
		u := &s.toks[k]
		if u.kind != tWord {
			continue
		}
		w := s.folded(u)
		if u.quoted || u.neg || aw.agents[string(w)] || r.conditionWords[string(w)] {
			return false // the writer's own promise or fix, a negation, a condition
		}
		if first < 0 {
			first = k
		}
		switch {
		case k == first && ar.subjects[string(w)]:
			// the subject's determiner ("Zijn leidinggevende"), not an auxiliary
		case ar.timeAt(s, k) || ar.clock(s, k):
			when = true
		case ar.future[string(w)]:
			content = content || future // "zal … komen": the second is the verb
			future = true
		case aw.promise[string(w)]:
			return false // a possibility or a wish: "can", "hopefully"
		case ar.states[string(w)]:
			aux, lastAux = true, k
		case aw.done[string(w)]:
			aux = true // "has spoken"; "has an amazing line-up" is no progressive
		case future && ar.along[string(w)]:
			content = true // "gaat vanavond mee met de vlucht": taken along, not "we nemen het mee"
		case ar.contact[string(w)] && !ar.afterDeterminer(s, k, c0):
			return false // "will call you today": contact promised, a step
		case ar.notAct(w) || aw.stock(w, s.stem(u)) && !aw.states[string(w)]:
			return false // a wait or a look: "will be reviewed", "wordt bekeken"
		case (aux || future) && (r.participle(w) || ar.done[string(w)]) || k-lastAux <= 2 && hasAnySuffix(w, ar.progressive):
			if hasPost && r.inPost(s, u) {
				return false // the failure read back
			}
			verb = true
		case future && r.function[string(w)] == 0 && !isNumber(w):
			content = true // "will come", "gaat … op de post"
		case !aux && !future && first >= 0 && ar.subjects[string(s.folded(&s.toks[first]))] && k-first <= 4 &&
			r.function[string(w)] == 0 && hasAnySuffix(w, ar.verbEndings):
			verb = true // "De teamleider spreekt haar er vandaag op aan"
		case !aux && !future && r.afterColleague(s, ar, first, k) && r.function[string(w)] == 0 && !isNumber(w):
			verb = true // "Onze monteurs herstellen hem vandaag", "Our engineer replaces it tomorrow at 9am"
		}
	}
	return when && (verb || future && content) && !r.questionAt(s, c1-1) && !r.clauseHasFinding(s, c0, c1)
}

// afterColleague reports whether token k is the word right after a
// subject of the brand's own people that opens the clause at first: a
// determiner and a colleague word, singular or plural ("onze monteurs",
// "our engineer"). The word there is the subject's finite verb, in the
// present that tells what is planned ("Our engineers repair it today"),
// whatever its ending (playtest 28, F4).
func (r *Rubric) afterColleague(s *scratch, ar *arrangedRules, first, k int) bool {
	if first < 0 || !ar.subjects[string(s.folded(&s.toks[first]))] {
		return false
	}
	j := first + 1
	for j < k && s.toks[j].kind != tWord {
		j++
	}
	if j >= k || !r.colleagueWord(s.folded(&s.toks[j])) {
		return false
	}
	for j++; j < k; j++ {
		if s.toks[j].kind == tWord {
			return false
		}
	}
	return true
}

// colleagueWord reports a colleague word (settings.colleague_words) in
// the singular or with a plural ending: "monteurs", "engineers".
func (r *Rubric) colleagueWord(w []byte) bool {
	if r.colleagueWords[string(w)] {
		return true
	}
	for _, end := range []string{"s", "en", "'s"} {
		if n := len(w) - len(end); n > 0 && string(w[n:]) == end && r.colleagueWords[string(w[:n])] {
			return true
		}
	}
	return false
}
