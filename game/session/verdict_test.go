package session

import (
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/assets/i18n"
	"github.com/webcaresim/webcaresim/scenarios"
)

// playSteps plays the built-in case with these steps, each at the minute
// its decision opens, in the given world, to its end.
func playSteps(t *testing.T, id, lang string, seed uint64, mode Mode, steps []Step) (*Session, Report) {
	t.Helper()
	s, err := Run(builtin(t, id, lang), Options{Seed: seed, Mode: mode}, &FromTranscript{Steps: steps})
	if err != nil {
		t.Fatalf("%s/%s: %v", id, lang, err)
	}
	return s, s.Report()
}

// failsRoundFact is the first fact of the report that failed the round.
func failsRoundFact(r Report) (Fact, bool) {
	for _, f := range r.Facts {
		if f.FailsRound() {
			return f, true
		}
	}
	return Fact{}, false
}

// A round that ends badly does not pass. HEMA's aftercare answered with a
// pitch for insulin pouches ("20% off this week", the real case's 20%
// discount post) brings the boycott back; with an apology and written
// choices before it the round graded a passing 6.7 beside "Boycott"
// (playtest 23, R32, and P23-15 for the kitchen case's "Lashed out").
func TestARoundThatEndsBadlyDoesNotPass(t *testing.T) {
	first := map[string]string{
		"en": "Naomi, what happened to you is unacceptable and we apologise unreservedly. At the same time, our security staff have to be able to act when something looks suspicious in a fitting room. We'd like to call you today: could you DM us your number? - Marloes",
		"nl": "Naomi, wat je overkwam is onacceptabel en we bieden je zonder voorbehoud onze excuses aan. Tegelijkertijd moeten onze beveiligers wel kunnen ingrijpen als iets in een pashokje verdacht lijkt. We bellen je graag vandaag: stuur je ons je nummer via DM? - Marloes",
	}
	pitch := map[string]string{
		"en": "Thank you, we'd love that! And good to know for everyone with diabetes: our insulin cooling pouches are 20% off this week. - Marloes",
		"nl": "Dank je, dat doen we graag! En goed om te weten voor iedereen met diabetes: onze koeletuis voor insuline zijn deze week 20% korting. - Marloes",
	}
	said := map[string]string{"en": "The story ended badly", "nl": "Het verhaal liep slecht af"}
	for _, lang := range []string{"en", "nl"} {
		_, r := playSteps(t, "hema-insuline", lang, 2332, Practice,
			[]Step{{Text: first[lang]}, {Choice: 1}, {Choice: 1}, {Text: pitch[lang]}})
		if r.EndingKind != "bad" {
			t.Fatalf("%s: the pitch in the aftercare ended %q (%s) via %v, want a bad ending", lang, r.Ending, r.EndingKind, r.Path)
		}
		if Passes(r.Scores.Overall) {
			t.Errorf("%s: the round ended %q (bad) and passes with %s", lang, r.Ending, r.Grade)
		}
		f, ok := failsRoundFact(r)
		if !ok || f.What != "bad_ending" {
			t.Fatalf("%s: no red line for the bad ending among %+v", lang, r.Facts)
		}
		if title := builtin(t, "hema-insuline", lang).EndingTitle(r.Ending); f.Quote != title {
			t.Errorf("%s: the red line names %q, want the ending %q", lang, f.Quote, title)
		}
		if line := i18n.T(lang, "debrief."+f.What, f.Quote, "", ""); !strings.Contains(line, said[lang]) || !strings.Contains(line, f.Quote) {
			t.Errorf("%s: the debrief says %q", lang, line)
		}
	}
}

