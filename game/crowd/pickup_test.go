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
