package session

import (
	"encoding/json"
	"sort"
	"strings"
	"testing"
)

// liveInjectRound plays Sanoma with a live inject by persona at minute 5,
// carrying crowd, and the first choice at every decision; the same seed
// gives the same round but for the inject's effect.
func liveInjectRound(t *testing.T, seed uint64, persona string, crowd *InjectCrowd) *Session {
	t.Helper()
	s, _ := New(sanoma(t), Options{Seed: seed})
	advanceIn(s, 5)
	mustTrainer(t, s, TrainerInput{Kind: TrainerInject, Persona: persona, Name: "Eva Brink", Handle: "evabrink",
		Followers: 2000, Text: "Klopt het dat Sanoma klanten zo te woord staat?", Crowd: crowd})
	r, err := Run(s.Scenario(), s.Options(), &FromTranscript{Steps: append(s.Transcript().Steps,
		Step{At: 20, Choice: 1}, Step{At: 200, Choice: 1}, Step{At: 400, Choice: 1}, Step{At: 600, Choice: 1})})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// A typed live inject moves the crowd as the scenario's ready-made injects
// of its persona do: a leak's or an influencer's carries the story further
// than the same post with no effect, a second customer's turns the
// bystanders against the brand. Medians over 15 worlds.
func TestLiveInjectMovesTheCrowdByItsPersona(t *testing.T) {
	median := func(persona string, crowd *InjectCrowd, of func(*Session) float64) float64 {
		var xs []float64
		for seed := uint64(1); seed <= 15; seed++ {
			xs = append(xs, of(liveInjectRound(t, seed, persona, crowd)))
		}
		sort.Float64s(xs)
		return xs[len(xs)/2]
	}
	posts := func(s *Session) float64 { return float64(s.Report().Posts) }
	// the mean share against the brand between the inject and the brand's
	// first reply: after a reply (here Sanoma's juf tweet) its own
	// cascade's tone and the reply's stimulus set the crowd's shares, and
	// the inject's effect is measured where it is the only thing that moved
	against := func(s *Session) float64 {
		sum, n := 0.0, 0
		for _, p := range s.Report().Curve {
			if p.Minute > 5 && p.Minute <= 20 && p.Posts > 0 {
				sum, n = sum+p.NegativeShare, n+1
			}
		}
		return sum / float64(max(n, 1))
	}
	for _, persona := range []string{"leak", "influencer", "blogger"} {
		with, without := median(persona, PersonaCrowd(persona), posts), median(persona, nil, posts)
		if with <= without {
			t.Errorf("a live %s inject: median %g crowd posts with its effect, %g without; want more", persona, with, without)
		}
	}
	with, without := median("customer", PersonaCrowd("customer"), against), median("customer", nil, against)
	if with <= without {
		t.Errorf("a second customer's live inject: share against the brand %.3f with its effect, %.3f without; want higher", with, without)
	}
	if PersonaCrowd("other") != nil {
		t.Error("an inject by 'other' has an effect beyond its reach")
	}
}

// The effect is part of the transcript: a replay of the transcript as a
// file gives the same round, and a transcript without it (one made before
// live injects had effects) replays as it was played.
func TestLiveInjectEffectIsInTheTranscript(t *testing.T) {
	live := liveInjectRound(t, 3, "influencer", PersonaCrowd("influencer"))
	data, _ := json.Marshal(live.Transcript())
	if !strings.Contains(string(data), `"crowd":{"branching_factor":1.5}`) {
		t.Fatalf("the transcript does not carry the inject's effect: %.300s", data)
	}
	var tr Transcript
	if err := json.Unmarshal(data, &tr); err != nil {
		t.Fatal(err)
	}
	replayed, err := Run(live.Scenario(), Options{Seed: tr.Seed, Mode: tr.Mode, Player: tr.Player}, &FromTranscript{Steps: tr.Steps})
	if err != nil {
		t.Fatal(err)
	}
	if a, b := reportJSON(t, live), reportJSON(t, replayed); a != b {
		t.Errorf("the replay differs:\n%.400s\n%.400s", a, b)
	}
	old := liveInjectRound(t, 3, "influencer", nil)
	if reportJSON(t, old) == reportJSON(t, live) {
		t.Error("the effect changed nothing in the round")
	}
}
