package crowd

import "testing"

// storyPosts plays a customer's post with the given mood for six hours
// (no reply) over seeds and counts the story's posts by tone. A post
// nobody has answered dies out on its own (n < 1) and draws a handful of
// posts in most worlds, so the ratio is taken over 300 worlds: fewer leave
// it to the luck of a few cascades.
func storyPosts(mood float64) (negative, positive int) {
	for seed := uint64(1); seed <= 300; seed++ {
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

// TestThePressReportsWhatThePublicSays: once the public has taken the
// brand's side, a news site that joins reports the applause (a post on the
// brand's side, seen as support); in a storm against the brand it
// criticises. A boycott page is against the brand either way.
func TestThePressReportsWhatThePublicSays(t *testing.T) {
	tone := func(side *float64, kind Kind) (Sentiment, int, int) {
		m := New(CaseParams(300000), 1, "en", -0.9)
		m.Seed(false, Weight(400))
		m.Seed(true, Weight(20000))
		pos := 0.7
		m.Stimulate(Stimulus{Empathy: 40, Deescalation: 40, NegativeShare: side, PositiveShare: &pos})
		m.AddActor(Actor{ID: "site", Kind: kind, Name: "Site", Handle: "site", Followers: 80000})
		before := [2]int{m.Reach(), m.SupportReach()}
		m.SeedPost(Post{By: "site", Followers: 80000})
		return m.actorTone(kind), m.Reach() - before[0], m.SupportReach() - before[1]
	}
	applause, against := 0.1, 0.85
	if s, neg, pos := tone(&applause, KindPress); s != Positive || pos < 4000 || neg != 0 {
		t.Errorf("the press on a crowd on the brand's side: tone %d, %d more saw criticism, %d more saw support; want support from its 80,000 followers", s, neg, pos)
	}
	if s, neg, pos := tone(&against, KindPress); s != Negative || neg < 4000 || pos != 0 {
		t.Errorf("the press on a crowd against the brand: tone %d, %d more saw criticism, %d more saw support", s, neg, pos)
	}
	if s, _, _ := tone(&applause, KindBoycott); s != Negative {
		t.Errorf("a boycott page on a crowd on the brand's side took tone %d, want against", s)
	}
}

// TestABoycottPageGathersWhileItExists: a boycott page's followers come from
// the people the story reaches after the page formed, not from everyone the
// storm reached before it existed.
func TestABoycottPageGathersWhileItExists(t *testing.T) {
	m := New(CaseParams(400000), 1, "nl", -0.9)
	m.AddActor(Actor{ID: "boycot", Kind: KindBoycott, Name: "Boycot", Handle: "boycot", Followers: 400})
	m.Seed(false, Weight(100000))
	m.Stimulate(Stimulus{Silent: true})
	m.AdvanceTo(12 * 60)
	if m.GroupMembers() != 0 {
		t.Fatalf("%d followers of a page that does not exist yet", m.GroupMembers())
	}
	before := m.Reach()
	m.SeedPost(Post{By: "boycot", Followers: 400})
	m.AdvanceTo(36 * 60)
	got, all := m.GroupMembers(), m.p.ClickRate*float64(m.Reach())
	t.Logf("reach %d when the page formed, %d a day later; %d followers (the click rate of everyone: %.0f)", before, m.Reach(), got, all)
	if got == 0 || float64(got) >= all {
		t.Errorf("%d followers: want some, and fewer than the click rate of everyone the story ever reached (%.0f)", got, all)
	}
}

// TestOtherCustomersAreNotAgainstTheBrand: "against you" beside the meter
// counts what heat counts against the brand, the posts about the case.
// Sanoma's good ending read "68% against you" beside "Calm" and heat 0
// (playtest 20, P20-1): the other customers' own complaints and the
// everyday grumbles of the round were counted as the trainee's.
func TestOtherCustomersAreNotAgainstTheBrand(t *testing.T) {
	m := New(Params{Audience: 40000, BaselinePerHour: 60, Branching: 0.5, NegativeShare: 0.9}, 1, "nl", -0.5)
	m.AdvanceTo(120)
	if st := m.Stats(); st.Complaints < 10 || st.Negative < 50 || st.Against != 0 {
		t.Fatalf("%d other customers' complaints among %d negative posts before the case: %d counted against the brand, want many complaints and none against",
			st.Complaints, st.Negative, st.Against)
	}
	m.Seed(false, Weight(1000))
	m.Stimulate(Stimulus{Silent: true})
	m.AdvanceTo(240)
	want, baseline := 0, 0
	for _, e := range m.Events() {
		switch {
		case e.Story && e.Sentiment == Negative:
			want++
		case e.Sentiment == Negative:
			baseline++
		}
	}
	if st := m.Stats(); st.Against != want || want == 0 || baseline == 0 {
		t.Errorf("a complaint left unanswered: %d negative posts about the case and %d not, %d counted against the brand: want the first",
			want, baseline, st.Against)
	}
}
