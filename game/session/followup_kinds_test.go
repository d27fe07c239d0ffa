package session

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
	"github.com/webcaresim/webcaresim/scoring"
	"github.com/webcaresim/webcaresim/scoring/scenariorubric"
)

// typedKinds are replies of every kind a trainee types, in each language,
// written for no case in particular. A reply's kind decides what its
// follow-up may take for granted. A sorry in the other language is judged
// as a sorry: nobody may call it rude. {name} is the customer's name; {other} a
// name that is not theirs.
var typedKinds = map[string][]struct{ kind, text string }{
	"nl": {
		{"off-topic", "Wat vervelend dat u zo lang op uw pakket wacht. Ik zoek nu uit waar uw bestelling blijft en stuur u binnen een uur een DM."},
		{"off-topic", "Vervelend dat uw verwarming het niet doet! Morgen komt er een monteur langs voor de ketel en de meter."},
		{"off-topic", "Vervelend dat uw trein zo veel vertraging had op het station. We zoeken uit wat er met de intercity misging."},
		{"wrong name", "Hoi {other}, wat vervelend, sorry! Ik zoek het direct voor je uit en stuur je binnen een uur een DM. ^Lotte"},
		{"sarcastic", "Tja {name}, misschien had je gewoon beter moeten opletten 🙄"},
		{"evasive", "Wij kunnen hier helaas niet op reageren."},
		{"apologetic", "Sorry {name}, dat had niet mogen gebeuren. Ik zoek het nu voor je uit en stuur je vandaag nog een DM. ^Lotte"},
		{"other language", "Sorry {name}, that should not have happened. I'm looking into it now and will DM you today. ^Lotte"},
		{"threat", "Nog één zo'n bericht, {name}, en je wordt geblokkeerd."},
	},
	"en": {
		{"off-topic", "So sorry your parcel is taking so long. I'm checking where your order is right now and will DM you within the hour."},
		{"off-topic", "Sorry your heating isn't working! An engineer will come by tomorrow to look at the boiler and the meter."},
		{"off-topic", "Sorry your train was so late at the station. We're finding out what went wrong with the intercity."},
		{"wrong name", "Hi {other}, how annoying, sorry! I'm looking into it right now and will DM you within the hour. ^Lotte"},
		{"sarcastic", "Well {name}, maybe you should just have paid more attention 🙄"},
		{"evasive", "Unfortunately we cannot respond to this."},
		{"apologetic", "Sorry {name}, that should not have happened. I'm looking into it now and will DM you today. ^Lotte"},
		{"other language", "Sorry {name}, dat had niet mogen gebeuren. Ik zoek het nu voor je uit en stuur je vandaag nog een DM. ^Lotte"},
		{"threat", "One more message like that, {name}, and we will block you."},
	},
}

// warmWords are what a customer says when a reply won them over.
var warmWords = []string{"bedankt", "dank je", "dank jullie", "netjes", "waardeer", "petje af", "top,", "zo kan het",
	"thank", "thanks", "appreciate", "fair enough", "that's decent", "hats off", "that's how it's done"}

