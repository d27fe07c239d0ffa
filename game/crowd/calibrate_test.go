package crowd

import (
	"math"
	"testing"
)

// The Sanoma case (scenarios/builtin/sanoma-juf.nl.toml) replayed the way
// game/session plays it, without importing the session: the same posts at
// the same minutes, the rubric's analysis of each reply as a Stimulus. It
// pins the calibration: the historical path (the "juf" reply, then the
// reproach, then silence) must land near the 127 retweets the juf tweet had
// by Sunday 13:00, minute 1560 of a round that starts Saturday 11:00; the
// best path must stay far below.

// sanomaParams are the recommended [crowd] values for sanoma-juf.
var sanomaParams = Params{Audience: 40000, BaselinePerHour: 2, Branching: 0.55, HalfLifeMinutes: 90, NegativeShare: 0.55}

// Stimuli as game/session derives them from the rubric's analysis
// (scoring, November 2026): empathy, de-escalation, features; provocation
// is the negative points of provocative features / 40, at most 1.
var (
	jufReply  = Stimulus{Empathy: 12.4, Deescalation: 0, Provocation: 1}    // "Wat wil je nou? De juf uithangen of geholpen worden?"
	reproach  = Stimulus{Empathy: 19.4, Deescalation: 21.4, Provocation: 1} // "Wij proberen je te helpen, maar ..."
	sorryCall = Stimulus{Empathy: 87.1, Deescalation: 100, Apology: true, NextStep: true, Private: true}
	thanks    = Stimulus{Empathy: 65.3, Deescalation: 70.1, NextStep: true}
)

var (
	curveHook    func(t float64, shares int)
	tuneResponse *Response // for exploring other coefficients
)

// playSanoma plays one path; weight turns followers into a seed weight for
// Seed (nil: SeedPost, which the session should use).
func playSanoma(seed uint64, historical bool, p Params, weight func(int) float64) Stats {
	m := New(p, seed, "nl", -0.6)
	if tuneResponse != nil {
		m.SetResponse(*tuneResponse)
	}
	m.SetContext("Sanoma Media", "SanomaMediaNL", "Dorien", "dorien_deboef")
	m.SetClock(11 * 60)
	m.AddActor(Actor{ID: "webcareblog", Kind: KindBlog, Name: "Webcare Weblog", Handle: "webcareblog", Followers: 6000, AfterNegativePosts: 60})
	m.AddActor(Actor{ID: "marketingnieuws", Kind: KindPress, Name: "Marketing Nieuws", Handle: "marketingnieuws", Followers: 25000, AfterNegativePosts: 140})
	type step struct {
		at   float64
		by   string
		stim *Stimulus
	}
	var steps []step
	if historical {
		steps = []step{{0, "customer", nil}, {6, "brand", nil}, {9, "customer", nil},
			{13, "brand", &jufReply}, {17, "customer", nil}, {31, "customer", nil},
			{41, "brand", &reproach}, {101, "webcareblog", nil}}
	} else {
		steps = []step{{0, "customer", nil}, {6, "brand", nil}, {9, "customer", nil},
			{13, "brand", &sorryCall}, {28, "customer", nil}, {31, "brand", &thanks}}
	}
	followers := map[string]int{"customer": 1800, "brand": 9000, "webcareblog": 6000}
	for _, s := range steps {
		m.AdvanceTo(s.at)
		if weight == nil {
			m.SeedPost(Post{By: s.by, Followers: followers[s.by]})
		} else {
			m.Seed(s.by == "brand", weight(followers[s.by]))
		}
		if s.stim != nil {
			m.Stimulate(*s.stim)
		}
	}
	for t := 5.0; t <= 1560; t += 5 {
		m.AdvanceTo(t)
		if curveHook != nil && historical && (t == 60 || t == 240 || t == 600) {
			curveHook(t, m.Stats().BrandShares)
		}
	}
	return m.Stats()
}

func sanomaMedians(p Params, weight func(int) float64) (hist, best, histPosts, bestPosts int) {
	var h, b, hp, bp []int
	for seed := uint64(1); seed <= 50; seed++ {
		s := playSanoma(seed, true, p, weight)
		h, hp = append(h, s.BrandShares), append(hp, s.Posts)
		s = playSanoma(seed, false, p, weight)
		b, bp = append(b, s.BrandShares), append(bp, s.Posts)
	}
	return median(h), median(b), median(hp), median(bp)
}

func TestSanomaCalibration(t *testing.T) {
	cur := map[float64][]int{}
	curveHook = func(t float64, s int) { cur[t] = append(cur[t], s) }
	hist, best, hp, bp := sanomaMedians(sanomaParams, nil)
	curveHook = nil
	t.Logf("median of 50 seeds: historical %d brand shares (%d posts), best %d (%d posts)", hist, hp, best, bp)
	t.Logf("historical path, median brand shares at 60/240/600 min: %d/%d/%d (scenario curve 25/70/100)",
		median(cur[60]), median(cur[240]), median(cur[600]))
	if hist < 89 || hist > 165 {
		t.Errorf("historical path: median %d shares of the brand's reply, want 127 ± 30%%", hist)
	}
	if best > 127/10 {
		t.Errorf("best path: median %d shares, want far below 127", best)
	}
	if hp < 200 || hp > 3000 {
		t.Errorf("historical path: median %d posts, want hundreds (a storm, not the whole audience)", hp)
	}
}

// TestStormRelaxesLikeAPowerLaw: after the historical replies the rate of
// posts falls off as a power law whose exponent lies in the range Crane &
// Sornette (2008) found for bursts of attention: between t^−(1−2θ)
// (endogenous, critical) and t^−(1+θ) (exogenous, subcritical).
func TestStormRelaxesLikeAPowerLaw(t *testing.T) {
	slope := func(kernel string) float64 { // kernel: "power" or "exponential"
		var early, late float64 // posts 1–2 h and 16–32 h after the reproach
		for seed := uint64(1); seed <= 100; seed++ {
			p := sanomaParams
			p.Audience, p.BaselinePerHour, p.Kernel = 1e7, 0, kernel
			m := New(p, seed, "nl", -0.6)
			m.Seed(false, Weight(1800))
			m.AdvanceTo(13)
			m.Seed(true, Weight(9000))
			m.Stimulate(jufReply)
			m.AdvanceTo(41)
			m.Seed(true, Weight(9000))
			m.Stimulate(reproach)
			for _, e := range m.AdvanceTo(41 + 1920) {
				switch d := e.Minute - 41; {
				case d >= 60 && d < 120:
					early++
				case d >= 960 && d < 1920:
					late++
				}
			}
		}
		return math.Log((late/960)/(early/60)) / math.Log(math.Sqrt(960*1920)/math.Sqrt(60*120))
	}
	const theta = seismicTheta
	if s := slope("power"); s < -(1+theta)-0.1 || s > -(1-2*theta)+0.1 {
		t.Errorf("the storm's rate relaxes as t^%.2f, want between t^%.1f and t^%.1f", s, -(1 + theta), -(1 - 2*theta))
	} else {
		t.Logf("the storm's rate relaxes as t^%.2f", s)
	}
}
