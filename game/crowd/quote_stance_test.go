package crowd

import (
	"strings"
	"testing"
)

// A line that praises the reply quotes what was good in it, never the
// sentence the rubric found bad: "'It's only one bar less, not that
// dramatic.' This is how you fix a mistake." reads as praise of the
// put-down. A warm reply with an apology, a step and one belittling
// sentence: supporters who quote it quote the step; critics may quote the
// belittling sentence.
func TestPraiseQuotesWhatWasGood(t *testing.T) {
	bad, good := "It's only one bar less, not that dramatic", "I'll have the network team check the mast today"
	praised, criticised := 0, 0
	for seed := uint64(1); seed <= 30; seed++ {
		m := New(Params{Audience: 80000, BaselinePerHour: 20, Branching: 0.9}, seed, "en", 0.2)
		m.SetContext("T-Mobile", "tmobile_webcare", "usurpia", "usurpia")
		m.Seed(false, Weight(900))
		m.AdvanceTo(10)
		m.Seed(true, Weight(3000))
		m.Stimulate(Stimulus{Empathy: 75, Deescalation: 75, Apology: true, NextStep: true, Quote: "Sorry for the trouble",
			Phrases: []string{bad, good, "Happy calling from Fijnaart soon"}, PhraseTones: []int{-1, 1, 0}})
		for _, e := range m.AdvanceTo(200) {
			quoted := strings.HasPrefix(e.Text, "\""+bad+"\"")
			switch {
			case quoted && e.Stance == Supporter:
				t.Errorf("seed %d: a supporter quotes the belittling sentence: %q", seed, e.Text)
			case quoted:
				criticised++
			case strings.HasPrefix(e.Text, "\"") && e.Stance == Supporter:
				praised++
			}
		}
	}
	if praised == 0 {
		t.Error("no supporter quoted the reply in 30 rounds: the test saw nothing")
	}
	t.Logf("supporters quoting: %d; others quoting the belittling sentence: %d", praised, criticised)
}

// After a cold reply a critic does not quote its good step as what was
// wrong with it ("'I'll have the network team check the mast today.'
// Sounds like a template to me"), whether the step is the reply's quote
// ({quote}) or one of its phrases: a critic quotes what the rubric found
// bad, else what it found neither good nor bad, else nothing.
func TestACriticQuotesWhatWasBadAfterAColdReply(t *testing.T) {
	good, bad := "I'll have the network team check the mast today", "For coverage questions, please see our website"
	for _, st := range []Stimulus{
		{Quote: good, QuoteTone: 1, Phrases: []string{bad}, PhraseTones: []int{-1}},
		{Quote: "Thanks for your message", Phrases: []string{good, bad}, PhraseTones: []int{1, -1}},
		{Quote: good, QuoteTone: 1, Phrases: []string{}, PhraseTones: []int{}},
	} {
		quotedBad := 0
		for seed := uint64(1); seed <= 30; seed++ {
			m := New(Params{Audience: 80000, BaselinePerHour: 20, Branching: 0.9}, seed, "en", -0.5)
			m.SetContext("T-Mobile", "tmobile_webcare", "usurpia", "usurpia")
			m.Seed(false, Weight(900))
			m.AdvanceTo(10)
			m.Seed(true, Weight(3000))
			st.Empathy, st.Deescalation, st.NextStep = 30, 50, true
			m.Stimulate(st)
			for _, e := range m.AdvanceTo(200) {
				if e.Stance != Critic {
					continue
				}
				if strings.Contains(e.Text, "\""+good) {
					t.Errorf("quote %q, phrases %q, seed %d: a critic quotes the good step: %q", st.Quote, st.Phrases, seed, e.Text)
				}
				if strings.Contains(e.Text, "\""+bad) {
					quotedBad++
				}
			}
		}
		if len(st.Phrases) > 0 && quotedBad == 0 {
			t.Errorf("quote %q, phrases %q: no critic quoted the deflection in 30 rounds: the test saw nothing", st.Quote, st.Phrases)
		}
	}
}

// A joker makes fun of what it quotes, so it quotes the reply as a critic
// does: never a phrase the rubric found good. "'and we are sorry we stayed
// silent for so long.' HEMA 1, the internet 0. Move along, nothing to see
// 🍿" mocked a sincere apology in an ending the story calls a success
// (playtest 28, F7). The case's own jokers here quote the reply in both
// forms: as {quote}, and as a line that reacts to the apology with a
// phrase of the reply before it.
func TestAJokerDoesNotMockAGoodPhrase(t *testing.T) {
	apology, step := "We are sorry we stayed silent for so long", "I'll call you today before 5pm"
	mocking, quoting := 0, 0
	for seed := uint64(1); seed <= 40; seed++ {
		m := New(Params{Audience: 80000, BaselinePerHour: 20, Branching: 0.9}, seed, "en", -0.3)
		m.SetContext("HEMA", "HEMA", "Naomi", "naomi.d")
		m.AddLines(Joker, Apology, []string{"'{quote}' Peak customer service, folks. 🍿", "Well that only took them a weekend. Bravo. 👏",
			"Somebody frame this for the corporate hall of fame."})
		m.Seed(false, Weight(900))
		m.AdvanceTo(10)
		m.Seed(true, Weight(3000))
		m.Stimulate(Stimulus{Empathy: 90, Deescalation: 85, Apology: true, NextStep: true, Quote: apology, QuoteTone: 1,
			Phrases: []string{apology, step, "Naomi, about Saturday"}, PhraseTones: []int{1, 1, 0}})
		for _, e := range m.AdvanceTo(300) {
			if !strings.Contains(e.Text, "Peak customer service") && !strings.Contains(e.Text, "Bravo") && !strings.Contains(e.Text, "hall of fame") {
				continue
			}
			mocking++
			if strings.Contains(e.Text, "'") || strings.Contains(e.Text, "\"") {
				quoting++
			}
			if strings.Contains(e.Text, apology) || strings.Contains(e.Text, step) {
				t.Errorf("seed %d: a joker mocks a good phrase of the reply: %q", seed, e.Text)
			}
		}
	}
	if quoting == 0 {
		t.Errorf("no joker's line quoted the reply in 40 rounds (%d joker lines): the test saw nothing", mocking)
	}
	t.Logf("the case's joker lines: %d, %d of them quoting", mocking, quoting)
}