// In every case and language, at the first decision: a reply written for
// another post or to another name, a sarcastic and an evasive reply never
// take a route that asks for a good reply (its follow-up presumes the reply
// took up the customer's problem), and the customer does not thank them; an
// apologetic reply never takes a route meant for rude replies. The Sanoma
// reply about a textbook order used to get "Oké, dat is netjes. Ik stuur je
// een DM."
func TestTypedRepliesOfEveryKindGetFollowUpsThatFitInEveryCase(t *testing.T) {
	rubric := scoring.Default()
	rewards := func(id string) bool { p, _ := rubric.Points(id); return p > 0 }
	cases := 0
	for _, sc := range scenarios.Builtin().Scenarios {
		cases++
		offTopicSeen := false
		for _, k := range typedKinds[sc.Language] {
			text := strings.ReplaceAll(k.text, "{name}", firstName(sc.Customer.Name))
			text = strings.ReplaceAll(text, "{other}", otherName(sc.Customer.Name))
			s, err := New(sc, Options{Seed: 1})
			if err != nil {
				t.Fatal(err)
			}
			openNext(t, s)
			d := s.Decision()
			if d == nil || !d.AllowFreeText {
				break
			}
			a := s.Analyze(text)
			switch k.kind {
			case "off-topic":
				offTopicSeen = offTopicSeen || a.Has("off_topic")
				if !a.Has("off_topic") {
					continue // names a thing of this case's own kind
				}
			case "wrong name":
				if !a.Has("wrong_name") {
					t.Errorf("%s: %q is not read as a wrong name for %s", sc.Key(), text, sc.Customer.Name)
				}
			}
			route := takenRoute(d, a)
			if route == nil {
				t.Fatalf("%s: no route for %q", sc.Key(), text)
			}
			good, rude := routeKind(route.When, rewards)
			if k.kind == "apologetic" || k.kind == "other language" {
				if err := s.Publish(text); err != nil {
					t.Fatal(err)
				}
				openNext(t, s)
				if customerSaysName(s, firstName(sc.Customer.Name)) {
					t.Errorf("%s: the customer corrects their own name after %q", sc.Key(), text)
				}
				// To a compliment an apology is misplaced (Domino's), and
				// the route for it is meant; so is the route for a reply
				// in the wrong language (T-Mobile's 'taal').
				if rude && sc.Customer.Mood < 0 && !(k.kind == "other language" && slices.Contains(route.When.Has, "wrong_language")) {
					t.Errorf("%s: the apologetic reply %q takes the route for rude replies to %q", sc.Key(), text, route.Next)
				}
				continue
			}
			if good {
				t.Errorf("%s: the %s reply %q takes a route for good replies to %q", sc.Key(), k.kind, text, route.Next)
			}
			toCustomer := s.Answering() == nil || s.Answering().By == "customer"
			if err := s.Publish(text); err != nil {
				t.Fatal(err)
			}
			openNext(t, s)
			if k.kind == "wrong name" && toCustomer && !customerSaysName(s, firstName(sc.Customer.Name)) {
				t.Errorf("%s: the customer does not correct the wrong name in %q", sc.Key(), text)
			}
			for _, f := range s.Feed() {
				if f.Minute <= s.Replies()[0].Minute || f.By != "customer" {
					continue
				}
				low := strings.ToLower(f.Text)
				for _, w := range warmWords {
					if strings.Contains(low, w) {
						t.Errorf("%s: the customer answers the %s reply %q warmly: %q", sc.Key(), k.kind, text, f.Text)
						break
					}
				}
			}
		}
		if !offTopicSeen {
			t.Errorf("%s: no off-topic reply is read as off topic", sc.Key())
		}
	}
	if cases < 20 {
		t.Fatalf("only %d cases played", cases)
	}
}

// routeKind says whether condition c asks for a good reply (a threshold to
// reach, a rewarded feature) or for a rude one (only unrewarded features).
func routeKind(c scenarios.Condition, rewards func(string) bool) (good, rude bool) {
	if c.EmpathyAtLeast != nil || c.DeescalationAtLeast != nil {
		return true, false
	}
	for _, id := range c.Has {
		if rewards(id) {
			return true, false
		}
	}
	if len(c.HasAny) == 0 {
		return false, len(c.Has) > 0 || c.DeescalationBelow != nil
	}
	allGood, allBad := true, true
	for _, id := range c.HasAny {
		allGood = allGood && rewards(id)
		allBad = allBad && !rewards(id)
	}
	return allGood, allBad
}

// otherName is a common first name that is not the customer's.
func otherName(name string) string {
	for _, n := range []string{"Sarah", "Kees", "Mark"} {
		if !strings.Contains(strings.ToLower(name), strings.ToLower(n)) {
			return n
		}
	}
	return "Piet"
}

