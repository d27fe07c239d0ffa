package scenarios

import (
	"strings"
	"testing"
)

// A reply is measured as its channel's own counter measures it: on X an
// emoji weighs two, whatever code points it is made of, as do Chinese or
// Japanese characters; Dutch and English text weighs one a character, dashes
// and quotes included. Facebook and Instagram count characters.
func TestRepliesAreMeasuredAsTheirChannelCounts(t *testing.T) {
	for _, c := range []struct {
		channel, text string
		want          int
	}{
		{"twitter", "Sorry Dorien, ik bel je vandaag nog. ^Lotte", 43},
		{"twitter", "Café “Ons Huis” — één keer", 26},
		{"twitter", "🙂", 2},
		{"twitter", "👍🏽", 2},
		{"twitter", "👨‍👩‍👧", 2},
		{"twitter", "🇳🇱", 2},
		{"twitter", "❤️", 2},
		{"twitter", "Top 🙂👍", 8},
		{"twitter", "日本", 4},
		{"facebook", "Top 🙂👍", 6},
		{"instagram", "👨‍👩‍👧", 5},
	} {
		if got := ReplyLength(c.channel, c.text); got != c.want {
			t.Errorf("%s %q: length %d, want %d", c.channel, c.text, got, c.want)
		}
	}
	limit := ChannelLimit("twitter")
	if n := ReplyLength("twitter", strings.Repeat("🙂", limit/2)); n != limit {
		t.Errorf("%d emoji measure %d on X, want exactly the limit %d", limit/2, n, limit)
	}
	if n := ReplyLength("twitter", strings.Repeat("🙂", limit/2+1)); n <= limit {
		t.Errorf("%d emoji measure %d on X, within the limit %d: X refuses them", limit/2+1, n, limit)
	}
}
