package session

import (
	"regexp"
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/game/crowd"
	"github.com/webcaresim/webcaresim/scenarios"
)

// The feed beside a good ending is read as the verdict on the round. After
// the brand put the matter right, it must not be a row of complaints that
// speak as if nobody had: "Cancel my membership, Iron Works Gym.", "the
// owner clearly isn't", "Iron Works Gym never even said sorry." under "a
// story that makes your brand stronger" (playtest 19, P19-15; also
// T-Mobile, Domino's and the deleted Facebook comment). The closing feed is
// what the crowd says after the brand's last reply, to the round's end;
// there a line that presumes the affair open (tagged open, stir, desk,
// waited, quiet or unapologised, a critic's line for any moment) or a
// fellow customer's own story of it (a case's customer line for any
// moment) is out of place. Lines of the moment (the repair acknowledged,
// a mixed "I was angry too, but…") are not, and neither is no line.

// gymFairHit is the playtest's own round (R20): a typed apology that takes
// the poster down, then the written choices.
var gymFairHit = typedFirst{"@sophieruns Fair hit. I made that poster to be funny and didn't think about who'd feel laughed at. It comes down today, and I'd like to hear what would make you want to walk in. ^Tom"}

const closingWorlds = 8

func TestClosingFeedAfterAGoodEndingFitsTheRepair(t *testing.T) {
	placeholder := regexp.MustCompile(`\{[^{}]*\}`)
	closing, worded := 0, 0
	for _, sc := range scenarios.Builtin().Scenarios {
		switch sc.ID {
		case "sportschool-scheldt", "tmobile-fransbauer", "dominos-sorry", "facebook-verwijderen", "advocatenbrief":
		default:
			continue
		}
		stale := staleTemplates(sc)
		for _, tag := range []string{"open", "stir", "desk", "waited", "quiet", "unapologised", "silent", "bad"} {
			stale = append(stale, crowd.LinesTagged(sc.Language, tag)...)
		}
		cores := templateCores(stale, placeholder)
		paths := []Strategy{Best{}}
		if sc.ID == "sportschool-scheldt" && sc.Language == "en" {
			paths = append(paths, gymFairHit)
		}
		if sc.ID == "advocatenbrief" {
			paths = append(paths, keukenstudioRepair[sc.Language])
		}
		for k, path := range paths {
			for seed := uint64(1); seed <= closingWorlds; seed++ {
				s, err := Run(sc, Options{Seed: seed}, path)
				if err != nil {
					t.Fatalf("%s seed %d: %v", sc.Key(), seed, err)
				}
				if e := s.Ending(); e == nil || e.Kind != "good" {
					continue
				}
				closing++
				for _, f := range closingFeed(s) {
					worded++
					for _, c := range cores {
						if strings.Contains(f.Text, c) {
							t.Errorf("%s path %d seed %d: beside %q (%s), minute %.0f, %s: %q",
								sc.Key(), k+1, seed, s.Ending().Title, s.Ending().ID, f.Minute, f.Name, f.Text)
							break
						}
					}
				}
			}
		}
	}
	if closing < 20 || worded < 50 {
		t.Errorf("only %d good endings with %d posts in their closing feeds: the test sees too little", closing, worded)
	}
	t.Logf("%d good endings, %d crowd posts with words in their closing feeds", closing, worded)
}

// closingFeed are the crowd's posts with words after the brand's last
// public reply of the round: what the feed shows beside the ending.
func closingFeed(s *Session) []FeedItem {
	var out []FeedItem
	for _, f := range s.Feed() {
		switch {
		case f.By == "brand":
			out = out[:0]
		case f.By == "crowd" && f.Text != "":
			out = append(out, f)
		}
	}
	return out
}

// staleTemplates are a case's lines that speak of the affair as if nobody
// had put it right: its critics' and fellow customers' lines for any
// moment (unless tagged mended), for silence and for a bad reply, and
// lines tagged stir, open or unapologised.
func staleTemplates(sc *scenarios.Scenario) []string {
	var out []string
	for _, st := range sc.Crowd.Lines.ByStance() {
		for _, mo := range st.Lines.ByMoment() {
			for _, line := range mo.Lines {
				tags, text := scenarios.SplitLineTags(line)
				switch {
				case hasTag(tags, "mended"):
				case (st.Name == "critic" || st.Name == "customer") && (mo.Name == "any" || mo.Name == "silent" || mo.Name == "bad"),
					hasTag(tags, "stir"), hasTag(tags, "open"), hasTag(tags, "unapologised"):
					out = append(out, text)
				}
			}
		}
	}
	return out
}

// A critic's retort to a quote ("'{quote}'? Not for the people on the
// receiving end") answers a cold reply; quoting the owner's apology with it
// ("'It comes down today…'? Not for the people on the receiving end")
// turns the apology into what it answered.
func TestGymCriticDoesNotRetortToTheApology(t *testing.T) {
	var sc *scenarios.Scenario
	for _, x := range scenarios.Builtin().Scenarios {
		if x.ID == "sportschool-scheldt" && x.Language == "en" {
			sc = x
		}
	}
	quoted := 0
	for seed := uint64(1); seed <= 16; seed++ {
		s, err := Run(sc, Options{Seed: seed}, gymFairHit)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range s.Feed() {
			if f.By != "crowd" {
				continue
			}
			// a bystander quotes the apology by its phrase of ownership or
			// by its fix, whichever the crowd picks
			if strings.Contains(f.Text, "It comes down today") || strings.Contains(f.Text, "I made that poster to be funny") {
				quoted++
			}
			if strings.Contains(f.Text, "Not for the people on the receiving end") {
				t.Errorf("seed %d minute %.0f: %q", seed, f.Minute, f.Text)
			}
		}
	}
	if quoted == 0 {
		t.Error("nobody quoted the apology in 16 worlds: the test sees nothing")
	}
}
