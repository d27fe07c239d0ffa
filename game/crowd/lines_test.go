package crowd

import (
	"strings"
	"testing"
)

// a crowd around a customer's post that nobody from the brand answers yet
func silentCrowd(seed uint64) *Model {
	m := New(Params{Audience: 400000, BaselinePerHour: 4, Branching: 0.8, HalfLifeMinutes: 40, NegativeShare: 0.6},
		seed, "en", -0.8)
	m.SetContext("HEMA", "HEMA", "Naomi", "naomi.d")
	m.Seed(false, Weight(600))
	return m
}

func texts(ev []Event) []string {
	var out []string
	for _, e := range ev {
		if e.Text != "" && e.ActorID == "" {
			out = append(out, e.Text)
		}
	}
	return out
}

func TestCaseLinesFollowTheMoment(t *testing.T) {
	silentSeen, badSeen := 0, 0
	for seed := uint64(1); seed <= 10; seed++ {
		m := silentCrowd(seed)
		m.AddLines(Critic, Silent, []string{"Still not a word from {brand} about Naomi.", "{brand} keeps quiet. Telling."})
		m.AddLines(Critic, BadReply, []string{"So {brand} calls this procedure. Shameful.", "After that reply I'm done with {brand}."})
		before := texts(m.AdvanceTo(240))
		for _, tx := range before {
			if strings.Contains(tx, "calls this procedure") || strings.Contains(tx, "After that reply") {
				t.Fatalf("seed %d: a line about a reply while the brand is silent: %q", seed, tx)
			}
			if strings.Contains(tx, "Still not a word") || strings.Contains(tx, "keeps quiet") {
				silentSeen++
			}
		}
		m.Seed(true, Weight(9000))
		m.Stimulate(Stimulus{Empathy: 10, Deescalation: 10, Provocation: 0.8, Worst: "we followed procedure",
			Phrases: []string{"Our staff acted by the book", "we cannot comment further"}})
		for _, tx := range texts(m.AdvanceTo(600)) {
			if strings.Contains(tx, "Still not a word") || strings.Contains(tx, "keeps quiet") {
				t.Fatalf("seed %d: a line about silence after the brand replied: %q", seed, tx)
			}
			if strings.Contains(tx, "calls this procedure") || strings.Contains(tx, "After that reply") {
				badSeen++
			}
		}
	}
	if silentSeen == 0 || badSeen == 0 {
		t.Errorf("the case's lines were not used: %d silent, %d after the bad reply", silentSeen, badSeen)
	}
}

func TestNoThanksWhileTheBrandIsSilent(t *testing.T) {
	// A delighted customer (Domino's: "best pizza ever") posts again while
	// the brand says nothing: she does not thank it for help.
	for seed := uint64(1); seed <= 20; seed++ {
		m := New(Params{Audience: 50000, BaselinePerHour: 3, Branching: 0.6}, seed, "en", 0.9)
		m.SetContext("Domino's", "dominos", "Kevin", "kevinvdl")
		m.EnableCustomer(900)
		m.Seed(false, Weight(900))
		for _, e := range m.AdvanceTo(24 * 60) {
			if e.Kind != KindCustomer {
				continue
			}
			low := strings.ToLower(e.Text)
			for _, w := range []string{"thank", "helped", "sorted", "apology"} {
				if strings.Contains(low, w) {
					t.Fatalf("seed %d: the customer says %q while the brand has not posted", seed, e.Text)
				}
			}
		}
	}
}

