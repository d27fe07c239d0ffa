package session

import (
	"strconv"
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
	"github.com/webcaresim/webcaresim/scoring"
)

// hollowReplies, wallReplies and blameReplies are what a trainee who has
// learnt the rubric's words rather than the job might type at every
// decision: sympathy with nothing behind it, sympathy followed by a
// refusal, and sympathy wrapped around a correction of the customer. Each
// kind comes in several wordings, so the test is about the kind of reply,
// not one sentence; {name} is the customer's first name.
var judgedReplies = map[string]map[string][]string{
	"hollow": {
		"nl": {
			"Wat ontzettend vervelend, {name}! Ik snap je frustratie heel goed en het spijt ons echt enorm. We leven met je mee. Heel erg sorry!",
			"Oei {name}, wat naar om te lezen. Sorry! Ik begrijp hoe vervelend dit voor je is en vind het echt heel jammer.",
			"Sorry sorry {name}, echt balen dit. We snappen je teleurstelling helemaal. Excuses!",
		},
		"en": {
			"Oh no, I'm so sorry {name}! That's awful, I completely understand your frustration. We're really sorry and we hear you.",
			"So sorry to hear this, {name}. That must be really frustrating and we totally understand. Apologies again!",
			"We hear you, {name}, and we're so sorry. How disappointing. We completely understand how you feel.",
		},
	},
	"wall": {
		"nl": {
			"Wat vervelend, {name}, dat begrijp ik. Helaas kunnen we hier niets aan doen, zo is het beleid.",
			"Sorry {name}, ik snap je frustratie. Helaas is dit niet mogelijk. Regels zijn regels.",
			"Vervelend om te horen, {name}. Helaas kunnen wij daar via social media niets mee. We nemen het mee.",
		},
		"en": {
			"I'm sorry, {name}, I understand how frustrating this is. Unfortunately there's nothing we can do, that's just how it works.",
			"So sorry to hear that, {name}. Unfortunately we're unable to help with this. Rules are rules, I'm afraid.",
			"We hear you, {name}. Unfortunately this is not possible. We'll take your feedback on board.",
		},
	},
	"blame": {
		"nl": {
			"Wat vervelend, {name}! Goed om te weten: dit staat ook gewoon op onze website 😊 Volgende keer even goed kijken!",
			"Sorry {name}! Volgens ons systeem is alles correct verlopen, dus misschien is er bij jou iets misgegaan?",
			"Balen, {name}! Tip voor de volgende keer: controleer vooraf altijd even de voorwaarden, dan voorkom je dit.",
		},
		"en": {
			"Sorry to hear that, {name}! Just so you know, this is all on our website, so it's worth double-checking first next time 😊",
			"Oh no, {name}! According to our records everything went as it should, so maybe something went wrong on your end?",
			"That's frustrating, {name}! For future reference, always check the terms first so this doesn't happen again.",
		},
	},
}

// TestHollowWallAndBlameRepliesNeverWin plays the Sanoma, HEMA and
// university cases typing a hollow, a wall or a hidden-blame reply at every
// decision: none of them may reach a good ending or a passing grade (5.5).
// Before the rubric judged what a reply does, sympathy words followed by a
// correction reached Sanoma's good ending.
func TestHollowWallAndBlameRepliesNeverWin(t *testing.T) {
	for _, id := range []string{"sanoma-juf", "hema-insuline", "universiteit-kut"} {
		for _, lang := range []string{"nl", "en"} {
			sc, ok := scenarios.Builtin().Find(id, lang)
			if !ok {
				t.Fatalf("%s (%s) missing", id, lang)
			}
			for kind, byLang := range judgedReplies {
				for k, text := range byLang[lang] {
					name := id + "." + lang + "/" + kind + "-" + strconv.Itoa(k+1)
					t.Run(name, func(t *testing.T) {
						t.Parallel()
						s := playEvery(t, sc, strings.ReplaceAll(text, "{name}", firstName(sc.Customer.Name)))
						r := s.Report()
						grade, _ := strconv.ParseFloat(r.Grade, 64)
						if s.Ending().Kind == "good" || grade >= 5.5 {
							t.Errorf("%s replies reach %q (%s) with grade %s (overall %.1f): want no good ending and a failing grade",
								kind, s.Ending().ID, s.Ending().Kind, r.Grade, r.Scores.Overall)
						}
					})
				}
			}
		}
	}
}

