package session

import (
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
)

// attackAt plays the best written choice at every decision, and at the
// decision with the given id types an attack instead.
type attackAt struct {
	decision, text string
}

func (st attackAt) Act(s *Session, d *scenarios.Decision, k int) error {
	if d.ID == st.decision && d.AllowFreeText {
		if s.Now() < s.OpenedAt()+1 {
			s.AdvanceTo(s.OpenedAt() + 1)
			return nil
		}
		return s.Publish(st.text)
	}
	return Best{}.Act(s, d, k)
}

// Found by a newcomer: in Sanoma's case, a sneer typed at the last
// decision, after good replies all through, still graded 6.1, a pass. An
// attack in public fails the round: the mark is at most 5.0 and the
// report says which reply and what it cost, in both languages; the same
// round with the written choice there passes and has no such fact.
func TestAnAttackInPublicFailsTheRound(t *testing.T) {
	sneer := map[string]string{
		"nl": "Graag gedaan hoor. Al had je dit met een beetje nadenken ook zelf kunnen oplossen 🙄",
		"en": "You're welcome. Though with a little thought you could have sorted this out yourself 🙄",
	}
	for _, key := range []string{"sanoma-juf/nl", "sanoma-juf/en", "hema-insuline/nl", "universiteit-kut/en", "tmobile-fransbauer/nl"} {
		sc, ok := scenarios.BuiltinForPlay().Find(key[:len(key)-3], key[len(key)-2:])
		if !ok {
			t.Fatalf("%s missing", key)
		}
		path := bestPathPasses(t, sc, "attack", key)
		last := ""
		for _, id := range path {
			if d, ok := sc.Decision(id); ok && d.AllowFreeText {
				last = id
			}
		}
		if last == "" {
			t.Fatalf("%s: no decision takes typed text on the best path %v", key, path)
		}
		typedReplyFailsTheRound(t, sc, last, sneer[sc.Language], "attack", key)
	}
}

// A reply that makes the customer's arrears public fails the round as an
// attack does, however well the later replies repair it: in the insurer's
// case such a round ended a green 8.2 beside the ending "a privacy mistake
// you can't undo" (playtest 18, P18-9). The report says which reply; the
// best path has no such fact and passes.
func TestAPrivacyBreachInPublicFailsTheRound(t *testing.T) {
	leak := map[string]string{
		"nl": "@marco_rijdt Hoi Marco, ik zie dat er vier maanden premie niet betaald is, daarom is je polis opgezegd. Als je het vandaag betaalt, ben je meteen weer verzekerd. ^Lisa",
		"en": "@marco_rijdt Hi Marco, I can see four months of premium went unpaid, that's why your policy was cancelled. If you pay it today you're insured again right away. ^Lisa",
	}
	for _, lang := range []string{"nl", "en"} {
		sc, ok := scenarios.BuiltinForPlay().Find("wanbetaler-privacy", lang)
		if !ok {
			t.Fatal("wanbetaler-privacy missing")
		}
		path := bestPathPasses(t, sc, "privacy", lang)
		typedReplyFailsTheRound(t, sc, path[0], leak[lang], "privacy", lang)
	}
}

// bestPathPasses plays the case's best written choices (seed 2) and checks
// that the round passes with no fact of the kind what ("attack",
// "privacy"); it returns the path.
func bestPathPasses(t *testing.T, sc *scenarios.Scenario, what, label string) []string {
	t.Helper()
	best, err := Run(sc, Options{Seed: 2}, Best{})
	if err != nil {
		t.Fatal(err)
	}
	rep := best.Report()
	if g, _ := strconv.ParseFloat(rep.Grade, 64); g < 5.5 {
		t.Fatalf("%s: the best path grades %.1f, not a pass", label, g)
	}
	for _, f := range rep.Facts {
		if f.What == what {
			t.Errorf("%s: the best path has a %s fact: %+v", label, what, f)
		}
	}
	return rep.Path
}

// typedReplyFailsTheRound plays the best choices with text typed at the
// decision instead, and checks that the mark is at most attackCapGrade and
// that a fact of the kind what names that reply and what it cost.
func typedReplyFailsTheRound(t *testing.T, sc *scenarios.Scenario, decision, text, what, label string) {
	t.Helper()
	s, err := Run(sc, Options{Seed: 2}, attackAt{decision: decision, text: text})
	if err != nil && !errors.Is(err, errStop) {
		t.Fatal(err)
	}
	rep := s.Report()
	if g, _ := strconv.ParseFloat(rep.Grade, 64); g > attackCapGrade {
		t.Errorf("%s: the reply at %q (%s) grades %s", label, decision, what, rep.Grade)
	}
	found := false
	for _, f := range rep.Facts {
		found = found || (f.What == what && f.Decision == decision && f.Quote != "" && f.Points < 0)
	}
	if !found {
		t.Errorf("%s: no %s fact for the reply at %q: %+v", label, what, decision, rep.Facts)
	}
}

