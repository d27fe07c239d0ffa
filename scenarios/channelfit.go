package scenarios

import (
	"strings"
	"unicode"
)

// channelWords are words that place a text on one channel: a bystander line
// with one of them does not fit a case on another channel ("tweet" on
// Facebook, "this page" on X). Matched as whole words, in lower case; "RT"
// only in capitals, as people write it.
var channelWords = map[string][]string{
	"twitter": {"tweet", "tweets", "tweeted", "tweeten", "tweette", "getweet", "retweet", "retweets",
		"retweeted", "retweeten", "twitter", "twitteren", "getwitterd", "tijdlijn", "timeline", "trending"},
	"facebook": {"facebook", "this page", "your page", "the page", "deze pagina", "jullie pagina",
		"de pagina", "facebookpagina", "facebookpost"},
	"instagram": {"instagram", "insta", "reel", "reels"},
}

// FitsChannel reports whether a text fits the channel: it names no other
// channel's things. An unknown channel fits every text. The second result
// is the word that does not fit.
func FitsChannel(text, channel string) (bool, string) {
	if _, known := channelWords[channel]; !known {
		return true, ""
	}
	low := " " + WordsOnly(strings.ToLower(text)) + " "
	for _, ch := range []string{"twitter", "facebook", "instagram"} {
		if ch == channel {
			continue
		}
		for _, w := range channelWords[ch] {
			if strings.Contains(low, " "+w+" ") {
				return false, w
			}
		}
	}
	if channel != "twitter" && strings.Contains(" "+WordsOnly(text)+" ", " RT ") {
		return false, "RT"
	}
	return true, ""
}

// WordsOnly turns everything but letters and digits into single spaces.
func WordsOnly(s string) string {
	var b strings.Builder
	space := true
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
			space = false
		} else if !space {
			b.WriteByte(' ')
			space = true
		}
	}
	return strings.TrimSpace(b.String())
}
