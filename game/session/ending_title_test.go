package session

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
)

// kitchenThreats are first replies to the kitchen case's review that
// threaten Peter over his review, before the written repair: the repaired
// ending then reads "Repaired, after a threat" in the round.
var kitchenThreats = map[string]string{
	"en": "Peter, thanks for the photos. We are sorry the installation was late and nobody called you back; our fitter can come by on Thursday. But if the review stays up in this form, we will have to consider our options. - Sandra",
	"nl": "Peter, bedankt voor de foto's. Sorry dat de montage te laat was en niemand je terugbelde; onze monteur kan donderdag langskomen. Maar als de recensie in deze vorm blijft staan, zullen we onze opties moeten bekijken. - Sandra",
}

// variantTitleOf is the title the kitchen case's repaired ending takes
// after a threat, as the case writes it.
func variantTitleOf(t *testing.T, sc *scenarios.Scenario) (base, variant string) {
	t.Helper()
	e, ok := sc.Ending("opgelost")
	if !ok {
		t.Fatalf("%s has no ending 'opgelost'", sc.Key())
	}
	for _, v := range e.Variants {
		if v.Title != "" {
			return e.Title, v.Title
		}
	}
	t.Fatalf("%s: the ending 'opgelost' has no variant with a title; the test reads nothing", sc.Key())
	return "", ""
}

// After a threat and then the repair, the round ended "Repaired, after a
// threat" on the play screen, while the report kept only the ending's id:
// the debrief, the 100 worlds, the trainer and replay said "Repaired
// instead of threatened". The report and the worlds keep the title the
// round read, for the ending and for the one the crowd turned.
//
// Two threats, each followed by the repair: the typed one and the written
// lawyer's letter, withdrawn with an apology (path 1 2 1 1). Under the
// fitted crowd the typed threat's story seldom goes round before the
// repair (in Dutch 2 of 400 worlds), the letter's in about four in ten,
// so the letter is where the crowd's turn is read.
func TestTheReportKeepsTheEndingsTitleAsTheRoundReadIt(t *testing.T) {
	for lang, threat := range kitchenThreats {
		sc := builtin(t, "advocatenbrief", lang)
		base, variant := variantTitleOf(t, sc)
		reached, turned := false, false
		var steps []Step
		for _, st := range []Strategy{TypedAt{Decision: "recensie", Reply: threat}, Choices{1, 2, 1, 1}} {
			for seed := uint64(1); seed <= 40 && !(reached && turned); seed++ {
				s, err := Run(sc, Options{Seed: seed, Mode: Practice}, st)
				if err != nil {
					t.Fatal(err)
				}
				reachedNow, turnedNow := readTitles(t, sc, s, lang, seed, variant)
				if reachedNow && !reached {
					steps = s.Transcript().Steps
				}
				reached, turned = reached || reachedNow, turned || turnedNow
			}
		}
		if !reached || !turned {
			t.Fatalf("%s: in 40 worlds the repair after the threat ended repaired: %v, turned by the crowd: %v", lang, reached, turned)
		}
		playedTitles(t, sc, lang, steps, base, variant)
	}
}

// readTitles checks the titles a round after a threat reports: the
// repaired ending reached under its variant's title, or the one the crowd
// turned, which names the variant it turned and its own title.
func readTitles(t *testing.T, sc *scenarios.Scenario, s *Session, lang string, seed uint64, variant string) (reached, turned bool) {
	t.Helper()
	r := s.Report()
	switch {
	case r.Ending == "opgelost":
		reached = true
		if got := r.EndingName(sc); got != variant || s.Ending().Title != variant {
			t.Errorf("%s seed %d: the round read %q, the report says %q (want %q)", lang, seed, s.Ending().Title, got, variant)
		}
	case r.TurnedFrom == "opgelost":
		turned = true
		if got := r.TurnedFromName(sc); got != variant {
			t.Errorf("%s seed %d: the crowd turned %q, the report says it turned %q", lang, seed, variant, got)
		}
		if got := r.EndingName(sc); got != sc.EndingTitle(r.Ending) {
			t.Errorf("%s seed %d: the turned-to ending, which has no variant, is named %q", lang, seed, got)
		}
	}
	return reached, turned
}

