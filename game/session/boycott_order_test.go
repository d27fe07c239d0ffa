package session

import (
	"testing"
)

// HEMA's boycott community formed after the statement that denied ("Dit
// viel zo mogelijk nog slechter ... Er ontstond een Facebook community",
// the seeds): on the historical path no boycott page, the case's own or a
// generic one, posts before the brand's statement, in any world, and the
// page does start once the statement is out.
func TestBoycottPageFollowsTheStatement(t *testing.T) {
	for _, lang := range []string{"nl", "en"} {
		sc := builtin(t, "hema-insuline", lang)
		started := 0
		seeds := uint64(30)
		if testing.Short() {
			seeds = 8
		}
		for seed := uint64(1); seed <= seeds; seed++ {
			s, err := Run(sc, Options{Seed: seed, Mode: Practice}, Historical{})
			if err != nil {
				t.Fatal(err)
			}
			statement := -1.0 // the minute of the brand's last public reply: the statement
			for _, f := range s.Feed() {
				if f.By == "brand" && f.Reply > 0 {
					statement = f.Minute
				}
			}
			if statement < 0 {
				t.Fatalf("%s seed %d: the historical path published no statement", lang, seed)
			}
			for _, f := range s.Feed() {
				if f.Kind != "boycott" {
					continue
				}
				if f.Minute < statement {
					t.Errorf("%s seed %d: %s posts at minute %.0f, before the statement at %.0f: %q", lang, seed, f.By, f.Minute, statement, f.Text)
				}
				started++
				break
			}
		}
		if started < int(seeds)*3/4 {
			t.Errorf("%s: the boycott page started in %d of %d worlds after the statement that denied", lang, started, seeds)
		}
	}
}