func TestNoLineTwiceAndSharesHaveNoWords(t *testing.T) {
	// A storm that never dies down, far more posts than there are lines.
	m := New(Params{Audience: 1e5, BaselinePerHour: 20, Branching: 1.2, CoolingHalfLifeMinutes: -1}, 7, "nl", -0.8)
	m.SetContext("Sanoma Media", "SanomaMediaNL", "Dorien", "dorien_deboef")
	m.AddLines(Joker, AnyMoment, []string{"Juf Dorien 1, Sanoma 0."})
	m.Seed(false, Weight(1800))
	m.AdvanceTo(10)
	m.Seed(true, Weight(9000))
	m.Stimulate(Stimulus{Empathy: 10, Deescalation: 5, Provocation: 0.9, Worst: "De juf uithangen", Quote: "Wat wil je nou?"})
	ev := m.AdvanceTo(48 * 60)
	said, silent, quoted := map[string]string{}, 0, 0
	for _, e := range ev {
		if e.Kind == KindShare && e.Text != "" {
			t.Fatalf("a share with words: %q", e.Text)
		}
		if e.Text == "" {
			silent++
			continue
		}
		k := sayKey(e.Text)
		if prev, ok := said[k]; ok {
			t.Fatalf("said twice: %q and %q", prev, e.Text)
		}
		said[k] = e.Text
		if strings.Contains(e.Text, "De juf uithangen") {
			quoted++
		}
	}
	if len(ev) < 3*len(said) || silent == 0 {
		t.Fatalf("%d posts, %d lines: the storm should outlast the lines", len(ev), len(said))
	}
	if testing.Verbose() {
		t.Logf("%d posts, %d lines", len(ev), len(said))
	}
	if quoted == 0 {
		t.Error("nobody quoted the offending words")
	}
}

func TestLinesFitTheChannel(t *testing.T) {
	noTweets := func(s string) bool { return !strings.Contains(strings.ToLower(s), "tweet") }
	// worlds until at least 20 lines are checked: the brand's everyday
	// mentions say no line (TestEverydayMentionsSayNothingAboutTheCase),
	// so one quiet world may speak fewer
	n := 0
	for seed := uint64(5); seed < 10 && n < 20; seed++ {
		m := silentCrowd(seed)
		m.SetChannel("facebook", noTweets)
		m.Seed(true, Weight(9000))
		m.Stimulate(Stimulus{Empathy: 10, Deescalation: 10, Provocation: 0.8})
		for _, tx := range texts(m.AdvanceTo(24 * 60)) {
			n++
			if !noTweets(tx) {
				t.Fatalf("a line the channel's test refuses: %q", tx)
			}
			if strings.Contains(tx, "@naomi.d") || strings.Contains(tx, "@HEMA") {
				t.Fatalf("an @-mention on Facebook: %q", tx)
			}
		}
	}
	if n < 20 {
		t.Fatalf("only %d lines", n)
	}
}

func TestLinesAreTheSameForTheSameSeed(t *testing.T) {
	run := func() []string {
		m := silentCrowd(11)
		m.AddLines(Supporter, AnyMoment, []string{"Let {brand} look into it first."})
		return texts(m.AdvanceTo(12 * 60))
	}
	a, b := run(), run()
	if strings.Join(a, "\n") != strings.Join(b, "\n") || len(a) == 0 {
		t.Error("the same seed gave other lines")
	}
}

func TestNoBystanderIsNamedLikeTheCustomer(t *testing.T) {
	for seed := uint64(1); seed <= 5; seed++ {
		m := New(Params{Audience: 1e5, BaselinePerHour: 20, Branching: 0.9}, seed, "nl", -0.8)
		m.SetContext("HEMA", "HEMA", "Naomi", "naomi.d")
		m.Seed(false, Weight(600))
		for _, e := range m.AdvanceTo(24 * 60) {
			if e.ActorID == "" && strings.HasPrefix(strings.ToLower(e.Author), "naomi") {
				t.Fatalf("seed %d: a bystander %q is named like the customer", seed, e.Author)
			}
		}
	}
}

