package crowd

import "testing"

// BenchmarkFirestorm1M simulates a supercritical crowd (n = 1.5, an
// audience of 10⁸ so that it never saturates) until it has made 1,000,000
// posts, advancing in 5-minute steps as the session does and keeping the
// last 10,000 events for the feed.
func BenchmarkFirestorm1M(b *testing.B) {
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		m := New(Params{Audience: 1e8, BaselinePerHour: 10, Branching: 1.5, CoolingHalfLifeMinutes: -1},
			uint64(i), "nl", -0.6)
		m.SetContext("Sanoma Media", "SanomaMediaNL", "Dorien", "dorien_deboef")
		m.KeepEvents(10000)
		m.Seed(false, Weight(1800))
		for t := 5.0; m.Stats().Posts < 1_000_000; t += 5 {
			m.AdvanceTo(t)
		}
		b.ReportMetric(float64(m.Stats().Posts), "posts/op")
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/1e6, "ns/post")
}

// day is a Sanoma-like day: the customer's post, a put-down at minute 10,
// a second one at 35, then 26 hours of silence with a blog and the press
// waiting for their thresholds. Only the audience changes between the two
// benchmarks below.
func day(b *testing.B, audience int) {
	b.ReportAllocs()
	posts := 0
	for i := 0; b.Loop(); i++ {
		m := New(Params{Audience: audience, BaselinePerHour: 2, Branching: 0.55, HalfLifeMinutes: 40, NegativeShare: 0.55},
			uint64(i), "nl", -0.6)
		m.SetContext("Sanoma Media", "SanomaMediaNL", "Dorien", "dorien_deboef")
		m.SetClock(11 * 60)
		m.AddActor(Actor{ID: "blog", Kind: KindBlog, Name: "Webcare Weblog", Handle: "webcareblog", Followers: 6000, AfterNegativePosts: 60})
		m.AddActor(Actor{ID: "press", Kind: KindPress, Name: "Marketing Nieuws", Handle: "marketingnieuws", Followers: 25000, AfterNegativePosts: 140})
		m.Seed(false, Weight(1800))
		for t := 5.0; t <= 26*60; t += 5 {
			if t == 10 || t == 35 {
				m.Seed(true, Weight(9000))
				m.Stimulate(putDown)
			}
			m.AdvanceTo(t)
		}
		posts = m.Stats().Posts
	}
	b.ReportMetric(float64(posts), "posts/op")
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(max(1, posts)), "ns/post")
}

func BenchmarkDayAudience1e3(b *testing.B) { day(b, 1e3) }
func BenchmarkDayAudience1e8(b *testing.B) { day(b, 1e8) }