// customerSaysName reports whether the customer, after the first reply,
// posted their own first name: the correction of a wrong name.
func customerSaysName(s *Session, name string) bool {
	for _, f := range s.Feed() {
		if f.By == "customer" && f.Minute >= s.Replies()[0].Minute && strings.Contains(f.Text, " "+name+",") {
			return true
		}
	}
	return false
}

// replyKinds are typed replies of every kind, several per kind, for no case
// in particular: what their follow-up may take for granted is only what
// they did. {name} is the customer's first name.
var replyKinds = map[string][]struct{ kind, text string }{
	"nl": {
		{"bare apology", "Sorry {name}."},
		{"bare apology", "Excuses, {name}, dat was niet de bedoeling."},
		{"apology with a step", "Sorry {name}, dat had niet mogen gebeuren. Ik zoek het nu voor je uit en laat je vandaag nog weten hoe het zit. ^Lotte"},
		{"apology with a step", "Sorry {name}, dat is echt vervelend. Stuur je me je nummer via DM? Dan bel ik je vandaag nog. ^Lotte"},
		{"ownership with a step", "Dat had nooit mogen gebeuren, {name}, en dat ligt bij ons, niet bij jou. Ik zoek het nu voor je uit en laat je vandaag nog weten hoe het zit. ^Lotte"},
		{"evasive", "We kijken ernaar."},
		{"evasive", "Wij kunnen hier helaas niet op reageren."},
		{"sarcastic", "Tja {name}, misschien had je gewoon beter moeten opletten 🙄"},
		{"sarcastic", "Nou, gefeliciteerd {name}, wat een prestatie. Goed bezig 🙄"},
		{"off-topic", "Wat vervelend dat uw trein zo veel vertraging had op het station. We zoeken uit wat er met de intercity misging."},
		{"gushing closing", "Wat ontzettend vervelend allemaal, {name}, echt heel erg rot voor je! We leven enorm met je mee en het spijt ons echt enorm 😊 Fijn weekend!"},
	},
	"en": {
		{"bare apology", "Sorry {name}."},
		{"bare apology", "Apologies, {name}, that was not the idea."},
		{"apology with a step", "Sorry {name}, that should not have happened. I'm looking into it now and will let you know today where it stands. ^Lotte"},
		{"apology with a step", "Sorry {name}, that's really annoying. Could you DM me your number? Then I'll call you today. ^Lotte"},
		{"ownership with a step", "That should never have happened, {name}, and it's on us, not on you. I'm looking into it now and will let you know today where it stands. ^Lotte"},
		{"evasive", "We're looking into it."},
		{"evasive", "Unfortunately we cannot respond to this."},
		{"sarcastic", "Well {name}, maybe you should just have paid more attention 🙄"},
		{"sarcastic", "Well, congratulations {name}, what an achievement. Good job 🙄"},
		{"off-topic", "Sorry your train was so late at the station. We're finding out what went wrong with the intercity."},
		{"gushing closing", "How incredibly annoying, {name}, really so awful for you! We feel for you enormously and we are truly so very sorry 😊 Have a lovely weekend!"},
	},
}

// pathStates are the decisions the best and the historical paths of sc
// open, each with the moves that lead there, and the decisions one other
// written choice away from them that neither path opens (Sanoma's DM
// conversation, beside the best path's call).
func pathStates(t *testing.T, sc *scenarios.Scenario) []state {
	t.Helper()
	out := onPaths(t, sc)
	covered := map[string]bool{}
	for _, st := range out {
		covered[st.id] = true
	}
	for _, st := range slices.Clone(out) {
		d, _ := sc.Decision(st.id)
		for i, c := range d.Choices {
			if _, isDecision := sc.Decision(c.Next); isDecision && !covered[c.Next] {
				covered[c.Next] = true
				out = append(out, state{id: c.Next, through: append(slices.Clone(st.through), st.id),
					moves: append(slices.Clone(st.moves), move{choice: i + 1})})
			}
		}
	}
	return out
}