// Lines that presume what the brand has not done are not said once it
// has: found by playing, "Me too, last year. HEMA never even said sorry"
// an hour after a reply that apologised four times, "Did HEMA ever reply
// or not?" and "It's one reply" after two replies.
func TestLinesDoNotDenyWhatTheBrandDid(t *testing.T) {
	denials := []string{"never even said sorry", "nooit eens sorry", "ever reply or not", "gereageerd of niet",
		"usually replies fast", "reageert meestal snel", "it's one reply", "het is één reactie"}
	apology := Stimulus{Empathy: 85, Deescalation: 90, Apology: true, NextStep: true}
	said := 0
	for _, lang := range []string{"nl", "en"} {
		for seed := uint64(1); seed <= 20; seed++ {
			m := New(Params{Audience: 1e5, BaselinePerHour: 20, Branching: 0.9}, seed, lang, -0.8)
			m.SetContext("HEMA", "HEMA", "Naomi", "naomi.d")
			m.Seed(false, Weight(600))
			m.AdvanceTo(30)
			for i, at := range []float64{30, 120} {
				m.Seed(true, Weight(9000))
				m.Stimulate(apology)
				for _, e := range m.AdvanceTo(at + 90 + float64(i)*600) {
					low := strings.ToLower(e.Text)
					for _, d := range denials {
						if strings.Contains(low, d) && (i == 1 || !strings.Contains(d, "one") && !strings.Contains(d, "één")) {
							t.Errorf("%s seed %d: after %d apologising replies a bystander says %q", lang, seed, i+1, e.Text)
						}
					}
					said++
				}
			}
		}
	}
	if said < 100 {
		t.Fatalf("only %d posts", said)
	}
}

// A round's bystanders are different people: found by playing, "Mia
// Jones" and "Mia", "Megan Taylor" and "Megan Green" posted a few lines
// apart and read as one person with two accounts. No first name comes back
// among the first 30 bystanders who post.
func TestBystandersDoNotShareAFirstNameEarlyInARound(t *testing.T) {
	for _, lang := range []string{"nl", "en"} {
		for seed := uint64(1); seed <= 5; seed++ {
			m := New(Params{Audience: 1e5, BaselinePerHour: 20, Branching: 0.9}, seed, lang, -0.8)
			m.SetContext("HEMA", "HEMA", "Naomi", "naomi.d")
			m.Seed(false, Weight(600))
			seen := map[string]string{}
			n := 0
			for _, e := range m.AdvanceTo(24 * 60) {
				if e.ActorID != "" || e.Author == "" || n >= 30 {
					continue
				}
				n++
				f := firstName(e.Author)
				if prev, ok := seen[f]; ok {
					t.Errorf("%s seed %d: %q and %q among the first 30 bystanders", lang, seed, prev, e.Author)
				}
				seen[f] = e.Author
			}
			if n < 30 {
				t.Fatalf("%s seed %d: only %d bystanders posted", lang, seed, n)
			}
		}
	}
}

// Bystanders write their lines as written: a trainee read a swapped pair
// of letters ("perosn") as a bug of the game. A line may get an emoji or a
// hashtag after it, nothing inside it.
func TestLinesAreSaidWithoutSlips(t *testing.T) {
	lines := []string{"Still not a word from HEMA about Naomi, unbelievable.", "HEMA keeps quiet. Telling, honestly.",
		"Someone should explain insulin pens to their security people."}
	said := 0
	for seed := uint64(1); seed <= 20; seed++ {
		m := silentCrowd(seed)
		m.AddLines(Critic, Silent, []string{lines[0], "{brand} keeps quiet. Telling, honestly."})
		m.AddLines(Critic, AnyMoment, lines[2:])
		for _, tx := range texts(m.AdvanceTo(240)) {
			for _, l := range lines {
				// the same words in the same order as the line, give or
				// take a decoration at the end
				head := strings.Fields(l)[0]
				if !strings.HasPrefix(strings.ToLower(tx), strings.ToLower(head)+" ") || len(strings.Fields(tx)) < len(strings.Fields(l)) {
					continue
				}
				if strings.Join(strings.Fields(tx)[:len(strings.Fields(l))], " ") != l {
					t.Errorf("seed %d: %q is said as %q", seed, l, tx)
				}
				said++
			}
		}
	}
	if said < 10 {
		t.Errorf("only %d of the lines were said in 20 rounds", said)
	}
}
