package crowd

import (
	"strings"
	"testing"
)

// complaintPresumingSections are the generic pools written for a complaint:
// fellow customers who say "same story here", onlookers who ask whether the
// customer got helped in the end, supporters who say everyone makes
// mistakes.
func complaintPresumingSections(lang string) map[string]string {
	out := map[string]string{}
	for sec, lines := range builtinPools(lang) {
		top, _, _ := strings.Cut(sec, ".")
		switch top {
		case "complaint", "negative", "positive", "neutral", "joker", "press":
		default:
			continue
		}
		for _, l := range lines {
			_, tmpl := tagged(l)
			out[tmpl] = sec
		}
	}
	return out
}

// A customer who praises the brand draws no line written for a complaint,
// whatever the brand does (nothing, a warm thank-you, a canned reply) and in
// any world: over 50 seeds in both languages, every voiced bystander line
// is one of a praise case's (or quotes the reply), and the praise case's
// own generic lines are heard.
func TestPraiseDrawsNoComplaintLines(t *testing.T) {
	for _, lang := range []string{"nl", "en"} {
		presumes := complaintPresumingSections(lang)
		praiseHeard := 0
		for seed := uint64(1); seed <= 50; seed++ {
			for _, good := range []bool{true, false} {
				m := New(Params{Audience: 60000, BaselinePerHour: 6, Branching: 0.8}, seed, lang, 0.8)
				m.SetContext("Domino's", "dominos", "Kevin", "kevinvdl")
				m.Seed(false, Weight(900))
				ev := m.AdvanceTo(90)
				m.Seed(true, Weight(20000))
				if good {
					m.Stimulate(Stimulus{Empathy: 85, Deescalation: 80, Quote: "Thank you Kevin, enjoy"})
				} else {
					m.Stimulate(Stimulus{Empathy: 5, Deescalation: 10, Provocation: 0.4, Quote: "Sorry about that", Worst: "Sorry about that"})
				}
				ev = append(ev, m.AdvanceTo(24*60)...)
				keys := map[string]string{}
				for tmpl, sec := range presumes {
					keys[sayKey(m.text.ctx.Replace(tmpl))] = sec
				}
				for _, e := range ev {
					if e.Text == "" || e.ActorID != "" || e.Kind == KindCustomer {
						continue
					}
					if sec, ok := keys[sayKey(e.Text)]; ok {
						t.Errorf("%s seed %d (good reply %v): %q from the complaint pool %s under a customer's praise", lang, seed, good, e.Text, sec)
					}
					praiseHeard++
				}
			}
		}
		if praiseHeard < 200 {
			t.Errorf("%s: %d bystander lines in 100 praise rounds; want the praise pools to be heard", lang, praiseHeard)
		}
	}
}

// A reply that is neither rude nor any good ("2", typed by mistake) is not
// praised: no bystander says "That's how you answer a customer" or another
// line written for a good reply, while a warm reply does draw them.
func TestOnlyAGoodReplyIsPraised(t *testing.T) {
	for _, lang := range []string{"nl", "en"} {
		praising := map[string]bool{}
		for sec, lines := range builtinPools(lang) {
			for _, l := range lines {
				if tag, tmpl := tagged(l); tag == "good" && !strings.Contains(tmpl, "{agent}") {
					praising[sec+"|"+tmpl] = true
				}
			}
		}
		heard := map[bool]int{}
		for _, warm := range []bool{false, true} {
			for seed := uint64(1); seed <= 30; seed++ {
				for _, mood := range []float64{0.8, -0.6} {
					m := New(Params{Audience: 60000, BaselinePerHour: 6, Branching: 0.8}, seed, lang, mood)
					m.SetContext("Domino's", "dominos", "Kevin", "kevinvdl")
					m.Seed(false, Weight(900))
					m.AdvanceTo(30)
					m.Seed(true, Weight(20000))
					if warm {
						m.Stimulate(Stimulus{Empathy: 74, Deescalation: 72, Quote: "What a great photo"})
					} else {
						m.Stimulate(Stimulus{Empathy: 25, Deescalation: 46, Quote: "2"})
					}
					keys := map[string]bool{}
					for k := range praising {
						_, tmpl, _ := strings.Cut(k, "|")
						for _, q := range []string{"2", "What a great photo"} {
							keys[sayKey(m.text.ctx.Replace(strings.ReplaceAll(tmpl, "{quote}", q)))] = true
						}
					}
					for _, e := range m.AdvanceTo(12 * 60) {
						if e.Text == "" || e.ActorID != "" {
							continue
						}
						if keys[sayKey(e.Text)] {
							heard[warm]++
							if !warm {
								t.Errorf("%s seed %d mood %g: %q after the reply \"2\"", lang, seed, mood, e.Text)
							}
						}
					}
				}
			}
		}
		if heard[true] == 0 {
			t.Errorf("%s: no line praised a warm reply in 60 rounds", lang)
		}
	}
}

