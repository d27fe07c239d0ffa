package scenarios

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
)

// A route sends a typed reply to a follow-up (a decision or an ending). That
// follow-up may only take for granted what the route's condition guarantees.
// When a written choice leads to the same follow-up, authors tend to write
// the follow-up for that choice: the customer quotes its words ("jullie
// beginnen over mijn taalgebruik?") and the next choices refer to them. A
// typed reply that only matched the route's condition (a sarcastic remark
// about exams) never said those words, and the story stops making sense.
//
// followUps warns about every route whose follow-up repeats words that a
// choice leading there said, that the situation before the reply did not
// already contain, and that the route's condition does not require (words
// inside the spans of the features it requires are allowed: a follow-up of
// has = ["apology"] may speak of the apology).

// minPresumedLetters is the shortest word the check looks at: shorter
// words are function words or too common to point at one reply.
const minPresumedLetters = 6

func (v *validator) followUps(path string, d *Decision) {
	known := v.situationWords(d)
	for i, r := range d.Routes {
		shown := v.followUpWords(r.Next)
		if len(shown) == 0 {
			continue
		}
		for j, c := range d.Choices {
			if c.Next != r.Next {
				continue
			}
			allowed := v.requiredWords(c.Text, r.When)
			var presumed []string
			for _, raw := range rawWords(c.Text) {
				w := stem(raw)
				if shown[w] && !known[w] && !allowed[w] && !slices.Contains(presumed, raw) {
					presumed = append(presumed, raw)
				}
			}
			if len(presumed) == 0 {
				continue
			}
			v.warnf(fmt.Sprintf("%s.route[%d].next", path, i+1),
				"sends typed replies to %q, which repeats %s from choice %d; the route's condition does not require those words, "+
					"so a typed reply that takes it may never have said them: word the follow-up so it holds for any reply the route lets through, "+
					"or give the route a follow-up of its own",
				r.Next, quoteList(presumed), j+1)
		}
	}
}

// situationWords are the words the trainee had seen before replying at d:
// the case's opening posts and people, the decision's prompt, facts and
// posts, and the texts of every decision that can lead to d.
func (v *validator) situationWords(d *Decision) map[string]bool {
	sc := v.sc
	texts := []string{sc.Title, sc.Summary, sc.Customer.Name, sc.Customer.Handle, sc.Brand.Name, sc.Brand.Handle,
		d.Prompt, d.Facts}
	for _, p := range sc.Posts {
		texts = append(texts, p.Text)
	}
	for _, prev := range v.ancestors(d.ID) {
		texts = append(texts, prev.Prompt, prev.Facts)
		for _, p := range prev.Posts {
			texts = append(texts, p.Text)
		}
	}
	for _, a := range sc.Actors {
		texts = append(texts, a.Name, a.Handle)
	}
	m := map[string]bool{}
	for _, t := range texts {
		for _, w := range contentWords(t) {
			m[w] = true
		}
	}
	return m
}

// ancestors are d and the decisions that can lead to it.
func (v *validator) ancestors(id string) []*Decision {
	seen := map[string]bool{id: true}
	queue := []string{id}
	var out []*Decision
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if d, ok := v.sc.Decision(cur); ok {
			out = append(out, d)
		}
		for i := range v.sc.Decisions {
			p := &v.sc.Decisions[i]
			if !seen[p.ID] && slices.Contains(targets(p), cur) {
				seen[p.ID] = true
				queue = append(queue, p.ID)
			}
		}
	}
	return out
}

// targets are the ids decision d can lead to.
func targets(d *Decision) []string {
	out := []string{d.OnTimeout}
	for _, c := range d.Choices {
		out = append(out, c.Next)
	}
	for _, r := range d.Routes {
		out = append(out, r.Next)
	}
	for _, a := range d.Actions {
		out = append(out, a.Next)
	}
	return out
}

// followUpWords are the words in which the follow-up id tells the trainee
// what their reply was: the posts of the people in it (the customer quoting
// or answering the reply) and the passages its prompt puts in quotes. The
// prompt's own narration moves the story on and its written choices are
// the brand's next replies; both may reuse a word.
func (v *validator) followUpWords(id string) map[string]bool {
	var texts []string
	var posts []Post
	if d, ok := v.sc.Decision(id); ok {
		texts = append(texts, quoted(d.Prompt)...)
		posts = d.Posts
	} else if e, ok := v.sc.Ending(id); ok {
		posts = e.Posts
	}
	for _, p := range posts {
		if p.By != "brand" {
			texts = append(texts, p.Text)
		}
	}
	m := map[string]bool{}
	for _, t := range texts {
		for _, w := range contentWords(t) {
			m[w] = true
		}
	}
	return m
}