// A round that a reply failed does not end on the best ending's praise.
// In the sofa case a comment removed ("Ik heb je bericht hier weggehaald")
// and owned up to, then a full fix, ended "Visible fix … a complaint handled
// well in public strengthens your image" (good) beside the red 5.0 that
// fails the removal "however well the rest went" (playtest 23, P23-18).
func TestAFailedRoundDoesNotEndOnTheBestEndingsPraise(t *testing.T) {
	replies := map[string][]string{
		"nl": {"Hoi Marieke, wat balen! Ik heb je bericht hier weggehaald en doorgestuurd naar onze klantenservice, zij bellen je vandaag nog. Groetjes, Joyce",
			"Gerrit, terecht: ik heb Mariekes bericht weggehaald en dat was fout, kritiek mag hier gewoon staan. Marieke, sorry, ik bel je vandaag. Groetjes, Joyce",
			"Marieke, je nieuwe bank komt vanmiddag, de beschadigde nemen we meteen mee en de bezorgkosten krijg je terug. Nogmaals sorry! - Joyce"},
		"en": {"Hi Marieke, what a pain! I've removed your post here and passed it on to our customer service, they'll call you today. Cheers, Joyce",
			"Gerrit, fair point: I removed Marieke's post and that was wrong, criticism can stay up here. Marieke, sorry, I'll call you today. Cheers, Joyce",
			"Marieke, your new sofa arrives this afternoon, we'll take the damaged one straight away and you get the delivery costs back. Sorry again! - Joyce"},
	}
	praise := map[string]string{"nl": "versterkt je imago", "en": "strengthens your image"}
	removal := map[string]string{"nl": "weghalen", "en": "removal"}
	for _, lang := range []string{"nl", "en"} {
		var steps []Step
		for _, text := range replies[lang] {
			steps = append(steps, Step{Text: text})
		}
		s, r := playSteps(t, "facebook-verwijderen", lang, 2317, Workshop, append(steps, Step{Choice: 1}))
		if _, failed := failsRoundFact(r); !failed || Passes(r.Scores.Overall) {
			t.Fatalf("%s: the removal did not fail the round (%s, %+v)", lang, r.Grade, r.Facts)
		}
		if r.EndingKind == "good" {
			t.Errorf("%s: a failed round ended %q as a good ending", lang, r.Ending)
		}
		e := s.Ending()
		if strings.Contains(e.Text, praise[lang]) {
			t.Errorf("%s: beside %s the ending %q says %q", lang, r.Grade, e.Title, e.Text)
		}
		if !strings.Contains(e.Title+" "+e.Text, removal[lang]) {
			t.Errorf("%s: the ending does not say the removal stays: %q — %q", lang, e.Title, e.Text)
		}
	}
}

// Where the author wrote no story for a failed round, the ending says that
// the failing reply stays. At Sanoma a sneer in the first reply ("No need
// to be snarky about it though :)"), then the written repair, ended on
// "Recovery after the slip … the conversation turns around" beside a red
// 5.0 (playtest 23, R33).
func TestAnEndingAfterAFailingReplySaysTheReplyStays(t *testing.T) {
	sneer := map[string]string{
		"en": "@dorien_deboef Fair enough, my mistake. No need to be snarky about it though :) Can you DM me your customer number? Then I'll look into it. ^Lotte",
		"nl": "@dorien_deboef Klopt, mijn fout. Maar doe niet zo bijdehand :) Kun je me je klantnummer via DM sturen? Dan zoek ik het uit. ^Lotte",
	}
	stays := map[string]string{"en": "was out in public", "nl": "heeft openbaar gestaan"}
	for _, lang := range []string{"en", "nl"} {
		s, r := playSteps(t, "sanoma-juf", lang, 2333, Practice,
			[]Step{{Text: sneer[lang]}, {Choice: 1}, {Choice: 1}, {Choice: 1}})
		f, failed := failsRoundFact(r)
		if !failed || Passes(r.Scores.Overall) {
			t.Fatalf("%s: the sneer did not fail the round (%s)", lang, r.Grade)
		}
		e := s.Ending()
		if e.Kind == "bad" {
			t.Fatalf("%s: the repair ended %q (bad); this test is about a repaired round", lang, e.ID)
		}
		if !strings.Contains(e.Text, stays[lang]) || !strings.Contains(e.Text, f.Quote) {
			t.Errorf("%s: beside %s the ending %q does not say the reply %q stays: %q", lang, r.Grade, e.Title, f.Quote, e.Text)
		}
	}
}

