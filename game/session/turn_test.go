package session

import (
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