// quoted returns the passages of text between quote marks ('…', "…", ‘…’,
// “…”, „…”). An apostrophe inside a word ("Naomi's") opens no quote.
func quoted(text string) []string {
	var out []string
	rs := []rune(text)
	for i := 0; i < len(rs); i++ {
		close, ok := quotePairs[rs[i]]
		if !ok || (i > 0 && unicode.IsLetter(rs[i-1])) {
			continue
		}
		for j := i + 1; j < len(rs); j++ {
			if rs[j] == close && (j+1 == len(rs) || !unicode.IsLetter(rs[j+1])) {
				out = append(out, string(rs[i+1:j]))
				i = j
				break
			}
		}
	}
	return out
}

var quotePairs = map[rune]rune{'\'': '\'', '"': '"', '‘': '’', '“': '”', '„': '”'}

// requiredWords are the words of text inside the spans of the features the
// condition asks for (has, and has_any: any of them says what kind of reply
// took the route), and the language's common words, which point at no
// reply in particular.
func (v *validator) requiredWords(text string, c Condition) map[string]bool {
	need := append(append([]string(nil), c.Has...), c.HasAny...)
	for _, id := range need {
		need = append(need, MetBy[id]...)
	}
	m := map[string]bool{}
	for _, w := range strings.Fields(commonWords[v.sc.Language]) {
		m[stem(w)] = true
	}
	if len(need) == 0 {
		return m
	}
	for id, spans := range v.rubric.FeatureTexts(text, v.sc) {
		if !slices.Contains(need, id) {
			continue
		}
		for _, span := range spans {
			for _, w := range contentWords(span) {
				m[w] = true
			}
		}
	}
	return m
}

// ContentWords are the stems of the words of text that can point at one
// reply: words of at least six letters that are not among the language's
// common words. A follow-up that repeats one of them from a reply the
// trainee never wrote is quoting that reply.
func ContentWords(text, lang string) []string {
	common := map[string]bool{}
	for _, w := range strings.Fields(commonWords[lang]) {
		common[stem(w)] = true
	}
	var out []string
	for _, w := range contentWords(text) {
		if !common[w] {
			out = append(out, w)
		}
	}
	return out
}

// contentWords are the stems of text's rawWords.
func contentWords(text string) []string {
	raw := rawWords(text)
	for i, w := range raw {
		raw[i] = stem(w)
	}
	return raw
}

// rawWords splits text into lower-case words of at least
// minPresumedLetters letters; handles and names count as words too.
func rawWords(text string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '-'
	}) {
		w = strings.Trim(w, "-")
		if len([]rune(w)) >= minPresumedLetters {
			out = append(out, w)
		}
	}
	return out
}

// stem folds a plural or an inflection onto its word ("adviseurs",
// "adviseur"; "advisers", "adviser"), so a follow-up that speaks of the
// same thing in the plural is not taken for a quote.
func stem(w string) string {
	for _, suffix := range []string{"en", "es", "ed", "s", "e", "t", "d"} {
		if len(w)-len(suffix) >= minPresumedLetters-1 && strings.HasSuffix(w, suffix) {
			return strings.TrimSuffix(w, suffix)
		}
	}
	return w
}

func quoteList(ws []string) string {
	q := make([]string, len(ws))
	for i, w := range ws {
		q[i] = fmt.Sprintf("%q", w)
	}
	return strings.Join(q, ", ")
}

// commonWords are frequent words of six letters or more: a follow-up that
// repeats one of them is not quoting a reply.
var commonWords = map[string]string{
	"nl": `hebben heeft wordt worden werden zullen kunnen moeten willen zouden gewoon altijd binnen buiten tussen zonder tegen
		achter omdat terwijl waarom wanneer alleen echter iemand niemand iedereen eigenlijk helemaal natuurlijk misschien
		eerste tweede andere anderen ergens nergens overal zeggen gezegd vinden vraagt vragen weten gedaan komen gekomen
		blijft blijven staan staat laten sturen gestuurd krijgen krijgt gekregen bedankt dankjewel graag mensen vandaag
		morgen gisteren meteen gebeurd gebeurt bericht berichten reactie reacties snel straks dagen minuten jullie zichzelf erover ervan erbij daarom daarna daarmee hierover`,
	"en": `should would could because before after without within between always never really actually already people
		someone anyone everyone something anything nothing everything thanks thank please other others second called
		getting turned wanted things little likely minutes today tomorrow yesterday yourself ourselves themselves
		through around another happened happens company companies message messages comment comments whether answer answered asking asked saying said`,
}