// onPaths are the decisions the best and the historical paths of sc open,
// each with the moves that lead there.
func onPaths(t *testing.T, sc *scenarios.Scenario) []state {
	t.Helper()
	var out []state
	seen := map[string]bool{}
	for _, historical := range []bool{false, true} {
		var moves []move
		var through []string
		for step := 0; step < 20; step++ {
			s := replay(t, sc, moves)
			d := s.Decision()
			if d == nil {
				break
			}
			if key := fmt.Sprint(moves); !seen[key] {
				seen[key] = true
				out = append(out, state{id: d.ID, through: slices.Clone(through), moves: slices.Clone(moves)})
			}
			m := move{choice: BestChoice(s, d) + 1}
			if historical {
				if i := HistoricalChoice(d); i >= 0 {
					m = move{choice: i + 1}
				} else {
					m = move{silence: true}
				}
			}
			moves = append(moves, m)
			through = append(through, d.ID)
		}
	}
	return out
}

// In every case and language, at every decision the best and the
// historical paths open, typed replies of every kind (a bare sorry, a sorry
// with a step, an evasive, a sarcastic, an off-topic reply and a gushing
// closing with nothing in it) reach follow-ups that take for granted only
// what the reply did: what the follow-up presumes (scenarios.PresumptionsAfter:
// a call, a visit, a parcel on its way, money back, a DM asked for, "you
// didn't read", mockery, an accepted apology) must be in the reply's
// analysis, and none may call it cold or businesslike, which no feature
// finds. "Excuses, Naomi, dat was niet de bedoeling." used to
// reach "De directeur klantenservice heeft Naomi gebeld", the same at
// Sanoma "Dorien stuurt haar nummer en je belt haar", and a gushing closing
// "je afsluiting was zakelijk".
func TestTypedRepliesOfEveryKindPresumeNothingAtEveryDecisionOfTheBestAndHistoricalPaths(t *testing.T) {
	scenariorubric.Plug()
	played := map[string]int{}
	for _, sc := range scenarios.Builtin().Scenarios {
		for _, st := range pathStates(t, sc) {
			d, _ := sc.Decision(st.id)
			if !d.AllowFreeText {
				continue
			}
			for _, k := range replyKinds[sc.Language] {
				text := strings.ReplaceAll(k.text, "{name}", firstName(sc.Customer.Name))
				s := replay(t, sc, st.moves)
				at := fmt.Sprintf("%s at %s: the %s reply %q", sc.Key(), st, k.kind, text)
				if err := apply(t, s, d, move{text: text}); err != nil {
					t.Fatalf("%s: %v", at, err)
				}
				r := s.Replies()[len(s.Replies())-1]
				openNext(t, s)
				for _, next := range slices.Compact([]string{r.Next, reached(s)}) {
					for _, p := range scenarios.PresumptionsAfter(sc, d.ID, next) {
						if why := unearned(p, r.Analysis); why != "" {
							t.Errorf("%s reaches %q, whose %s says %q: %s", at, next, p.Field, p.Cue, why)
						}
					}
				}
				played[k.kind]++
			}
		}
	}
	for _, k := range replyKinds["nl"] {
		if played[k.kind] < 100 {
			t.Errorf("only %d %s replies played", played[k.kind], k.kind)
		}
	}
}

// unearned says why reply a does not earn presumption p, or "".
func unearned(p scenarios.Presumption, a scoring.Analysis) string {
	switch {
	case len(p.Features) == 0:
		return "that presumes " + p.Unknown + ", which no feature of the rubric finds"
	case !slices.ContainsFunc(p.Features, a.Has):
		return fmt.Sprintf("that presumes one of %v, which the reply does not have", p.Features)
	}
	return ""
}
