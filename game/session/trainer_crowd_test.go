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
	return liveInjectBy(t, seed, persona, 2000, crowd)
}

// liveInjectBy is liveInjectRound with the author's followers.
func liveInjectBy(t *testing.T, seed uint64, persona string, followers int, crowd *InjectCrowd) *Session {
	t.Helper()
	s, _ := New(sanoma(t), Options{Seed: seed})
	advanceIn(s, 5)
	mustTrainer(t, s, TrainerInput{Kind: TrainerInject, Persona: persona, Name: "Eva Brink", Handle: "evabrink",
		Followers: followers, Text: "Klopt het dat Sanoma klanten zo te woord staat?", Crowd: crowd})
	r, err := Run(s.Scenario(), s.Options(), &FromTranscript{Steps: append(s.Transcript().Steps,
		Step{At: 20, Choice: 1}, Step{At: 200, Choice: 1}, Step{At: 400, Choice: 1}, Step{At: 600, Choice: 1})})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// A typed live inject moves the crowd as the scenario's ready-made injects
// of its persona do: an influencer's post carries the story as far as its
// followers take it, through the crowd model (85,000 followers draw more
// posts than 2,000, with no factor of the persona's own), a second
// customer's turns the bystanders against the brand. Medians over 15
// worlds.
func TestLiveInjectMovesTheCrowdByItsPersona(t *testing.T) {
	medianBy := func(persona string, followers int, crowd *InjectCrowd, of func(*Session) float64) float64 {
		var xs []float64
		for seed := uint64(1); seed <= 15; seed++ {
			xs = append(xs, of(liveInjectBy(t, seed, persona, followers, crowd)))
		}
		sort.Float64s(xs)
		return xs[len(xs)/2]
	}
	median := func(persona string, crowd *InjectCrowd, of func(*Session) float64) float64 {
		return medianBy(persona, 2000, crowd, of)
	}
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
	for _, persona := range []string{"influencer", "blogger", "competitor"} {
		if c := PersonaCrowd(persona); c != nil && c.BranchingFactor != 0 {
			t.Errorf("a live %s inject multiplies the crowd's branching by %g: its reach should be its followers'", persona, c.BranchingFactor)
		}
	}
	// the reach before the brand's first reply at minute 20, whose storm
	// would drown the inject's own
	early := func(s *Session) float64 {
		r := 0
		for _, p := range s.Report().Curve {
			if p.Minute <= 20 {
				r = p.Reach
			}
		}
		return float64(r)
	}
	big, small := medianBy("influencer", 85000, PersonaCrowd("influencer"), early), median("influencer", PersonaCrowd("influencer"), early)
	if big <= 2*small {
		t.Errorf("a live influencer inject: median reach %g by minute 20 with 85,000 followers, %g with 2,000; want far more", big, small)
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
	live := liveInjectRound(t, 3, "leak", PersonaCrowd("leak"))
	data, _ := json.Marshal(live.Transcript())
	if !strings.Contains(string(data), `"crowd":{"negative_share":0.8}`) {
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
	old := liveInjectRound(t, 3, "leak", nil)
	if reportJSON(t, old) == reportJSON(t, live) {
		t.Error("the effect changed nothing in the round")
	}
}
