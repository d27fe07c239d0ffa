package scoring

import "cmp"

// A post that asks the brand something keeps the rules for an answer on.
//
// Evasion ("we nemen het mee", "we'll take it on board") and "no way
// forward" count only for a complaint (`when`): passing praise on to the
// kitchen is no evasion, and a thank-you at the end of a solved case needs
// no step. But a pleased customer can still ask: "the manager rang me, I
// appreciate it. But what are you changing?", "Top dat ik mijn geld
// terugkreeg! Wanneer rijdt de sneltrein weer?", "Ben benieuwd wat jullie
// er verder mee doen". Judged at the pleased mood, "we nemen je punt mee
// in onze interne evaluatie" cost nothing there and a reply that ignored
// the question scored as a warm close (playtest 22: HEMA's "what will you
// change?" graded green while its ending said "vague"; groups nl33/en33).
// A feature with also_when_asked counts wherever the post being answered
// asks: a question put to the brand (one that opens with a question word,
// holds a word for the reader, addressee_words, or asks what the customer
// may, can or must do: "Mag ik…?", "Can I…?"), or a word of asking
// without a question mark (ask_words: "benieuwd", "curious").
// A question that opens with "who" asks nothing of the brand ("Wie had dat
// gedacht?", "Who knew?") unless it is put to the reader.

// postAsks reports whether the customer's post (ctx.CustomerPost; not the
// thread or the situation, whose questions were asked before) asks the
// brand something. It reads the post alone, as answers.go does, and its
// sentences that hold a question mark by the tokenizer's flags.
func (r *Rubric) postAsks(s *scratch, ctx Context, lang string) bool {
	if ctx.CustomerPost == "" {
		return false
	}
	r.tokenizePost(s, ctx.CustomerPost, lang)
	ps := s.post
	for i := range ps.toks {
		if t := &ps.toks[i]; t.kind == tWord && r.askWords[string(ps.folded(t))] {
			return true
		}
	}
	for k, asked := range ps.question {
		if asked && r.putToBrand(ps, int32(k)) {
			return true
		}
	}
	return false
}

// putToBrand reports whether question sentence k of the post asks the
// brand: it opens with a question word other than "who", holds a word for
// the reader, or asks what the customer or the place allows (mayAsk).
func (r *Rubric) putToBrand(ps *scratch, k int32) bool {
	n := 0
	prev := ""
	for i := range ps.toks {
		t := &ps.toks[i]
		if t.kind != tWord || t.sent != k {
			continue
		}
		w := string(ps.folded(t))
		if n == 0 && openWords[w] && w != "wie" && w != "who" {
			return true
		}
		if n == 1 && yesNoVerbs[prev] && askerWords[w] {
			return true
		}
		if r.addresseeWords[w] {
			return true
		}
		n++
		prev = w
	}
	return false
}

// A question without a question word asks the brand when it asks what the
// customer, theirs or the place may, can or must do: a verb of the
// question first, then the asker or "er"/"there" ("Mag ik met mijn
// scootmobiel naar binnen?", "Is er een invalidentoilet?", "Can I bring my
// bike?", "Is there a charge?"). The released blind19's writers ranked the
// plain answer to such a question above warmth that leaves it open. "Kan
// het nog mooier?" and "Is this not the best service ever?" ask nothing.
var (
	yesNoVerbs = map[string]bool{"mag": true, "mogen": true, "kan": true, "kun": true, "kunnen": true,
		"moet": true, "moeten": true, "hoef": true, "hoeven": true, "is": true, "zijn": true, "heb": true,
		"hebben": true, "krijg": true, "krijgen": true, "word": true, "wordt": true, "worden": true,
		"can": true, "could": true, "may": true, "do": true, "does": true, "are": true,
		"will": true, "would": true, "should": true, "have": true, "has": true, "must": true, "am": true}
	askerWords = map[string]bool{"ik": true, "we": true, "wij": true, "mijn": true, "ons": true, "onze": true, "er": true,
		"i": true, "my": true, "our": true, "there": true}
)

// asksOutsideWhen reports a post that asks, where it matters: only when a
// feature with also_when_asked would be off at this mood is the post read.
func (r *Rubric) asksOutsideWhen(s *scratch, ctx Context, lang string, mood float64) bool {
	for _, f := range r.features {
		if f.WhenAsked && !r.applies(cmp.Or(f.When, "complaint"), mood) {
			return r.postAsks(s, ctx, lang)
		}
	}
	return false
}
