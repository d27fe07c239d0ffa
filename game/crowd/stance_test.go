package crowd

import "testing"

// storyPosts plays a customer's post with the given mood for six hours
// (no reply) over seeds and counts the story's posts by tone.
func storyPosts(mood float64) (negative, positive int) {
	for seed := uint64(1); seed <= 30; seed++ {
		m := New(CaseParams(50000), seed, "en", mood)
		m.Seed(false, Weight(5000))
		for _, e := range m.AdvanceTo(6 * 60) {
			switch {
			case !e.Story:
			case e.Sentiment == Negative:
				negative++
			case e.Sentiment == Positive:
				positive++
			}
		}
	}
	return
}

// TestTheOpeningPostSetsTheBystandersStance: a complaint draws critics,
// praise draws supporters.
func TestTheOpeningPostSetsTheBystandersStance(t *testing.T) {
	cn, cp := storyPosts(-0.8)
	pn, pp := storyPosts(0.8)
	t.Logf("complaint: %d against, %d for; praise: %d against, %d for", cn, cp, pn, pp)
	if cn < 3*cp {
		t.Errorf("a complaint drew %d posts against the brand and %d on its side: want critics to outnumber supporters three to one", cn, cp)
	}
	if pp <= pn {
		t.Errorf("praise drew %d posts on the brand's side and %d against: want more supporters than critics", pp, pn)
	}
	if praise, complaint := float64(pn)/float64(pn+pp), float64(cn)/float64(cn+cp); praise > complaint/2 {
		t.Errorf("critics are %.0f%% of those who take a side under praise, %.0f%% under a complaint: want less than half as many", 100*praise, 100*complaint)
	}
}

// TestAHandfulOfPostsIsNoStorm: in a small audience a post or two an hour
// are a few grumbles; a storm takes at least ten negative posts an hour.
func TestAHandfulOfPostsIsNoStorm(t *testing.T) {
	if o := OutrageOf(3, 2000); o >= 50 {
		t.Errorf("three negative posts an hour among 2,000 people: meter %.0f, a storm", o)
	}
	if o := OutrageOf(10, 2000); o < 49.9 {
		t.Errorf("ten negative posts an hour among 2,000 people: meter %.0f, want a storm (50)", o)
	}
	if o, big := OutrageOf(40, 40000), OutrageOf(40, 4000); o != 50 || big <= o {
		t.Errorf("forty an hour: meter %.1f among 40,000 (want 50), %.1f among 4,000 (want more)", o, big)
	}
	m := New(Params{Audience: 2000, Branching: 0.5, NegativeShare: 0.95}, 1, "nl", -1)
	m.Seed(false, 3)
	m.AdvanceTo(60)
	if neg, h := m.win.neg60, m.Heat(); h != float64(neg) {
		t.Errorf("%d negative posts in the last hour among 2,000 people: heat %.1f, want %d (per 10,000, counted as 10,000)", neg, h, neg)
	}
}

// TestEverydayMentionsAreNotTheStorm: the brand's everyday mentions, other
// customers with an issue of their own, are posts about the brand but not
// the story: they neither heat the meter nor count towards the reach. The
// part of them an ignored complaint brings about (the oil slick) does.
func TestEverydayMentionsAreNotTheStorm(t *testing.T) {
	m := New(Params{Audience: 40000, BaselinePerHour: 60, Branching: 0.5, NegativeShare: 0.9}, 1, "nl", -0.5)
	m.AdvanceTo(120)
	if st := m.Stats(); st.Negative < 50 || st.Heat != 0 || st.Reach != 0 {
		t.Fatalf("%d negative everyday mentions: heat %.1f and reach %d, want many mentions and neither", st.Negative, st.Heat, st.Reach)
	}
	m.Seed(false, Weight(1000))
	m.Stimulate(Stimulus{Silent: true})
	m.AdvanceTo(180)
	if st := m.Stats(); st.Heat == 0 || st.Reach == 0 {
		t.Errorf("a complaint left unanswered: heat %.1f and reach %d, want both above 0", st.Heat, st.Reach)
	}
}
