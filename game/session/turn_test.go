package session

import (
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
)

// TestSameRepliesCanEndDifferently: in Sanoma, the "juf" reply and then a
// lukewarm standard text end lukewarm in some worlds and in a storm in
// others, depending on whether the story catches on over the weekend (the
// endings' turns); the historical path ends in the storm.
func TestSameRepliesCanEndDifferently(t *testing.T) {
	for _, lang := range []string{"nl", "en"} {
		sc, ok := scenarios.Builtin().Find("sanoma-juf", lang)
		if !ok {
			t.Fatal("sanoma-juf missing")
		}
		// The juf reply, then a short, heartfelt apology: whether the
		// outburst was picked up before the apology caught up is luck.
		middle, err := PlayWorlds(sc, 40, Options{}, func() Strategy { return Choices{1, 1} })
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: the juf reply, then an apology: %v", lang, middle.Endings)
		if middle.Endings["herstel"] < 4 || middle.Endings["herstel-rumoer"] < 4 {
			t.Errorf("%s: the same replies ended %v over 40 worlds: want both a quiet recovery and one the story outran", lang, middle.Endings)
		}
		hist, err := PlayWorlds(sc, 40, Options{}, func() Strategy { return Historical{} })
		if err != nil {
			t.Fatal(err)
		}
		if hist.Endings["storm"] < 36 {
			t.Errorf("%s: the historical path ended %v: want a storm in nearly every world", lang, hist.Endings)
		}
	}
}

// TestTurnedEndingSaysWhatTheCrowdDid: when the crowd turns the ending the
// replies reached, the report names that ending and the reach that turned
// it, so the debrief can say what the ending cost in the round's numbers;
// a round the crowd left alone names none.
func TestTurnedEndingSaysWhatTheCrowdDid(t *testing.T) {
	sc, ok := scenarios.Builtin().Find("sanoma-juf", "nl")
	if !ok {
		t.Fatal("sanoma-juf missing")
	}
	var turned, calm bool
	for seed := uint64(1); seed <= 40 && !(turned && calm); seed++ {
		s, err := Run(sc, Options{Seed: seed, Quiet: true}, Choices{1, 1})
		if err != nil {
			t.Fatal(err)
		}
		r := s.Report()
		switch r.Ending {
		case "herstel-rumoer":
			turned = true
			if r.TurnedFrom != "herstel" {
				t.Errorf("seed %d: turned to %q from %q, want from herstel", seed, r.Ending, r.TurnedFrom)
			}
			if r.ReachPercent() < 45 {
				t.Errorf("seed %d: turned at %d%% reach, below the turn's 45%%", seed, r.ReachPercent())
			}
			if !strings.Contains(factDetail(r, "ending"), "the crowd turned it") {
				t.Errorf("seed %d: the ending fact does not say the crowd turned it: %q", seed, factDetail(r, "ending"))
			}
		case "herstel":
			calm = true
			if r.TurnedFrom != "" {
				t.Errorf("seed %d: a round ending where the replies led says it was turned from %q", seed, r.TurnedFrom)
			}
		}
	}
	if !turned || !calm {
		t.Errorf("over 40 worlds: turned %v, calm %v; want both", turned, calm)
	}
}

func factDetail(r Report, what string) string {
	for _, f := range r.Facts {
		if f.What == what {
			return f.Detail
		}
	}
	return ""
}