// playedTitles checks that the worlds replaying a round that reached the
// repaired ending after a threat name it by the variant's title, and that
// the best path, with no threat, names it by the ending's own.
func playedTitles(t *testing.T, sc *scenarios.Scenario, lang string, steps []Step, base, variant string) {
	t.Helper()
	w, err := PlayWorlds(sc, 20, Options{Mode: Practice}, func() Strategy { return &FromTranscript{Steps: steps} })
	if err != nil {
		t.Fatal(err)
	}
	if w.Endings["opgelost"] == 0 {
		t.Fatalf("%s: no world of 20 replays the repaired ending (%v)", lang, w.Endings)
	}
	if got := w.EndingName(sc, "opgelost"); got != variant {
		t.Errorf("%s: the worlds name the repaired ending %q, want %q", lang, got, variant)
	}

	best, err := Run(sc, Options{Seed: 1, Mode: Practice}, Best{})
	if err != nil {
		t.Fatal(err)
	}
	if r := best.Report(); r.EndingTitle != "" || (r.Ending == "opgelost" && r.EndingName(sc) != base) {
		t.Errorf("%s: without a threat the report names the ending %q (stored title %q)", lang, r.EndingName(sc), r.EndingTitle)
	}
}

// A result stored before the report kept the ending's title still loads,
// and is named by the scenario's title; a stored title survives the store.
func TestAStoredReportNamesItsEndingWithOrWithoutTheTitle(t *testing.T) {
	sc := builtin(t, "advocatenbrief", "en")
	base, variant := variantTitleOf(t, sc)
	stored := Report{Ending: "opgelost", EndingKind: "good", EndingTitle: variant}
	b, err := json.Marshal(stored)
	if err != nil {
		t.Fatal(err)
	}
	var back Report
	if err := json.Unmarshal(b, &back); err != nil || back.EndingName(sc) != variant {
		t.Errorf("a stored variant title reads back as %q (%v)", back.EndingName(sc), err)
	}
	old := strings.Replace(string(b), `"ending_title":`, `"ending_title_unknown":`, 1)
	var before Report
	if err := json.Unmarshal([]byte(old), &before); err != nil || before.EndingName(sc) != base {
		t.Errorf("a report stored without the title names its ending %q (%v), want the scenario's %q", before.EndingName(sc), err, base)
	}
	if got := (Report{Ending: "gone"}).EndingName(sc); got != "gone" {
		t.Errorf("an ending the scenario no longer has is named %q, want its id", got)
	}
}

// A face that colours an ending (the trainer's reply cards) asks the
// report: the ending the replies reached before the crowd turned it is
// read by the round's own rule, so after a threat a good ending is mixed,
// never the scenario's green.
func TestTheReportReadsAnEndingsKindAsTheRoundDid(t *testing.T) {
	sc, ok := scenarios.BuiltinForPlay().Find("advocatenbrief", "en")
	if !ok {
		t.Fatal("advocatenbrief missing")
	}
	if e, _ := sc.Ending("opgelost"); e.Kind != "good" {
		t.Fatalf("the kitchen case's repair is %q, want good", e.Kind)
	}
	turned := Report{Ending: "streisand", EndingKind: "bad", TurnedFrom: "opgelost"}
	if got := turned.KindOfEnding(sc, "opgelost"); got != "good" {
		t.Errorf("a round without a failing reply reads the repair it turned from as %q, want good", got)
	}
	turned.Facts = []Fact{{What: "threat"}}
	for id, want := range map[string]string{"opgelost": "mixed", "streisand": "bad"} {
		if got := turned.KindOfEnding(sc, id); got != want {
			t.Errorf("after a threat the round reads %q as %q, want %q", id, got, want)
		}
	}
}
