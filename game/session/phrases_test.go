package session

import (
	"slices"
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
)

// What a bystander quotes of a reply is something it said: not its
// signature, and not a clause too short to stand on its own.
func TestBystandersQuoteWhatTheReplySaid(t *testing.T) {
	sc, ok := scenarios.Builtin().Find("servicepolitie", "nl")
	if !ok {
		t.Fatal("servicepolitie (nl) missing")
	}
	s, err := New(sc, Options{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	text := "Anouk heeft gelijk: vijftig minuten wachten is niet wat wij willen. Het water hadden we niet mogen rekenen. We nodigen haar graag opnieuw uit, als onze gast. – Joost, eigenaar"
	got := replyPhrases(text, s.Analyze(text), "", "")
	if !slices.Contains(got, "Het water hadden we niet mogen rekenen.") {
		t.Errorf("a whole sentence of the reply is not quoted: %q", got)
	}
	for _, p := range got {
		if strings.Contains(p, "Joost") || p == "als onze gast." {
			t.Errorf("bystanders would quote %q, which the reply did not say as a message (all: %q)", p, got)
		}
	}
}

// A web address or a number is no sentence end: bystanders quoted "Please
// fill it in at sanoma." and "nl/contact and we will get back to you…",
// and "“nl, order today!” Is that it?" (playtest 14/15, P14-8). Every
// quote of a reply with an address, in both languages, holds the whole
// address or none of it.
func TestQuotesKeepWebAddressesWhole(t *testing.T) {
	replies := map[string][]string{
		"en": {
			"@dorien_deboef We can only handle subscription questions through our contact form, that is our policy. Please fill it in at sanoma.nl/contact and we will get back to you within 5 working days.",
			"@kevinvdl Try our Pepperoni Passion! Now 2 for 1 with code PIZZA2 at dominos.nl, order today! ^Mark",
		},
		"nl": {
			"@dorien_deboef Abonnementsvragen behandelen we alleen via ons contactformulier, zo is ons beleid. Vul het in op sanoma.nl/contact, dan hoor je binnen 5 werkdagen van ons.",
			"@kevinvdl Probeer onze Pepperoni Passion! Nu 2 halen 1 betalen met code PIZZA2 op dominos.nl, bestel vandaag nog! ^Mark",
		},
	}
	for lang, texts := range replies {
		sc := builtin(t, "sanoma-juf", lang)
		s, err := New(sc, Options{Seed: 1})
		if err != nil {
			t.Fatal(err)
		}
		for _, text := range texts {
			a := s.Analyze(text)
			quote, worst := replyWords(text, a)
			quotes := append([]string{replyQuote(text), quote, worst}, replyPhrases(text, a, quote, worst)...)
			for _, f := range a.Features {
				quotes = append(quotes, sentenceAround(text, f))
			}
			for _, q := range quotes {
				if strings.HasPrefix(q, "nl") {
					t.Errorf("%s: a bystander quotes %q, the tail of a web address", lang, q)
				}
				for _, address := range []string{"sanoma.nl/contact", "dominos.nl"} {
					site, _, _ := strings.Cut(address, ".")
					if strings.Contains(q, site) && !strings.Contains(q, address) {
						t.Errorf("%s: a bystander quotes %q, a piece of %q", lang, q, address)
					}
				}
			}
		}
	}
}

// Each phrase a bystander may quote carries what the rubric found in it,
// in both languages: the sentence that deflects is bad, the step good, so
// a bystander who praises the reply quotes the step and not the
// deflection (crowd.Stimulus.PhraseTones).
func TestPhrasesCarryWhatTheRubricFoundInThem(t *testing.T) {
	replies := map[string][3]string{
		"en": {"@usurpia Sorry, I understand how annoying this is! I'll have our network team check the mast near Fijnaart today and keep you posted. For coverage questions, see our website. ^Jacob",
			"I'll have our network team check the mast near Fijnaart today and keep you posted.", "For coverage questions, see our website."},
		"nl": {"@usurpia Sorry voor de overlast, ik snap hoe vervelend dit is! Ik laat ons netwerkteam vandaag de mast bij Fijnaart checken en houd je op de hoogte. Voor vragen over dekking kun je op onze website kijken. ^Jacob",
			"Ik laat ons netwerkteam vandaag de mast bij Fijnaart checken en houd je op de hoogte.", "Voor vragen over dekking kun je op onze website kijken."},
	}
	for lang, r := range replies {
		sc, _ := scenarios.Builtin().Find("tmobile-fransbauer", lang)
		s, err := New(sc, Options{Seed: 1})
		if err != nil {
			t.Fatal(err)
		}
		a := s.Analyze(r[0])
		phrases := replyPhrases(r[0], a, "", "")
		tones := phraseTones(phrases, a)
		tone := map[string]int{}
		for i, p := range phrases {
			tone[p] = tones[i]
		}
		// a phrase longer than a quote is cut with an ellipsis
		toneOf := func(sentence string) int {
			for p, tn := range tone {
				if strings.HasPrefix(sentence, strings.TrimSuffix(p, "…")) {
					return tn
				}
			}
			t.Fatalf("%s: %q is not among the phrases %q", lang, sentence, phrases)
			return 0
		}
		good, bad := toneOf(r[1]), toneOf(r[2])
		if good != 1 || bad != -1 {
			t.Errorf("%s: the step's tone %d (want 1), the deflection's %d (want -1); phrases %q, tones %v", lang, good, bad, phrases, tones)
		}
	}
}
