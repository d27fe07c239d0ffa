package session

import (
	"regexp"
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/game/crowd"
)

// TestBystandersDoNotPraiseAReplyTheEndingCallsVague: HEMA's last
// question ("what will change?") answered with thanks and "we take this
// very seriously … we will keep you informed" ends on "Decent, but vague",
// and bystanders said "That's how you answer a customer", "That's how it
// should be. Wish HEMA had handled mine like this" and "a reply like that
// makes up for a lot" beside it (playtest 22, P22-4). A line that praises
// the reply or says the matter is mended follows only a reply that earned
// it; the best path, whose close names what changes, still draws them.
func TestBystandersDoNotPraiseAReplyTheEndingCallsVague(t *testing.T) {
	placeholder := regexp.MustCompile(`\{[^{}]*\}`)
	vague := map[string]string{
		"en": "Thank you Naomi, and everyone who reacted. We take this very seriously and are looking into what we can improve. We will keep you informed. - Marloes",
		"nl": "Dank je Naomi, en iedereen die reageerde. We nemen dit heel serieus en kijken wat we kunnen verbeteren. We houden jullie op de hoogte. - Marloes",
	}
	for lang, reply := range vague {
		sc := builtin(t, "hema-insuline", lang)
		praise := templateCores(append(crowd.LinesTagged(lang, "mended"), crowd.LinesTagged(lang, "good")...), placeholder)
		bestPraised := 0
		for seed := uint64(1); seed <= 4; seed++ {
			s, err := Run(sc, Options{Seed: seed, Mode: Practice}, TypedAt{Decision: "gesprek", Reply: reply})
			if err != nil {
				t.Fatalf("%s seed %d: %v", lang, seed, err)
			}
			if e := s.Ending(); e == nil || e.Kind == "good" {
				t.Fatalf("%s seed %d: the vague close reached %v; the test needs an ending that is not good", lang, seed, s.history)
			}
			for _, f := range afterLastReply(s) {
				for _, c := range praise {
					if strings.Contains(f.Text, c) {
						t.Errorf("%s seed %d minute %.0f: beside %q, %s praises the vague close: %q", lang, seed, f.Minute, s.Ending().Title, f.Name, f.Text)
					}
				}
			}
			best, err := Run(sc, Options{Seed: seed, Mode: Practice}, Best{})
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range afterLastReply(best) {
				for _, c := range praise {
					if strings.Contains(f.Text, c) {
						bestPraised++
						break
					}
				}
			}
		}
		if bestPraised == 0 {
			t.Errorf("%s: after the best path's close nobody praised it in 4 worlds: the praise was silenced everywhere", lang)
		}
	}
}

// afterLastReply are the bystander posts with words after the brand's
// last public reply.
func afterLastReply(s *Session) []FeedItem {
	last := -1
	for i, f := range s.Feed() {
		if f.By == "brand" && f.Reply > 0 {
			last = i
		}
	}
	var out []FeedItem
	for _, f := range s.Feed()[last+1:] {
		if f.By == "crowd" && f.Text != "" {
			out = append(out, f)
		}
	}
	return out
}
