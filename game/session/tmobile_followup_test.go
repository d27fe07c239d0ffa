package session

import (
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
)

// In the T-Mobile case a typed joke, a reply in the wrong language and an
// evasive reply each get a follow-up about what they did, in both
// languages; none of them is answered as if a coverage map had been sent.
// A joke at Frans Bauer by name and a reply in English used to get
// "according to the map, coverage here is 'good'".
func TestTMobileTypedRepliesGetFollowUpsAboutWhatTheyDid(t *testing.T) {
	cases := map[string][]struct{ text, next, says string }{
		"nl": {
			{"@usurpia Haha sorry! Misschien moeten we Frans Bauer vragen wat harder te zingen in Fijnaart, zijn stembereik is groter dan onze dekking daar ;) ^Jacob", "bauer", "muziek"},
			{"@usurpia Hi! Sorry about the bad signal in Fijnaart, that's really annoying. We're checking the mast in your area and I'll let you know tonight. ^Jacob", "taal", "Nederlands"},
			{"Haha, in Fijnaart hoor je tenminste de vogeltjes nog 😂", "grap", "lachen"},
			{"Wij kunnen hier helaas niet op reageren.", "kaart", "niks aan"},
		},
		"en": {
			{"@usurpia Haha sorry! Maybe we should ask Frans Bauer to sing a bit louder in Fijnaart, his vocal range is wider than our coverage there ;) ^Jacob", "bauer", "music"},
			{"@usurpia Hoi! Sorry voor het slechte bereik in Fijnaart, echt vervelend. We kijken naar de mast en ik laat je vanavond iets weten. ^Jacob", "taal", "English"},
			{"Haha, at least in Fijnaart you can still hear the birds 😂", "grap", "laugh"},
			{"Unfortunately we cannot respond to this.", "kaart", "no use"},
		},
	}
	for _, sc := range scenarios.Builtin().Scenarios {
		if sc.ID != "tmobile-fransbauer" {
			continue
		}
		for _, c := range cases[sc.Language] {
			s := replay(t, sc, nil)
			if err := s.Publish(c.text); err != nil {
				t.Fatal(err)
			}
			openNext(t, s)
			d := s.Decision()
			if d == nil || d.ID != c.next {
				t.Errorf("%s: %q leads to %v, want %q", sc.Key(), c.text, d, c.next)
				continue
			}
			var said []string
			for _, f := range s.Feed() {
				if f.By != "crowd" && f.By != "brand" && f.Minute > s.Replies()[0].Minute {
					said = append(said, f.Text)
				}
			}
			all := strings.Join(said, "\n")
			if !strings.Contains(all, c.says) {
				t.Errorf("%s: after %q nobody says %q: %q", sc.Key(), c.text, c.says, all)
			}
			for _, w := range []string{"kaart", "map"} {
				if strings.Contains(all, w) {
					t.Errorf("%s: after %q the follow-up speaks of a %s never sent: %q", sc.Key(), c.text, w, all)
				}
			}
		}
	}
}