// Removing the customer's comment in public fails the round as an attack
// does, and the debrief names it for what it is: "you attacked in public"
// beside "We've removed your comment here" taught the wrong rule (playtest
// 19, R15). The report's fact is a threat, not an attack.
func TestSilencingTheCustomerFailsTheRoundAsAThreat(t *testing.T) {
	removal := map[string]string{
		"nl": "Hoi Marieke, wat vervelend van je bank! We hebben je reactie hier weggehaald omdat dit onze actiepost is, maar we helpen je graag verder. Stuur je ordernummer via een privébericht? - Joyce",
		"en": "Hi Marieke, how annoying about your sofa! We've removed your comment here because this is our promotion post, but we're happy to help. Could you send your order number in a private message? - Joyce",
	}
	for _, lang := range []string{"nl", "en"} {
		sc, ok := scenarios.BuiltinForPlay().Find("facebook-verwijderen", lang)
		if !ok {
			t.Fatal("facebook-verwijderen missing")
		}
		path := bestPathPasses(t, sc, "threat", lang)
		typedReplyFailsTheRound(t, sc, path[0], removal[lang], "threat", lang)
	}
}

// A public reply that does almost nothing right fails the round, however
// good the replies after it: in HEMA's case "the guard acted according to
// protocol… sorry you felt that way" (2/100), followed a day later by the
// model apology, graded 6.2, a pass (playtest 20, P20-3, HIGH). The
// report says which reply; the best path passes without such a fact.
func TestAReplyThatDoesAlmostNothingRightFailsTheRound(t *testing.T) {
	defensive := map[string]string{
		"nl": "Hoi Naomi, ons beveiligingspersoneel is getraind om de procedure te volgen en de bewaker handelde volgens protocol. Drugsgebruik in paskamers is een echt probleem voor onze winkels, dus ze moeten alert zijn. Sorry dat je het zo hebt ervaren. Wil je een klacht indienen, gebruik dan het formulier op onze website. - Marloes",
		"en": "Hi Naomi, our security staff are trained to follow procedure and the guard acted according to protocol. Drug use in fitting rooms is a real problem for our stores, so they have to be alert. We're sorry you felt that way. If you want to file a complaint, please use the form on our website. - Marloes",
	}
	for _, lang := range []string{"nl", "en"} {
		sc, ok := scenarios.BuiltinForPlay().Find("hema-insuline", lang)
		if !ok {
			t.Fatal("hema-insuline missing")
		}
		path := bestPathPasses(t, sc, "critical", lang)
		typedReplyFailsTheRound(t, sc, path[0], defensive[lang], "critical", lang)
	}
}

// The debrief quotes a reply that did almost nothing right by the sentence
// that cost it most, not by its warm opening: "Hi Naomi, that sounds awful
// and we're sorry you felt humiliated." was quoted for a reply whose harm
// was hiding behind the guards' procedures.
func TestAFailingReplyIsQuotedByWhatDidTheHarm(t *testing.T) {
	replies := map[string][2]string{
		"en": {"Hi Naomi, that sounds awful and we're sorry you felt humiliated. Our security staff follow strict procedures to keep everyone safe, and we have started an internal investigation. We'll get back to you once it's finished. - Marloes",
			"Our security staff follow strict procedures"},
		"nl": {"Hoi Naomi, wat vreselijk, en het spijt ons dat je je vernederd voelde. Ons beveiligingspersoneel volgt strikte procedures om iedereen veilig te houden, en we zijn een intern onderzoek gestart. We komen bij je terug zodra het klaar is. - Marloes",
			"Ons beveiligingspersoneel volgt strikte procedures"},
	}
	for lang, c := range replies {
		sc, ok := scenarios.BuiltinForPlay().Find("hema-insuline", lang)
		if !ok {
			t.Fatal("hema-insuline missing")
		}
		path := bestPathPasses(t, sc, "critical", lang)
		s, err := Run(sc, Options{Seed: 2}, attackAt{decision: path[0], text: c[0]})
		if err != nil && !errors.Is(err, errStop) {
			t.Fatal(err)
		}
		quoted := ""
		for _, f := range s.Report().Facts {
			if f.What == "critical" {
				quoted = f.Quote
			}
		}
		if !strings.HasPrefix(quoted, c[1]) {
			t.Errorf("%s: the failing reply is quoted as %q, want the sentence %q…", lang, quoted, c[1])
		}
	}
}