// playEvery publishes text at every decision as soon as it opens, until the
// round ends.
func playEvery(t *testing.T, sc *scenarios.Scenario, text string) *Session {
	t.Helper()
	s, err := New(sc, Options{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	for steps := 0; s.Ending() == nil; steps++ {
		if steps > 50 {
			t.Fatal("no ending after 50 decisions")
		}
		openNext(t, s)
		if s.Decision() == nil {
			break
		}
		s.AdvanceTo(s.OpenedAt() + 2)
		if s.Decision() == nil {
			continue // silence took over first
		}
		if err := s.Publish(text); err != nil {
			t.Fatalf("decision %q: %v", s.Decision().ID, err)
		}
	}
	s.Finish()
	return s
}

func firstName(full string) string {
	if i := strings.IndexByte(full, ' '); i > 0 {
		return full[:i]
	}
	return full
}

// The seeds record two misreadings: Sanoma read "al gebeld" as "veel
// gebeld", HEMA's guards took insulin for drugs. A written reply that
// repeats one is marked with the fact it gets wrong, in the round's
// language; the best replies are not.
func TestMisreadingsNameTheFactTheyGetWrong(t *testing.T) {
	for _, c := range []struct {
		id, lang, decision, fact string
		choice                   int
	}{
		{"sanoma-juf", "nl", "terechtwijzing", "al gebeld", 4},
		{"sanoma-juf", "en", "terechtwijzing", "already called", 4},
		{"hema-insuline", "nl", "onderzoek", "insuline", 3},
		{"hema-insuline", "en", "onderzoek", "insulin", 3},
	} {
		sc, ok := scenarios.Builtin().Find(c.id, c.lang)
		if !ok {
			t.Fatalf("%s (%s) missing", c.id, c.lang)
		}
		var d *scenarios.Decision
		for i := range sc.Decisions {
			if sc.Decisions[i].ID == c.decision {
				d = &sc.Decisions[i]
			}
		}
		if d == nil {
			t.Fatalf("%s: no decision %q", c.id, c.decision)
		}
		s, err := New(sc, Options{Seed: 1})
		if err != nil {
			t.Fatal(err)
		}
		s.current = d // the decision's context, without playing up to it
		bad := s.Analyze(d.Choices[c.choice-1].Text)
		note := ""
		for _, f := range bad.Features {
			if f.ID == "misreading" {
				note = f.Note
			}
		}
		if !strings.Contains(note, c.fact) {
			t.Errorf("%s.%s %s choice %d: want a misreading naming %q, got note %q in %v",
				c.id, c.lang, c.decision, c.choice, c.fact, note, bad.Features)
		}
		best, bestScore := 0, -1.0
		for i, ch := range d.Choices {
			if o := scoring.Overall(s.Analyze(ch.Text)); o > bestScore {
				best, bestScore = i, o
			}
		}
		if best == c.choice-1 || s.Analyze(d.Choices[best].Text).Has("misreading") {
			t.Errorf("%s.%s %s: the best written reply is choice %d (%q), want one that reads the case right",
				c.id, c.lang, c.decision, best+1, d.Choices[best].Text)
		}
	}
}

// The privacy case's point is a true fact that must stay private: the
// insurer's reply that names Marco's arrears in public is marked as a
// disclosure of private details, with the case's fact, in both languages,
// and not as "you misread the case"; the question "avoids harm?" says no.
func TestPrivacyBreachIsNamedAsADisclosure(t *testing.T) {
	for _, c := range []struct{ lang, fact, label string }{
		{"nl", "privé", "privégegevens"},
		{"en", "private", "private details"},
	} {
		sc, ok := scenarios.Builtin().Find("wanbetaler-privacy", c.lang)
		if !ok {
			t.Fatalf("wanbetaler-privacy (%s) missing", c.lang)
		}
		s, err := New(sc, Options{Seed: 1})
		if err != nil {
			t.Fatal(err)
		}
		s.current = &sc.Decisions[0]
		a := s.Analyze(sc.Decisions[0].Choices[0].Text)
		if a.Has("misreading") {
			t.Errorf("%s: the arrears named in public read as a misreading: %v", c.lang, a.Features)
		}
		var found *scoring.Feature
		for i := range a.Features {
			if a.Features[i].ID == "private_disclosure" {
				found = &a.Features[i]
			}
		}
		if found == nil || !strings.Contains(found.Note, c.fact) || !strings.Contains(found.Label, c.label) {
			t.Fatalf("%s: want a private_disclosure naming %q and %q, got %v", c.lang, c.label, c.fact, a.Features)
		}
		for _, q := range scoring.Default().Questions(a) {
			if q.ID == "no_harm" && q.Answer != "no" {
				t.Errorf("%s: 'avoids harm?' answers %q for a public disclosure", c.lang, q.Answer)
			}
		}
		if best := s.Analyze(sc.Decisions[0].Choices[1].Text); best.Has("private_disclosure") {
			t.Errorf("%s: the historical reply, which keeps it private, is marked as a disclosure", c.lang)
		}
	}
}

// In the lawyer's-letter case Peter is satisfied once the fitter came and
// raises his review himself: a warm thank-you there is judged as one, not
// as a complaint left without a step or an apology, in both languages.
func TestSatisfiedCustomerIsNoComplaint(t *testing.T) {
	for _, lang := range []string{"nl", "en"} {
		sc, ok := scenarios.Builtin().Find("advocatenbrief", lang)
		if !ok {
			t.Fatalf("advocatenbrief (%s) missing", lang)
		}
		for i := range sc.Decisions {
			d := &sc.Decisions[i]
			if d.ID != "bezoek" && d.ID != "update" {
				continue
			}
			s, err := New(sc, Options{Seed: 1})
			if err != nil {
				t.Fatal(err)
			}
			s.current = d
			a := s.Analyze(d.Choices[0].Text)
			if a.Has("no_way_forward") || a.Has("hollow_sympathy") {
				t.Errorf("%s %s: the thank-you is judged as an unanswered complaint: %v", lang, d.ID, a.Features)
			}
			for _, m := range a.Missing {
				if m.ID == "apology" {
					t.Errorf("%s %s: an apology is asked of a thank-you to a satisfied customer", lang, d.ID)
				}
			}
		}
	}
}

// HEMA's historical discount post, offered at the decisions after the
// row, is judged alike in Dutch and English: where one language reads it
// as a template that fits any post, so does the other, and the scores
// differ by no more than the translation parity allows.
func TestHemaDiscountPostIsJudgedAlikeInBothLanguages(t *testing.T) {
	nl, _ := scenarios.Builtin().Find("hema-insuline", "nl")
	en, _ := scenarios.Builtin().Find("hema-insuline", "en")
	if nl == nil || en == nil || len(nl.Decisions) != len(en.Decisions) {
		t.Fatal("hema-insuline missing or its two languages differ in decisions")
	}
	judge := func(sc *scenarios.Scenario, d, c int) scoring.Analysis {
		s, err := New(sc, Options{Seed: 1})
		if err != nil {
			t.Fatal(err)
		}
		s.current = &sc.Decisions[d]
		return s.Analyze(sc.Decisions[d].Choices[c].Text)
	}
	promos := 0
	for d := range nl.Decisions {
		for c, ch := range nl.Decisions[d].Choices {
			if !strings.Contains(ch.Text, "korting") {
				continue
			}
			promos++
			a, b := judge(nl, d, c), judge(en, d, c)
			if a.Has("canned") != b.Has("canned") {
				t.Errorf("%s: %q canned %v, %q canned %v", nl.Decisions[d].ID, ch.Text, a.Has("canned"), en.Decisions[d].Choices[c].Text, b.Has("canned"))
			}
			if diff := scoring.Overall(a) - scoring.Overall(b); diff > 10 || diff < -10 {
				t.Errorf("%s: the discount post scores %.0f in Dutch and %.0f in English", nl.Decisions[d].ID, scoring.Overall(a), scoring.Overall(b))
			}
		}
	}
	if promos == 0 {
		t.Fatal("no discount post among HEMA's choices: the test reads nothing")
	}
}

// In HEMA's case a reply that sides with the guards, by their duty or by
// the drugs they took Naomi's insulin for, states the misreading, however
// warm the words around it; a reply that names the mistake as a mistake
// does not. Several wordings in each language: the test is about siding
// with the guards, not one sentence.
func TestHemaSidingWithTheGuardsIsAMisreading(t *testing.T) {
	cases := map[string]struct{ sides, owns []string }{
		"nl": {
			sides: []string{
				"Wat naar, Naomi. Onze beveiligers moeten nu eenmaal ingrijpen als ze drugsgebruik zien, maar we snappen dat het vervelend was.",
				"Sorry Naomi. Onze beveiliging moet optreden bij vermoeden van drugs in de winkel. Stuur ons een DM?",
				"Vervelend Naomi! Als medewerkers drugs zien, moeten ze handelen. We nemen contact op.",
			},
			owns: []string{
				"Naomi, het spijt ons enorm. Onze beveiliger zag je insuline aan voor drugs, en dat had nooit mogen gebeuren.",
				"Sorry Naomi: je spoot insuline, je deed niets verkeerd. We bellen je vandaag.",
			},
		},
		"en": {
			sides: []string{
				"So sorry, Naomi. Our guards have to step in when they see someone using drugs, but we understand it was upsetting.",
				"Sorry Naomi. Security must intervene when drug use is suspected in the store. Could you DM us?",
				"That's awful, Naomi! When staff see drug use they have to act. We'll be in touch.",
			},
			owns: []string{
				"Naomi, we are so sorry. Our guard took your insulin for drugs, and that should never have happened.",
				"Sorry Naomi: you were injecting insulin and did nothing wrong. We'll call you today.",
			},
		},
	}
	for lang, c := range cases {
		sc, _ := scenarios.Builtin().Find("hema-insuline", lang)
		s, err := New(sc, Options{Seed: 1})
		if err != nil {
			t.Fatal(err)
		}
		s.current = &sc.Decisions[0]
		for _, r := range c.sides {
			if !s.Analyze(r).Has("misreading") {
				t.Errorf("%s: %q sides with the guards but is no misreading", lang, r)
			}
		}
		for _, r := range c.owns {
			if s.Analyze(r).Has("misreading") {
				t.Errorf("%s: %q owns the mistake but reads as a misreading", lang, r)
			}
		}
	}
}
