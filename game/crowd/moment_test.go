package crowd

import (
	"strings"
	"testing"
)

// stillWaiting are the generic lines that presume the customer has waited
// a while for an answer, in both languages.
var stillWaiting = []string{"Still no answer?", "Nog steeds geen antwoord?"}

// stormLines are the generic lines that presume a row in progress.
var stormLines = []string{"Netflix", "meme", "never to work in social media", "nooit in de webcare", "not the only one",
	"niet de enige", "just me", "aan mij lag"}

func containsAny(s string, subs []string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

// "Still no answer?" is said only when the customer has waited a quarter
// of an hour or more and the brand is still silent (playtest 12: "Still no
// answer? Not OK, Iron Works Gym." one minute after the customer's post).
func TestStillNoAnswerOnlyAfterAWait(t *testing.T) {
	for _, lang := range []string{"nl", "en"} {
		seen := 0
		for seed := uint64(1); seed <= 20; seed++ {
			m := New(Params{Audience: 40000, BaselinePerHour: 4, Branching: 0.8, HalfLifeMinutes: 40, NegativeShare: 0.8},
				seed, lang, -0.8)
			m.SetContext("Iron Works Gym", "ironworks", "Sophie", "sophieruns")
			m.AdvanceTo(30)
			m.Seed(false, Weight(6000)) // the complaint goes up at minute 30
			for _, e := range m.AdvanceTo(120) {
				if !containsAny(e.Text, stillWaiting) {
					continue
				}
				seen++
				if e.Minute < 30+waitedMinutes {
					t.Errorf("%s seed %d: %q at minute %.0f, %.0f minutes after the complaint", lang, seed, e.Text, e.Minute, e.Minute-30)
				}
			}
		}
		if seen == 0 {
			t.Errorf("%s: nobody asked whether there is still no answer: this test sees nothing", lang)
		}
	}
}

// The popcorn, meme and "you're not the only one" lines belong to a row in
// progress: once the heat has fallen below the meter's first mark they are
// not said (playtest 12: "Grabbing snacks, this is better than Netflix"
// after "Solved in plain sight" and the customer's thanks).
func TestStormLinesOnlyWhileTheCrowdStirs(t *testing.T) {
	for _, lang := range []string{"nl", "en"} {
		loud := 0
		for seed := uint64(1); seed <= 8; seed++ {
			m := New(Params{Audience: 40000, BaselinePerHour: 6, Branching: 0.9, HalfLifeMinutes: 30, NegativeShare: 0.7},
				seed, lang, -0.8)
			m.SetContext("Zitcomfort", "zitcomfort", "Marieke", "marieke")
			m.Seed(false, Weight(9000))
			m.AdvanceTo(20)
			m.Seed(true, Weight(9000))
			m.Stimulate(Stimulus{Empathy: 5, Deescalation: 5, Provocation: 0.9, Worst: "that is not our problem"})
			for min := 21.0; min <= 600; min++ {
				before := m.Heat()
				for _, e := range m.AdvanceTo(min) {
					if !containsAny(e.Text, stormLines) || e.ActorID != "" {
						continue
					}
					if before < stirHeat && m.Heat() < stirHeat {
						t.Errorf("%s seed %d minute %.0f: %q at heat %.2f", lang, seed, e.Minute, e.Text, m.Heat())
					} else {
						loud++
					}
				}
			}
		}
		if loud == 0 {
			t.Errorf("%s: no storm line in a storm: this test sees nothing", lang)
		}
	}
}

// Once the crowd has heard that the brand apologised (the customer posts
// "HEMA called me and apologised"), nobody says it never did (playtest 12:
// "An apology first would be better, HEMA" after Naomi's post).
func TestNoMissingApologyAfterOneIsReported(t *testing.T) {
	for _, lang := range []string{"nl", "en"} {
		said := 0
		for seed := uint64(1); seed <= 10; seed++ {
			m := New(Params{Audience: 40000, BaselinePerHour: 6, Branching: 0.8, HalfLifeMinutes: 40, NegativeShare: 0.7},
				seed, lang, -0.8)
			m.SetContext("HEMA", "HEMA", "Naomi", "naomi.d")
			m.AddLines(Critic, Replied, []string{"<unapologised> An apology first would be better, {brand}."})
			m.Seed(false, Weight(9000))
			m.AdvanceTo(20)
			m.Seed(true, Weight(9000))
			m.Stimulate(Stimulus{Empathy: 40, Deescalation: 40, Phrases: []string{"we are looking into it"}})
			for _, tx := range texts(m.AdvanceTo(60)) {
				if strings.Contains(tx, "never even said sorry") || strings.Contains(tx, "nooit eens sorry") ||
					strings.Contains(tx, "An apology first") {
					said++
				}
			}
			m.HeardOfApology()
			for _, tx := range texts(m.AdvanceTo(400)) {
				if strings.Contains(tx, "never even said sorry") || strings.Contains(tx, "nooit eens sorry") ||
					strings.Contains(tx, "An apology first") || strings.Contains(tx, "Still no apology") ||
					strings.Contains(tx, "geen excuses van") {
					t.Errorf("%s seed %d: %q after the apology was reported", lang, seed, tx)
				}
			}
		}
		if said == 0 {
			t.Errorf("%s: the missing apology was never named before it came: this test sees nothing", lang)
		}
	}
}

// A case with its own lines for every stance says those first: the
// generic lines, the same in every case ("Zelfde verhaal hier, X", "Fijn
// dat ze reageren, maar…"), come only once the case's own are spent
// (playtest 12: the same templates in HEMA, Liberty, Keukenstudio, Sanoma).
func TestLineCaseOwnLinesBeforeGenericOnes(t *testing.T) {
	for _, lang := range []string{"nl", "en"} {
		own, generic := caseLinesSaid(t, lang, func(Stance) int { return 60 })
		if own == 0 || generic > 0 {
			t.Errorf("%s: %d of the case's own lines, %d generic ones while the case's were not spent", lang, own, generic)
		}
	}
}

// Bystanders speak of the company, not of its care desk's account name
// (playtest 12: "Popcorn ready for the T-Mobile Webcare webcare show",
// "Is the T-Mobile Webcare network down again?").
func TestLineBrandIsTheCompanyNotItsDesk(t *testing.T) {
	for _, lang := range []string{"nl", "en"} {
		named := 0
		for seed := uint64(1); seed <= 6; seed++ {
			m := New(Params{Audience: 40000, BaselinePerHour: 8, Branching: 0.9, HalfLifeMinutes: 40, NegativeShare: 0.8},
				seed, lang, -0.8)
			m.SetContext("T-Mobile Webcare", "tmobile_webcare", "Ryan", "ryanj")
			m.Seed(false, Weight(9000))
			for _, tx := range texts(m.AdvanceTo(240)) {
				if strings.Contains(tx, "T-Mobile Webcare") {
					t.Errorf("%s seed %d: %q", lang, seed, tx)
				}
				if strings.Contains(tx, "T-Mobile") {
					named++
				}
			}
		}
		if named == 0 {
			t.Errorf("%s: nobody named the company: this test sees nothing", lang)
		}
	}
}

// endedLines are the generic lines that presume the affair is over.
var endedLines = []string{"how it ended", "hoe het is afgelopen", "been settled", "is het bijgelegd"}

// "Anyone know how it ended?" and "Seems like it's been settled" presume
// an affair that has ended: said two hours into an open one (HEMA, after a
// cold reply) they tell the trainee it is over while it is not. They come
// only once the brand has put it right.
func TestLineNoEndedAffairWhileItIsOpen(t *testing.T) {
	for _, lang := range []string{"nl", "en"} {
		afterMend := 0
		for seed := uint64(1); seed <= 12; seed++ {
			for _, mend := range []bool{false, true} {
				m := New(Params{Audience: 40000, BaselinePerHour: 6, Branching: 0.8, HalfLifeMinutes: 40, NegativeShare: 0.7},
					seed, lang, -0.8)
				m.SetContext("HEMA", "HEMA", "Naomi", "naomi.d")
				m.Seed(false, Weight(9000))
				m.AdvanceTo(20)
				m.Seed(true, Weight(9000))
				// a cold reply that neither offends nor helps: the affair stays open
				m.Stimulate(Stimulus{Empathy: 20, Deescalation: 30, Phrases: []string{"we regret that you experienced it this way"}})
				if mend {
					m.AdvanceTo(120)
					m.Seed(true, Weight(9000))
					m.Stimulate(Stimulus{Empathy: 90, Deescalation: 90, Apology: true, NextStep: true,
						Phrases: []string{"we are so sorry, Naomi", "our manager will call you today"}})
				}
				for _, e := range m.AdvanceTo(1440) {
					if !containsAny(e.Text, endedLines) {
						continue
					}
					if !mend {
						t.Errorf("%s seed %d minute %.0f: %q while the affair is open", lang, seed, e.Minute, e.Text)
					} else {
						afterMend++
					}
				}
			}
		}
		if afterMend == 0 {
			t.Errorf("%s: nobody asked how it ended after the brand put it right: this test sees nothing", lang)
		}
	}
}

// A case whose jokers have said all their lines has them say what its
// critics and onlookers say before any generic joke ("I come here for the
// comments, honestly", the same in every case): the case's words about
// its own affair fit better. Here the case has two joker lines and sixty
// for every other stance: no generic line is said while those last.
func TestLineSpentStanceBorrowsTheCaseLinesBesideIt(t *testing.T) {
	for _, lang := range []string{"nl", "en"} {
		own, generic := caseLinesSaid(t, lang, func(st Stance) int {
			if st == Joker {
				return 2
			}
			return 60
		})
		if own == 0 || generic > 0 {
			t.Errorf("%s: %d of the case's own lines, %d generic ones while its critics' and onlookers' lines were not spent", lang, own, generic)
		}
	}
}

// caseLinesSaid plays six worlds of a case with perStance lines of its own
// for each stance, a brand reply at minute 20, and counts the bystanders'
// lines over five hours that were the case's own and that were generic.
func caseLinesSaid(t *testing.T, lang string, perStance func(Stance) int) (own, generic int) {
	t.Helper()
	for seed := uint64(1); seed <= 6; seed++ {
		m := New(Params{Audience: 40000, BaselinePerHour: 6, Branching: 0.8, HalfLifeMinutes: 40, NegativeShare: 0.6},
			seed, lang, -0.8)
		m.SetContext("Keukenstudio", "keukenstudio", "Peter", "peterk")
		for _, st := range Stances {
			var lines []string
			for i := 0; i < perStance(st); i++ {
				lines = append(lines, "Kase "+string(st)+" line "+string(rune('a'+i%26))+string(rune('a'+i/26))+" about {brand}.")
			}
			m.AddLines(st, AnyMoment, lines)
		}
		m.Seed(false, Weight(9000))
		m.AdvanceTo(20)
		m.Seed(true, Weight(9000))
		m.Stimulate(Stimulus{Empathy: 40, Deescalation: 40, Phrases: []string{"we are looking into it"}})
		for _, e := range m.AdvanceTo(300) {
			if e.Text == "" || e.ActorID != "" || openingQuote(e.Text) != "" {
				continue
			}
			if strings.Contains(e.Text, "Kase ") {
				own++
			} else {
				generic++
				t.Logf("%s seed %d: generic %q", lang, seed, e.Text)
			}
		}
	}
	return own, generic
}
