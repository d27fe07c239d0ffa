package session

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// ReplyQuoteMax is the most characters of the trainee's reply a scripted
// post quotes through {reply}.
const ReplyQuoteMax = 90

// ReplyPlaceholder in a scripted post's text is replaced by the opening of
// the brand's last public reply, so a follow-up (a newspaper quoting the
// owner, a customer quoting the answer back) quotes what the trainee really
// wrote, whichever route brought it there.
const ReplyPlaceholder = "{reply}"

// fillReply puts the opening of the last public reply into text.
func (s *Session) fillReply(text string) string {
	return s.fillReplyWith(text, func(r Reply) string { return replyQuote(r.Text) })
}

// fillFault puts the last public reply into an ending's story, which
// quotes it for what it did wrong ("your public close had a dig or a
// reproach at her in it: '{reply}'"): the sentence with its most costly
// put-down where it has one, else its opening. The opening alone quoted
// "Marieke, je nieuwe bank komt vanmiddag…" as the reproach, and left out
// the "Volgende keer kun je beter meteen bellen" that was one.
func (s *Session) fillFault(text string) string {
	return s.fillReplyWith(text, func(r Reply) string {
		if _, worst := replyWords(r.Text, r.Analysis); worst != "" {
			return worst
		}
		return replyQuote(r.Text)
	})
}

func (s *Session) fillReplyWith(text string, quoteOf func(Reply) string) string {
	if !strings.Contains(text, ReplyPlaceholder) {
		return text
	}
	quote := "…"
	for i := len(s.replies) - 1; i >= 0; i-- {
		if r := s.replies[i]; r.Public && strings.TrimSpace(r.Text) != "" {
			quote = quoteOf(r)
			break
		}
	}
	return strings.ReplaceAll(text, ReplyPlaceholder, quote)
}

// replyQuote is the opening of a reply as a post quotes it: without the
// @handles it starts with, its first sentence, at most ReplyQuoteMax
// characters (cut at a word, with an ellipsis).
func replyQuote(text string) string {
	text = strings.TrimSpace(text)
	for strings.HasPrefix(text, "@") {
		_, rest, ok := strings.Cut(text, " ")
		if !ok {
			break
		}
		text = strings.TrimSpace(rest)
	}
	if i := nextSentenceEnd(text, 0); i >= 0 && i+1 < len(text) {
		text = text[:i+1]
	}
	if utf8.RuneCountInString(text) <= ReplyQuoteMax {
		return text
	}
	rs := []rune(text)[:ReplyQuoteMax-1]
	cut := len(rs)
	for cut > ReplyQuoteMax/2 && !unicode.IsSpace(rs[cut-1]) {
		cut--
	}
	return strings.TrimRightFunc(string(rs[:cut]), unicode.IsSpace) + "…"
}

// endsSentence reports whether the byte at i of text ends a sentence: a
// line break, or a full stop, question or exclamation mark that is not
// followed by a letter or digit. The dot inside a web address
// ("sanoma.nl/contact", "dominos.nl") or a number ("2.5") ends nothing: a
// bystander quoted "Please fill it in at sanoma." (P14-8).
func endsSentence(text string, i int) bool {
	switch text[i] {
	case '\n':
		return true
	case '.', '!', '?':
		next, _ := utf8.DecodeRuneInString(text[i+1:])
		return i+1 == len(text) || !unicode.IsLetter(next) && !unicode.IsDigit(next)
	}
	return false
}

// nextSentenceEnd is the index of the first sentence end of text at or
// after from (endsSentence), or -1.
func nextSentenceEnd(text string, from int) int {
	for i := from; i < len(text); i++ {
		if endsSentence(text, i) {
			return i
		}
	}
	return -1
}

// lastSentenceEnd is the index of the last sentence end of text before
// index before, or -1.
func lastSentenceEnd(text string, before int) int {
	for i := before - 1; i >= 0; i-- {
		if endsSentence(text, i) {
			return i
		}
	}
	return -1
}