// Over every case's historical and best path, in both languages, the
// grade and the ending agree: a bad ending never passes, and a round a
// reply failed never reports a good ending.
func TestTheGradeAndTheEndingAgreeOnEveryCase(t *testing.T) {
	for _, sc := range scenarios.Builtin().Scenarios {
		for name, st := range map[string]Strategy{"historical": Historical{}, "best": Best{}} {
			s, err := Run(sc, Options{Seed: 1, Quiet: true}, st)
			if err != nil {
				t.Fatalf("%s/%s %s: %v", sc.ID, sc.Language, name, err)
			}
			r := s.Report()
			_, failed := failsRoundFact(r)
			if r.EndingKind == "bad" && Passes(r.Scores.Overall) {
				t.Errorf("%s/%s %s: %q (bad) passes with %s", sc.ID, sc.Language, name, r.Ending, r.Grade)
			}
			if failed && r.EndingKind == "good" {
				t.Errorf("%s/%s %s: a failed round (%s) ends %q as good", sc.ID, sc.Language, name, r.Grade, r.Ending)
			}
		}
	}
}

// The story told after a failing reply presumed a deletion: "Those who read
// it remember it, even once it is deleted" closed HEMA's "Too late, but
// sincere" after a polite refusal no one deleted, and read as if the game
// thought the trainee had deleted a post (play28, F9; the Dutch twin said
// "ook als het verwijderd is"). The ending says the reply stood in public
// and is remembered, and nothing of a deletion: HEMA in English as played,
// and Sanoma's sneer in both languages.
func TestAnEndingAfterAFailingReplyPresumesNoDeletion(t *testing.T) {
	hema := []Step{
		{Text: "Hi Naomi, we are so sorry to hear about your experience. We completely understand how upsetting this must have been and we truly value your feedback. Your wellbeing matters to us! - Marloes"},
		{Text: "Dear Naomi, thank you for your message. Unfortunately we cannot discuss individual cases on Facebook while our investigation is running. We hope you understand. Kind regards, Marloes"},
		{Text: "Naomi, what happened to you in our store was wrong: you were injecting insulin and our guard called the police. We are sorry, and sorry we stayed silent so long. Our head of customer service will call you today to apologise in person. - Marloes"},
	}
	sneer := map[string]string{
		"en": "@dorien_deboef Fair enough, my mistake. No need to be snarky about it though :) Can you DM me your customer number? Then I'll look into it. ^Lotte",
		"nl": "@dorien_deboef Klopt, mijn fout. Maar doe niet zo bijdehand :) Kun je me je klantnummer via DM sturen? Dan zoek ik het uit. ^Lotte",
	}
	stays := map[string]string{"en": "was out in public", "nl": "heeft openbaar gestaan"}
	deletion := map[string][]string{"en": {"delete", "removed"}, "nl": {"verwijder", "weggehaald"}}
	for _, c := range []struct {
		id, lang string
		seed     uint64
		steps    []Step
	}{
		{"hema-insuline", "en", 2341, hema},
		{"sanoma-juf", "en", 2333, []Step{{Text: sneer["en"]}, {Choice: 1}, {Choice: 1}, {Choice: 1}}},
		{"sanoma-juf", "nl", 2333, []Step{{Text: sneer["nl"]}, {Choice: 1}, {Choice: 1}, {Choice: 1}}},
	} {
		s, r := playSteps(t, c.id, c.lang, c.seed, Practice, c.steps)
		if _, failed := failsRoundFact(r); !failed {
			t.Fatalf("%s/%s: the reply did not fail the round (%s, %+v)", c.id, c.lang, r.Grade, r.Facts)
		}
		e := s.Ending()
		if !strings.Contains(e.Text, stays[c.lang]) {
			t.Fatalf("%s/%s: the ending %q does not tell the failing reply: %q", c.id, c.lang, e.Title, e.Text)
		}
		for _, w := range deletion[c.lang] {
			if strings.Contains(strings.ToLower(e.Text), w) {
				t.Errorf("%s/%s: nothing was deleted, but the ending %q says %q: %q", c.id, c.lang, e.Title, w, e.Text)
			}
		}
	}
}
