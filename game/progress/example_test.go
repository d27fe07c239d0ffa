package progress_test

import (
	"fmt"
	"os"
	"time"

	"github.com/webcaresim/webcaresim/game/progress"
	"github.com/webcaresim/webcaresim/game/session"
)

// The game window stores each round when the debrief opens (or when the
// trainee leaves a round), and the history screen lists and summarises.
func Example() {
	dir, _ := os.MkdirTemp("", "results") // the game uses progress.DefaultDir()
	defer os.RemoveAll(dir)
	store, err := progress.Open(dir)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer store.Close()

	started := time.Date(2026, 11, 22, 19, 0, 0, 0, time.UTC)
	for i, overall := range []float64{48, 61, 74} {
		report := session.Report{Scenario: "sanoma-juf", Language: "nl", Title: "Wat wil je nou?",
			Player: "Anna", Mode: session.Practice, Scores: session.Scores{Overall: overall}, Grade: session.Grade(overall)}
		t := started.Add(time.Duration(i) * time.Hour)
		if err := store.Save(progress.New(report, t, t.Add(25*time.Minute), true, "game")); err != nil {
			fmt.Println(err)
		}
	}

	attempts, problems, err := store.List(progress.Filter{Player: "anna"})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, p := range problems {
		fmt.Println("warning:", p) // damaged records: file:line: what
	}
	for _, s := range progress.Summaries(attempts) {
		fmt.Printf("%s: %d attempts, best %.0f (%s), trend %+.1f per attempt\n",
			s.Scenario, s.Attempts, s.Best.Overall(), s.Best.Report.Grade, s.Slope)
	}
	// Output: sanoma-juf: 3 attempts, best 74 (7.7), trend +13.0 per attempt
}