// A good reply is not called a template: "Klinkt als een standaardtekst",
// "Is that it?" and the other lines written for a cold reply meet only a
// reply the rubric found neither warm nor helpful, and do meet such one.
func TestOnlyAColdReplyIsCalledATemplate(t *testing.T) {
	for _, lang := range []string{"nl", "en"} {
		cold := map[string]bool{}
		for _, lines := range builtinPools(lang) {
			for _, l := range lines {
				if tags, tmpl := tagged(l); strings.Contains(tags, "cold") {
					cold[tmpl] = true
				}
			}
		}
		if len(cold) < 3 {
			t.Fatalf("%s: %d lines tagged cold, want the template jibes tagged", lang, len(cold))
		}
		heard := map[bool]int{}
		for _, warm := range []bool{false, true} {
			quote := "Stuur je me je klantnummer via DM"
			for seed := uint64(1); seed <= 40; seed++ {
				m := New(Params{Audience: 60000, BaselinePerHour: 6, Branching: 0.8}, seed, lang, -0.6)
				m.SetContext("Sanoma", "sanoma", "Dorien", "dorien")
				m.Seed(false, Weight(900))
				m.AdvanceTo(30)
				m.Seed(true, Weight(20000))
				if warm {
					m.Stimulate(Stimulus{Empathy: 78, Deescalation: 74, Quote: quote})
				} else {
					m.Stimulate(Stimulus{Empathy: 20, Deescalation: 35, Quote: quote})
				}
				keys := map[string]bool{}
				for tmpl := range cold {
					keys[sayKey(m.text.ctx.Replace(strings.ReplaceAll(tmpl, "{quote}", quote)))] = true
				}
				for _, e := range m.AdvanceTo(12 * 60) {
					if e.Text != "" && e.ActorID == "" && keys[sayKey(e.Text)] {
						heard[warm]++
						if warm {
							t.Errorf("%s seed %d: %q after a warm, helpful reply", lang, seed, e.Text)
						}
					}
				}
			}
		}
		if heard[false] == 0 {
			t.Errorf("%s: no cold line after a cold reply in 40 rounds", lang)
		}
	}
}

// A plain share of a pleased customer's post repeats the praise: over 40
// worlds, none of them counts against the brand (the meter read "100%
// against you" beside one share of "best pizza ever"), while plain shares
// of an unhappy customer's post still do.
func TestSharesOfPraiseAreNotAgainstTheBrand(t *testing.T) {
	against := map[bool]int{}
	shares := map[bool]int{}
	for seed := uint64(1); seed <= 40; seed++ {
		for _, pleased := range []bool{true, false} {
			mood := -0.6
			if pleased {
				mood = 0.8
			}
			m := New(Params{Audience: 60000, BaselinePerHour: 6, Branching: 0.8}, seed, "en", mood)
			root := m.Seed(false, Weight(900))
			for _, e := range m.AdvanceTo(12 * 60) {
				if e.Reshare && e.Root == root {
					shares[pleased]++
					if e.Negative {
						against[pleased]++
					}
				}
			}
		}
	}
	if shares[true] == 0 || shares[false] == 0 {
		t.Fatalf("plain shares of the customer's post: %d of praise, %d of a complaint; the test needs both", shares[true], shares[false])
	}
	if against[true] > 0 {
		t.Errorf("%d of %d plain shares of a customer's praise counted against the brand", against[true], shares[true])
	}
	if against[false] == 0 {
		t.Errorf("none of %d plain shares of a complaint counted against the brand", shares[false])
	}
}

// A plain share of a post takes the post's side: a thank-you posted while
// the crowd is still sour (mood below zero) has no share against the
// brand, where the same post with no stance given, read by the mood, has
// some. The customer's "OK, thanks" early in a round counted against the
// brand in 7 of 23 retweets.
func TestSharesOfAThankYouTakeItsSide(t *testing.T) {
	against := map[Sentiment]int{}
	shares := map[Sentiment]int{}
	for seed := uint64(1); seed <= 40; seed++ {
		for _, stance := range []Sentiment{Positive, Neutral} {
			m := New(Params{Audience: 60000, BaselinePerHour: 6, Branching: 0.8}, seed, "en", -0.4)
			root := m.SeedPost(Post{By: "customer", Followers: 900, Side: stance})
			for _, e := range m.AdvanceTo(12 * 60) {
				if e.Reshare && e.Root == root {
					shares[stance]++
					if e.Negative {
						against[stance]++
					}
				}
			}
		}
	}
	if shares[Positive] == 0 || against[Neutral] == 0 {
		t.Fatalf("shares: %d of the thank-you, %d of %d read by the mood against the brand; the test needs both",
			shares[Positive], against[Neutral], shares[Neutral])
	}
	if against[Positive] > 0 {
		t.Errorf("%d of %d plain shares of a thank-you counted against the brand", against[Positive], shares[Positive])
	}
}
