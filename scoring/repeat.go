package scoring

import (
	"bytes"
	"slices"
	"unicode"
	"unicode/utf8"
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
func (s *scratch) repeatsEarlier(text string, earlier []string) bool {
	words := &s.replyWords
	words.read(text)
	if len(words.spans) < repeatMinWords {
		return false
	}
	for _, e := range earlier {
		before := &s.earlierWords
		before.read(e)
		shared := words.shared(before)
		if float64(shared) >= repeatShare*float64(len(words.spans)) && float64(shared) >= repeatShare*float64(len(before.spans)) {
			return true
		}
	}
	return false
}

// wordList is the distinct lower-cased words of three letters or more in a
// text, sorted: two lists are compared in one pass, and the hot path (a
// reply is checked against the earlier ones at every keystroke) reuses
// their memory.
type wordList struct {
	buf   []byte
	spans [][2]int32 // words in buf
}

func (l *wordList) word(k int) []byte { return l.buf[l.spans[k][0]:l.spans[k][1]] }

// read makes the list that of text, reusing its memory: words are runs of
// letters and digits, lower-cased as strings.ToLower does.
func (l *wordList) read(text string) {
	l.buf, l.spans = l.buf[:0], l.spans[:0]
	start, runes := 0, 0
	end := func() {
		if runes >= 3 {
			l.spans = append(l.spans, [2]int32{int32(start), int32(len(l.buf))})
		} else {
			l.buf = l.buf[:start]
		}
		start, runes = len(l.buf), 0
	}
	for _, r := range text {
		r = unicode.ToLower(r)
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			end()
			continue
		}
		l.buf = utf8.AppendRune(l.buf, r)
		runes++
	}
	end()
	slices.SortFunc(l.spans, func(a, b [2]int32) int { return bytes.Compare(l.buf[a[0]:a[1]], l.buf[b[0]:b[1]]) })
	l.spans = slices.CompactFunc(l.spans, func(a, b [2]int32) bool { return bytes.Equal(l.buf[a[0]:a[1]], l.buf[b[0]:b[1]]) })
}

// shared counts the words of l that stand in o.
func (l *wordList) shared(o *wordList) int {
	n := 0
	for i, j := 0, 0; i < len(l.spans) && j < len(o.spans); {
		switch c := bytes.Compare(l.word(i), o.word(j)); {
		case c < 0:
			i++
		case c > 0:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}
