package crowd

import (
	"math"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// sanoma is a Sanoma-like round: a customer post, and the brand's reply at
// minute 10 with the given analysis.
func sanoma(seed uint64, reply Stimulus) *Model {
	m := New(Params{Audience: 40000, BaselinePerHour: 2, Branching: 0.55, HalfLifeMinutes: 40, NegativeShare: 0.55},
		seed, "nl", -0.6)
	m.SetContext("Sanoma Media", "SanomaMediaNL", "Dorien", "dorien_deboef")
	m.Seed(false, Weight(1800))
	m.AdvanceTo(10)
	m.Seed(true, Weight(9000))
	m.Stimulate(reply)
	return m
}

var (
	putDown = Stimulus{Empathy: 15, Deescalation: 10, Provocation: 0.8,
		Phrases: []string{"De juf uithangen of geholpen worden?", "We hebben het druk genoeg"}}
	sorryDM = Stimulus{Empathy: 85, Deescalation: 90, Apology: true, NextStep: true, Private: true}
)

func TestSameSeedSameRound(t *testing.T) {
	run := func(seed uint64, step float64) []Event {
		m := sanoma(seed, putDown)
		m.AddActor(Actor{ID: "blog", Kind: KindBlog, Name: "Blog", Handle: "blog", Followers: 6000, AfterNegativePosts: 40})
		m.EnableCustomer(1800)
		var out []Event
		for t := 10.0; t < 600; {
			t = math.Min(600, t+step)
			out = append(out, m.AdvanceTo(t)...)
			if t == 120 {
				m.Seed(true, Weight(9000))
				m.Stimulate(sorryDM)
			}
		}
		return out
	}
	a, b := run(7, 5), run(7, 5)
	if len(a) == 0 || !reflect.DeepEqual(a, b) {
		t.Fatalf("same seed and calls gave different rounds (%d and %d events)", len(a), len(b))
	}
	// Splitting time differently (same interventions at the same minutes)
	// gives the same round: the session may sample as often as it likes.
	if c := run(7, 1); !reflect.DeepEqual(a, c) {
		t.Fatalf("advancing in 1-minute steps changed the round: %d vs %d events", len(a), len(c))
	}
	if d := run(8, 5); reflect.DeepEqual(a, d) {
		t.Fatal("a different seed gave the same round")
	}
}

func sumInts(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func median(xs []int) int {
	s := slices.Clone(xs)
	slices.Sort(s)
	return s[len(s)/2]
}

func TestPutDownOutragesMoreThanApologyWithDM(t *testing.T) {
	var bad, good, badShares, goodShares []int
	for seed := uint64(1); seed <= 50; seed++ {
		b, g := sanoma(seed, putDown), sanoma(seed, sorryDM)
		b.AdvanceTo(24 * 60)
		g.AdvanceTo(24 * 60)
		bad = append(bad, b.Stats().Negative)
		good = append(good, g.Stats().Negative)
		badShares = append(badShares, b.Stats().BrandShares)
		goodShares = append(goodShares, g.Stats().BrandShares)
	}
	mb, mg := median(bad), median(good)
	t.Logf("median negative posts in a day: put-down %d, apology with DM %d; brand shares %d vs %d",
		mb, mg, median(badShares), median(goodShares))
	if mb < 3*mg {
		t.Errorf("a put-down gave a median of %d negative posts, an apology with a move to DM %d: want at least 3×", mb, mg)
	}
	// Each post's pull is heavy-tailed: compare the totals over the seeds.
	if sumInts(badShares) < 5*max(1, sumInts(goodShares)) {
		t.Errorf("the put-down was shared %d times over 50 rounds, the apology %d: want far more", sumInts(badShares), sumInts(goodShares))
	}
}

func TestSilenceSoursTheCustomer(t *testing.T) {
	m := New(Params{Audience: 10000, BaselinePerHour: 1, Branching: 0.4}, 1, "nl", -0.4)
	m.Seed(false, Weight(500))
	m.AdvanceTo(15)
	u0, mood0 := m.CustomerUrge(), m.Mood()
	m.Stimulate(Stimulus{Silent: true})
	m.AdvanceTo(75)
	if m.Mood() >= mood0-0.2 {
		t.Errorf("an hour of silence moved the mood from %.2f to %.2f: want it well down", mood0, m.Mood())
	}
	if u := m.CustomerUrge(); u < 2*u0 {
		t.Errorf("after an hour of silence the urge to post is %.2f/h, was %.2f/h: want at least double", u, u0)
	}
	// A good reply instead: calmer customer, no urge to complain.
	g := New(Params{Audience: 10000, BaselinePerHour: 1, Branching: 0.4}, 1, "nl", -0.4)
	g.Seed(false, Weight(500))
	g.AdvanceTo(15)
	g.Seed(true, Weight(5000))
	g.Stimulate(sorryDM)
	g.AdvanceTo(75)
	if g.Mood() <= 0 || g.Waiting() {
		t.Errorf("after an apology with a next step the mood is %.2f (waiting %v): want content", g.Mood(), g.Waiting())
	}
	if g.CustomerUrge() >= m.CustomerUrge() {
		t.Errorf("urge after a good reply %.2f/h ≥ after silence %.2f/h", g.CustomerUrge(), m.CustomerUrge())
	}
}

func TestCustomerPostsAgainWhenIgnoredAndThanksWhenHelped(t *testing.T) {
	count := func(ev []Event) (n int, last Event) {
		for _, e := range ev {
			if e.Kind == KindCustomer {
				n++
				last = e
			}
		}
		return
	}
	posted := 0
	for seed := uint64(1); seed <= 20; seed++ {
		m := New(Params{Audience: 10000, BaselinePerHour: 1, Branching: 0.4}, seed, "nl", -0.7)
		m.SetContext("Sanoma Media", "SanomaMediaNL", "Dorien", "dorien_deboef")
		m.EnableCustomer(1800)
		m.Seed(false, Weight(1800))
		if n, last := count(m.AdvanceTo(120)); n > 0 {
			posted++
			if last.ActorID != "customer" || last.Author != "Dorien" || last.Handle != "dorien_deboef" || !last.Negative {
				t.Fatalf("the ignored customer's post: %+v", last)
			}
		}
	}
	if posted < 15 {
		t.Errorf("an ignored, angry customer posted again within two hours in %d of 20 rounds", posted)
	}

	m := New(Params{Audience: 10000, BaselinePerHour: 1, Branching: 0.4}, 3, "en", -0.5)
	m.EnableCustomer(1800)
	m.Seed(false, Weight(1800))
	m.AdvanceTo(12)
	m.Seed(true, Weight(5000))
	m.Stimulate(Stimulus{Empathy: 95, Deescalation: 95, Apology: true, NextStep: true})
	n, last := count(m.AdvanceTo(24 * 60))
	if n != 1 || last.Sentiment != Positive {
		t.Errorf("a helped customer posted %d times (last %+v): want one thank-you", n, last)
	}
}

func TestActorsJoinOnlyAfterTheirThreshold(t *testing.T) {
	for seed := uint64(1); seed <= 10; seed++ {
		m := sanoma(seed, putDown)
		m.AddActor(Actor{ID: "blog", Kind: KindBlog, Name: "Webcare Weblog", Handle: "webcareblog",
			Followers: 6000, AfterNegativePosts: 60, Text: "Blog: zo niet."})
		m.AddActor(Actor{ID: "never", Kind: KindPress, Name: "Krant", Handle: "krant", Followers: 1e5})
		neg, seen := m.storyNeg, 0 // the posts before the reply count too
		for _, e := range m.AdvanceTo(24 * 60) {
			switch e.ActorID {
			case "blog":
				seen++
				if neg < 60 {
					t.Fatalf("seed %d: the blog posted after %d negative posts, threshold 60", seed, neg)
				}
				if e.Kind != KindBlog || e.Text != "Blog: zo niet." || e.Author != "Webcare Weblog" || e.Followers != 6000 {
					t.Fatalf("seed %d: the blog's post %+v", seed, e)
				}
			case "never":
				t.Fatalf("seed %d: an actor without threshold posted", seed)
			case "generic-press":
				t.Fatalf("seed %d: a generic press actor joined although the scenario has one", seed)
			}
			if e.Negative && e.Story {
				neg++
			}
		}
		if m.storyNeg >= 60 && seen != 1 {
			t.Errorf("seed %d: %d negative posts, the blog posted %d times: want once", seed, m.storyNeg, seen)
		}
	}
}

func TestAnActorsPostExcitesTheCrowd(t *testing.T) {
	with, without := 0, 0
	for seed := uint64(1); seed <= 30; seed++ {
		for _, big := range []bool{true, false} {
			m := New(Params{Audience: 1e6, BaselinePerHour: 6, Branching: 0.5, NegativeShare: 0.9}, seed, "nl", -0.5)
			m.GenericActors(false)
			f := 10
			if big {
				f = 200000
			}
			m.Seed(false, Weight(2000)) // the customer's post: the story the celebrity joins
			m.AddActor(Actor{ID: "bn", Kind: KindCelebrity, Name: "BN'er", Handle: "bn", Followers: f, AfterNegativePosts: 1})
			m.AdvanceTo(600)
			if big {
				with += m.Stats().Posts
			} else {
				without += m.Stats().Posts
			}
		}
	}
	// Reach is sublinear in followers: a post by 200,000 followers counts
	// as about 50 bystander posts, so with n = 0.5 it brings about 50 more
	// posts a round.
	if with-without < 20*30 {
		t.Errorf("a celebrity with 200,000 followers brought %d posts over 30 rounds, one with 10 followers %d: want at least 20 more a round", with, without)
	}
}

func TestGenericActorsWhenTheScenarioHasNone(t *testing.T) {
	m := New(Params{Audience: 20000, BaselinePerHour: 0.1, Branching: 1.6, NegativeShare: 0.9}, 1, "en", -0.5)
	m.SetContext("Acme", "acme", "Sam", "sam")
	m.Seed(false, 50) // a complaint that takes off
	var kinds []Kind
	for _, e := range m.AdvanceTo(48 * 60) {
		if e.ActorID != "" {
			kinds = append(kinds, e.Kind)
			if strings.Contains(e.Text, "{") || !strings.Contains(e.Text, "Acme") {
				t.Errorf("generic actor text %q", e.Text)
			}
		}
	}
	if !slices.Contains(kinds, KindBlog) || !slices.Contains(kinds, KindPress) {
		t.Errorf("after %d negative posts of the story the generic actors were %v: want a blog and the press", m.storyNeg, kinds)
	}
}

func TestOutrageMeter(t *testing.T) {
	m := New(Params{Audience: 40000, BaselinePerHour: 0, Branching: 0.5}, 1, "nl", 0)
	m.AdvanceTo(120)
	if o := m.Outrage(); o != 0 || len(m.Events()) != 0 {
		t.Fatalf("no posts, outrage %v", o)
	}
	// The anchors of the scale.
	for _, c := range []struct {
		neg, audience int
		want          float64
	}{{0, 40000, 0}, {4, 40000, 13.4}, {40, 40000, 50}, {400, 40000, 100}, {4000, 40000, 100}, {10, 0, 50}} {
		if got := OutrageOf(c.neg, c.audience); math.Abs(got-c.want) > 0.1 {
			t.Errorf("OutrageOf(%d, %d) = %.2f, want %.1f", c.neg, c.audience, got, c.want)
		}
	}
	// It rises with the negative rate and forgets after an hour.
	prev := 0.0
	for _, w := range []float64{5, 50, 500} {
		m := New(Params{Audience: 40000, Branching: 0.5, NegativeShare: 0.9}, 1, "nl", 0)
		m.Seed(false, w)
		m.AdvanceTo(60)
		if o := m.Outrage(); o <= prev {
			t.Errorf("a complaint of weight %v: outrage %.1f, not above %.1f", w, o, prev)
		} else {
			prev = o
		}
	}
	m = New(Params{Audience: 40000, Branching: 0.5, NegativeShare: 0.9}, 1, "nl", 0)
	m.Seed(false, 200)
	m.AdvanceTo(60)
	if m.Outrage() == 0 {
		t.Fatal("no outrage after a complaint of weight 200")
	}
	clear(m.exc) // nobody posts any more
	m.sync()
	m.hasCand = false
	m.AdvanceTo(121)
	if o := m.Outrage(); o != 0 {
		t.Errorf("an hour without posts, outrage %.1f", o)
	}
}

func TestSaturationCapsAFirestorm(t *testing.T) {
	small := New(Params{Audience: 2000, BaselinePerHour: 10, Branching: 1.6, CoolingHalfLifeMinutes: -1}, 1, "en", -0.5)
	small.Seed(false, 5)
	small.AdvanceTo(3 * 24 * 60)
	big := New(Params{Audience: 1e8, BaselinePerHour: 10, Branching: 1.6, CoolingHalfLifeMinutes: -1}, 1, "en", -0.5)
	big.Seed(false, 5)
	big.KeepEvents(1000)
	for tt := 0.0; tt < 3*24*60 && big.Stats().Posts < 20000; tt += 10 {
		big.AdvanceTo(tt)
	}
	s := small.Stats().Posts
	// As in an epidemic's final size, the cascade stops once S·n < 1; with
	// n = 1.6 that leaves a good part of the audience silent.
	if s > 2000 || s < 1200 {
		t.Errorf("a supercritical cascade in an audience of 2,000 made %d posts: want it to fill most but never pass the audience", s)
	}
	if big.Stats().Posts < 20000 {
		t.Errorf("the same cascade in an audience of 10⁸ stopped at %d posts", big.Stats().Posts)
	}
}

// TestBranchingRatioMeansWhatItSays: a single post of average reach with
// n = 0.5 and no baseline has on average n/(1−n) = 1 descendant, whatever
// the mix of kinds and followers (reach is normalised to a mean of 1).
func TestBranchingRatioMeansWhatItSays(t *testing.T) {
	for _, kernel := range []string{"power", "exponential"} {
		total := 0
		const runs = 2000
		for seed := uint64(1); seed <= runs; seed++ {
			m := New(Params{Branching: 0.5, CoolingHalfLifeMinutes: -1, Kernel: kernel}, seed, "en", 0)
			m.GenericActors(false)
			m.Seed(true, 1) // a brand post: no customer waiting, nothing slow moving
			m.AdvanceTo(1e6)
			total += m.Stats().Posts
		}
		if mean := float64(total) / runs; math.Abs(mean-1) > 0.15 {
			t.Errorf("%s kernel: mean cascade size %.2f, want 1 ± 0.15", kernel, mean)
		}
	}
}

func TestKernelHalfLife(t *testing.T) {
	for _, kind := range []string{"power", "exponential"} {
		k := newKernel(kind, 40)
		if got := k.cdf(40); math.Abs(got-0.5) > 1e-6 {
			t.Errorf("%s: %.3f of reactions within the half-life, want 0.5", kind, got)
		}
	}
	// SEISMIC's tail: a good share of reactions comes after a day, and the
	// density falls like s^−1.2 between an hour and a day.
	k := newKernel("power", 40)
	if late := 1 - k.cdf(1440); late < 0.1 || late > 0.3 {
		t.Errorf("power kernel: %.2f of reactions after a day, want 0.1..0.3", late)
	}
	slope := math.Log(k.density(1440)/k.density(60)) / math.Log(1440.0/60)
	if math.Abs(slope+1.2) > 0.15 {
		t.Errorf("power kernel: log-log slope %.2f between 1 h and 1 day, want ≈ −1.2", slope)
	}
	if e := newKernel("exponential", 40); 1-e.cdf(1440) > 1e-9 {
		t.Error("exponential kernel keeps reactions after a day")
	}
}

func TestTextsFitAndDoNotRepeat(t *testing.T) {
	m := sanoma(3, putDown)
	m.AddPool([]string{"Arme @{handle}, eerst niet geholpen en dan uitgelachen."}, nil, nil)
	ev := m.AdvanceTo(24 * 60)
	if len(ev) < 100 {
		t.Fatalf("only %d posts", len(ev))
	}
	own, said := false, map[string]bool{}
	for _, e := range ev {
		if e.Author == "" || e.Handle == "" {
			t.Fatalf("post without author: %+v", e)
		}
		if e.Kind == KindShare && e.Text != "" {
			t.Fatalf("a share has words of its own: %q", e.Text)
		}
		if strings.ContainsAny(e.Text, "{}") {
			t.Fatalf("unexpanded placeholder: %q", e.Text)
		}
		if k := sayKey(e.Text); e.Text != "" && said[k] {
			t.Fatalf("line said twice: %q", e.Text)
		} else {
			said[k] = true
		}
		own = own || strings.Contains(e.Text, "@dorien_deboef, eerst niet geholpen")
	}
	if !own {
		t.Error("the scenario's own line never appeared")
	}
	// English pools are complete too.
	for sec := range builtinPools("nl") {
		if len(builtinPools("en")[sec]) == 0 {
			t.Errorf("section %s has no English lines", sec)
		}
	}
}

func TestLegend(t *testing.T) {
	nl, en := Legend("nl"), Legend("en")
	if !strings.Contains(nl, "10.000") || !strings.Contains(en, "10,000") || nl == en {
		t.Errorf("legends: %q / %q", nl, en)
	}
}

func TestKeepEventsBoundsMemory(t *testing.T) {
	m := New(Params{Audience: 1e8, BaselinePerHour: 50, Branching: 1.2, CoolingHalfLifeMinutes: -1}, 1, "en", 0)
	m.KeepEvents(500)
	most := 0
	for tt := 5.0; m.Stats().Posts < 20000; tt += 5 {
		n := len(m.AdvanceTo(tt))
		most = max(most, n)
		if len(m.Events()) > 1000+n {
			t.Fatalf("kept %d events with a bound of 500", len(m.Events()))
		}
	}
	if last := m.Events()[len(m.Events())-1]; last.Seq != m.Stats().Posts+m.Stats().CustomerPosts {
		t.Errorf("the last kept event is %d of %d", last.Seq, m.Stats().Posts)
	}
}

func TestDayNightRhythmDelaysReactions(t *testing.T) {
	// The same reply at 01:00 and at 13:00: fewer posts in the next six
	// hours at night, but the day's total catches up in the morning.
	var night6, day6, night24, day24 int
	for seed := uint64(1); seed <= 30; seed++ {
		for _, clock := range []float64{60, 13 * 60} {
			m := New(Params{Audience: 1e6, BaselinePerHour: 0, Branching: 0.7}, seed, "nl", -0.5)
			m.SetClock(clock)
			m.Seed(true, 50)
			m.AdvanceTo(360)
			p6 := m.Stats().Posts
			m.AdvanceTo(30 * 60)
			if clock > 12*60 {
				day6, day24 = day6+p6, day24+m.Stats().Posts
			} else {
				night6, night24 = night6+p6, night24+m.Stats().Posts
			}
		}
	}
	if float64(night6) > 0.75*float64(day6) {
		t.Errorf("first six hours: %d posts after a post at 01:00, %d at 13:00", night6, day6)
	}
	if float64(night24) < 0.7*float64(day24) {
		t.Errorf("after 30 hours: %d vs %d posts: the night should delay, not delete", night24, day24)
	}
}

func TestActorKindsBecomeCrowdKinds(t *testing.T) {
	m := New(Params{Audience: 1e5, BaselinePerHour: 60, Branching: 0.3, NegativeShare: 0.9}, 1, "nl", -0.5)
	m.Seed(false, 30)
	m.GenericActors(false)
	m.AddActor(Actor{ID: "medestudent", Kind: "bystander", Name: "Medestudent", Handle: "mede", Followers: 450, AfterNegativePosts: 2})
	m.AddActor(Actor{ID: "klant2", Kind: "customer", Name: "Klant", Handle: "klant2", Followers: 300, AfterNegativePosts: 3})
	got := map[string]Kind{}
	for _, e := range m.AdvanceTo(180) {
		if e.ActorID != "" {
			got[e.ActorID] = e.Kind
		}
	}
	if got["medestudent"] != KindReply || got["klant2"] != KindComplaint {
		t.Errorf("actor posts had kinds %v: want a reply and a complaint", got)
	}
}

// TestSilenceLetsBystandersPileOn: the oil-slick effect ("olievlek") of an
// ignored complaint against the university case's answer, a question back
// and a move to DM.
func TestSilenceLetsBystandersPileOn(t *testing.T) {
	var silent, answered []int
	for seed := uint64(1); seed <= 40; seed++ {
		for _, answer := range []bool{false, true} {
			m := New(Params{Audience: 6000, BaselinePerHour: 1, Branching: 0.5, HalfLifeMinutes: 30}, seed, "nl", -0.7)
			m.SeedPost(Post{By: "customer", Followers: 310})
			m.AdvanceTo(10)
			if answer {
				m.SeedPost(Post{By: "brand", Followers: 14000})
				m.Stimulate(Stimulus{Empathy: 70, Deescalation: 80, NextStep: true, Private: true})
			}
			for _, at := range []float64{45, 105} {
				m.AdvanceTo(at)
				if !answer {
					m.Stimulate(Stimulus{Silent: true})
					m.SeedPost(Post{By: "customer", Followers: 310}) // she tries again
				}
			}
			m.AdvanceTo(240)
			if answer {
				answered = append(answered, m.Stats().Negative)
			} else {
				silent = append(silent, m.Stats().Negative)
			}
		}
	}
	s, a := median(silent), median(answered)
	t.Logf("median negative posts in four hours: %d ignored, %d answered", s, a)
	if s < 2*max(1, a) {
		t.Errorf("median negative posts in four hours: %d when ignored, %d when answered: want the silence far worse", s, a)
	}
}

// A put-down that the scenario says won the crowd (the Liberty Bottleworks
// COO standing up for his team): with NegativeShare and PositiveShare the
// same reply brings mostly posts on the brand's side; later replies still
// move the sides on from there.
func TestStimulusSidesTheCrowd(t *testing.T) {
	neg, pos := 0.1, 0.7
	sided := putDown
	sided.NegativeShare, sided.PositiveShare = &neg, &pos
	var plainNeg, sidedNeg, sidedPos []int
	for seed := uint64(1); seed <= 30; seed++ {
		p, s := sanoma(seed, putDown), sanoma(seed, sided)
		for _, m := range []*Model{p, s} {
			m.AdvanceTo(12 * 60)
		}
		plainNeg = append(plainNeg, int(100*p.Stats().NegativeShare))
		st := s.Stats()
		sidedNeg = append(sidedNeg, int(100*float64(st.Negative)/float64(st.Posts)))
		sidedPos = append(sidedPos, int(100*float64(st.Positive)/float64(st.Posts)))
	}
	t.Logf("negative %%: plain %d, sided %d (positive %d%%)", median(plainNeg), median(sidedNeg), median(sidedPos))
	if median(plainNeg) < 60 {
		t.Errorf("a put-down without sides: %d%% negative, want most", median(plainNeg))
	}
	// (the posts before the reply, about the customer's complaint, keep
	// their tone)
	if 2*median(sidedNeg) > median(plainNeg) || median(sidedPos) < 40 {
		t.Errorf("a put-down the crowd sides with: %d%% negative, %d%% positive; want few and most", median(sidedNeg), median(sidedPos))
	}
	// A second put-down without sides turns the crowd again.
	m := sanoma(1, sided)
	m.AdvanceTo(120)
	m.Seed(true, Weight(9000))
	m.Stimulate(putDown)
	if m.negShare < 0.3 {
		t.Errorf("after a second put-down the crowd's negative share is %.2f: want it back up", m.negShare)
	}
}
