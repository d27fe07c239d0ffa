package crowd

import "testing"

// pickupParams: an audience of 300,000 and an outlet of a million
// followers that covers a story once 5,000 people have seen it.
func pickupParams(threshold int) Params {
	return Params{Audience: 300000, BaselinePerHour: 1, Branching: 0.5, HalfLifeMinutes: 12,
		Participation: 0.05, PickupReach: threshold, PickupFollowers: 1_000_000}
}

// coverage runs a round for three hours and returns the outlet's posts.
func coverage(m *Model) []Event {
	var out []Event
	for _, e := range m.AdvanceTo(180) {
		if e.ActorID == PickupID {
			out = append(out, e)
		}
	}
	return out
}

// TestMediaPickUpAStoryThatTravelled: once a complaint has reached more
// people than the threshold, a news outlet covers it once, against the
// brand, and the story reaches far beyond those who started it.
func TestMediaPickUpAStoryThatTravelled(t *testing.T) {
	m := New(pickupParams(5000), 1, "en", -0.8)
	m.SeedPost(Post{By: "customer", Followers: 200000}) // seen by 12,000
	before := m.Reach()
	got := coverage(m)
	if len(got) != 1 || got[0].Kind != KindPress || got[0].Sentiment != Negative || !m.PickedUp() {
		t.Fatalf("a complaint seen by %d people, threshold 5,000: want one press post against the brand, got %+v", before, got)
	}
	if got[0].Text == "" || got[0].Author == "" {
		t.Errorf("the outlet's post has no words or no name: %+v", got[0])
	}
	// the outlet's million followers: 60,000 views, about 54,000 people
	if m.Reach() < before+50000 {
		t.Errorf("reach %d after the coverage, %d before: want the outlet's readers on top", m.Reach(), before)
	}
}

// TestNoPickupBelowTheThreshold: a story that stays below the threshold
// is not covered, and a threshold of zero switches the pickup off.
func TestNoPickupBelowTheThreshold(t *testing.T) {
	for _, threshold := range []int{100000, 0} {
		m := New(pickupParams(threshold), 1, "en", -0.8)
		m.SeedPost(Post{By: "customer", Followers: 200000})
		if got := coverage(m); len(got) > 0 || m.PickedUp() {
			t.Errorf("threshold %d, reach %d: want no coverage, got %+v", threshold, m.Reach(), got)
		}
	}
}

// TestMediaReportTheApplause: when the public takes the brand's side, the
// coverage is on its side too and adds to the people who saw the story on
// its side, which is where new likes of its page come from.
func TestMediaReportTheApplause(t *testing.T) {
	neg, pos := 0.1, 0.7
	m := New(pickupParams(5000), 1, "en", -0.8)
	m.SeedPost(Post{By: "customer", Followers: 400})
	m.AdvanceTo(30)
	m.SeedPost(Post{By: "brand", Followers: 200000})
	m.Stimulate(Stimulus{Empathy: 40, Deescalation: 40, NegativeShare: &neg, PositiveShare: &pos})
	before := m.SupportReach()
	got := coverage(m)
	if len(got) != 1 || got[0].Sentiment != Positive {
		t.Fatalf("a reply the public applauds, seen by %d: want one press post on the brand's side, got %+v", before, got)
	}
	if m.SupportReach() < before+50000 || m.Reach() > 20000 {
		t.Errorf("support reach %d (before %d), reach against %d: the applause's coverage belongs to the support", m.SupportReach(), before, m.Reach())
	}
}

// TestCoverageCarriesTheReply: a news outlet that writes up a webcare
// story shows the brand's reply it is about, and its readers pass on that
// reply itself. Over 60 worlds (audience 300,000, an outlet of a million
// followers), an insult and a reply the public applauds are each shared
// far more when the story is covered than when nobody picks it up, the
// shares through the write-up count as the reply's (SharesOf, the events'
// Root) and not as its own chain (OwnSharesOf), and a write-up of the
// applause does not carry an insult, nor a write-up of a storm an
// applauded reply.
func TestCoverageCarriesTheReply(t *testing.T) {
	neg, pos := 0.1, 0.7
	applause := Stimulus{Empathy: 40, Deescalation: 40, NegativeShare: &neg, PositiveShare: &pos}
	shares := func(st Stimulus, covered bool) (all, own, rooted []int) {
		for seed := uint64(1); seed <= 60; seed++ {
			p := pickupParams(0)
			p.Shareability = 1 // a striking reply's shares spread, but do not take off by themselves
			m := New(p, seed, "en", -0.6)
			m.GenericActors(false)
			m.SeedPost(Post{By: "customer", Followers: 1800})
			m.AdvanceTo(10)
			r := m.SeedPost(Post{By: "brand", Followers: 9000})
			m.Stimulate(st)
			if covered {
				m.Cover(1_000_000)
			}
			n := 0
			for _, e := range m.AdvanceTo(24 * 60) {
				if e.Root == r && e.Reshare {
					n++
				}
			}
			all, own, rooted = append(all, m.SharesOf(r)), append(own, m.OwnSharesOf(r)), append(rooted, n)
		}
		return
	}
	for _, c := range []struct {
		name string
		st   Stimulus
	}{{"an insult", jufReply}, {"an applauded reply", applause}} {
		cAll, cOwn, cRooted := shares(c.st, true)
		nAll, _, _ := shares(c.st, false)
		t.Logf("%s: median shares %d covered (own chain %d), %d with no pickup", c.name, median(cAll), median(cOwn), median(nAll))
		if median(cAll) < 3*max(1, median(nAll)) {
			t.Errorf("%s: shared %d times (median) when a news site of a million covered it, %d with no pickup: want the write-up to carry the reply",
				c.name, median(cAll), median(nAll))
		}
		for i := range cAll {
			if cRooted[i] != cAll[i] || cOwn[i] > cAll[i] {
				t.Fatalf("%s, world %d: %d shares of the reply, %d events rooted in it, own chain %d: want the write-up's shares rooted in the reply and outside its own chain",
					c.name, i+1, cAll[i], cRooted[i], cOwn[i])
			}
		}
	}
	if all, own, _ := shares(jufReply, false); sumInts(all) != sumInts(own) {
		t.Errorf("no pickup: %d shares of the insult but %d of its own chain: nothing else can carry it", sumInts(all), sumInts(own))
	}
	// the write-up of the other side shows none of this reply
	m := New(pickupParams(0), 1, "en", -0.6)
	m.SeedPost(Post{By: "customer", Followers: 1800})
	r := m.SeedPost(Post{By: "brand", Followers: 200})
	m.Stimulate(jufReply)
	m.exposure[1] = 1e6 // the story on the brand's side is the larger: the outlet covers the applause
	m.Cover(1_000_000)
	m.AdvanceTo(24 * 60)
	if m.SharesOf(r) != m.OwnSharesOf(r) {
		t.Errorf("a write-up of the applause carried the insult: %d shares, %d its own", m.SharesOf(r), m.OwnSharesOf(r))
	}
}
