package scoring

import (
	"strings"
	"unicode"
)

// A reply pasted again to the same customer (the same apology and promise
// at every turn of the conversation) tells them nobody reads what they
// write, even where the text fitted the first time.

// repeatMinWords is the fewest distinct words (of three letters or more) a
// reply needs before it can count as a repeat: short replies ("Sorry
// Dorien, ik bel je zo") are bound to share their few words with an
// earlier one without being pasted.
const repeatMinWords = 5

// repeatShare is the share of a reply's distinct words that must stand in
// one earlier reply: a pasted text with a word or two changed still counts,
// a new reply that reuses the customer's name and a promise does not.
const repeatShare = 0.8

// repeatsEarlier reports whether text is, nearly word for word, one of the
// earlier replies.
func repeatsEarlier(text string, earlier []string) bool {
	words := distinctWords(text)
	if len(words) < repeatMinWords {
		return false
	}
	for _, e := range earlier {
		before := distinctWords(e)
		shared := 0
		for w := range words {
			if before[w] {
				shared++
			}
		}
		if float64(shared) >= repeatShare*float64(len(words)) && float64(shared) >= repeatShare*float64(len(before)) {
			return true
		}
	}
	return false
}

// distinctWords are the lower-cased words of three letters or more in text.
func distinctWords(text string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if len([]rune(w)) >= 3 {
			out[w] = true
		}
	}
	return out
}
