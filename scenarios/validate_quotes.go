package scenarios

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A bystander who puts words in quotation marks says someone wrote them.
// In a round the only words anyone wrote are the trainee's reply (the
// {quote} and {worst} placeholders fill them in) and the case's own posts
// (the customer's complaint, scripted posts, actors). A line that quotes
// anything else puts words in the brand's mouth that the trainee never
// wrote ("Customer service bingo: 'we regret any inconvenience'" after a
// reply without that phrase).

// QuotedSpans returns the texts a line puts in quotation marks: "…", “…”,
// ‘…’ and '…' (an apostrophe inside a word, "that's", opens nothing).
func QuotedSpans(text string) []string {
	var out []string
	rs := []rune(text)
	closer := map[rune]rune{'"': '"', '“': '”', '‘': '’', '\'': '\''}
	for i := 0; i < len(rs); i++ {
		want, ok := closer[rs[i]]
		if !ok || !opensQuote(rs, i) {
			continue
		}
		for j := i + 2; j < len(rs); j++ {
			if rs[j] == want && closesQuote(rs, j) {
				out = append(out, string(rs[i+1:j]))
				i = j
				break
			}
		}
	}
	return out
}

// opensQuote: a quotation mark at the start or after a space or an opening
// bracket or colon, followed by something other than a space.
func opensQuote(rs []rune, i int) bool {
	if i+1 >= len(rs) || unicode.IsSpace(rs[i+1]) {
		return false
	}
	return i == 0 || unicode.IsSpace(rs[i-1]) || strings.ContainsRune("([:", rs[i-1])
}

// closesQuote: a quotation mark after something other than a space, at the
// end or before a space or punctuation (not a letter: "that's").
func closesQuote(rs []rune, j int) bool {
	if unicode.IsSpace(rs[j-1]) {
		return false
	}
	return j+1 == len(rs) || !unicode.IsLetter(rs[j+1]) && !unicode.IsDigit(rs[j+1])
}

// quotePlaceholders are what a line may put in quotation marks: the
// trainee's words.
var quotePlaceholders = []string{"{quote}", "{worst}"}

// writtenWords are the words the case's posts wrote, as WordsOnly
// in lower case, for quotes that repeat them.
func (v *validator) writtenWords() string {
	var b strings.Builder
	add := func(posts []Post) {
		for _, p := range posts {
			// a private post too: a journalist's message tells what the
			// customer wrote or was told, and the column prints it
			b.WriteString(" " + strings.ToLower(WordsOnly(p.Text)) + " ")
		}
	}
	add(v.sc.Posts)
	for _, d := range v.sc.Decisions {
		add(d.Posts)
	}
	for _, e := range v.sc.Endings {
		add(e.Posts)
	}
	for _, a := range v.sc.Actors {
		b.WriteString(" " + strings.ToLower(WordsOnly(a.Text)) + " ")
	}
	return b.String() + " "
}

// lineQuotes reports the first text a line puts in quotation marks that
// is neither a placeholder for the trainee's words nor words a post of the
// case wrote; says are the phrases a tied line's reply is known to have
// said.
func (v *validator) lineQuotes(text string, says []string) string {
	written := ""
	for _, q := range QuotedSpans(text) {
		body := strings.TrimRight(strings.TrimSpace(q), ".,!?…")
		if contains(quotePlaceholders, body) {
			continue
		}
		words := strings.ToLower(WordsOnly(body))
		if words == "" || strings.Contains(body, "{") {
			return q
		}
		if written == "" {
			written = v.writtenWords()
		}
		if strings.Contains(written, " "+words+" ") {
			continue
		}
		said := false
		for _, s := range says {
			if sw := strings.ToLower(WordsOnly(s)); sw != "" && strings.Contains(" "+words+" ", " "+sw+" ") &&
				utf8.RuneCountInString(sw)*2 >= utf8.RuneCountInString(words) {
				said = true
			}
		}
		if !said {
			return q
		}
	}
	return ""
}
