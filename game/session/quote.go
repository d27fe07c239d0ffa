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
	if !strings.Contains(text, ReplyPlaceholder) {
		return text
	}
	quote := "…"
	for i := len(s.replies) - 1; i >= 0; i-- {
		if r := s.replies[i]; r.Public && strings.TrimSpace(r.Text) != "" {
			quote = replyQuote(r.Text)
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
	if i := strings.IndexAny(text, ".!?\n"); i >= 0 && i+1 < len(text) {
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
