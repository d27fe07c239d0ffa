package session

import (
	"regexp"
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
)

// offersACall are typed replies that move the conversation private by
// offering a call, and ask for no DM or message.
var offersACall = map[string][]string{
	"nl": {
		"@{handle} Sorry {name}, wat vervelend. Mag ik je nu bellen? Dan regelen we het samen. ^Eva",
		"@{handle} Dat is echt balen, {name}. Ik bel je vandaag nog om het op te lossen. ^Eva",
	},
	"en": {
		"@{handle} Sorry {name}, how annoying. May I call you now? Then we'll sort it out together. ^Eva",
		"@{handle} That's really rotten, {name}. I'll call you today to sort it out. ^Eva",
	},
}

// saysADM matches a follow-up that takes for granted that the reply asked
// for a direct message: the customer sends one, or answers "in your DM".
var saysADM = regexp.MustCompile(`(?i)\bdms?\b|\bdm's\b|direct message|private message|privébericht|` +
	`sending you a message|send you a message|stuur (je|jullie) een bericht`)

// A follow-up written for the DM path never shows after a reply that
// offered a call and asked for no DM. In every case and language, at every
// decision the walk reaches by choices, actions and silence, a typed reply
// that offers a call opens a next decision whose prompt and customer posts,
// as the trainee reads them, say nothing of a DM. Polisvast's customer
// answered a call offer with "Ik moet een DM sturen zodat niemand ziet hoe
// jullie klanten behandelen?" (playtest 15, P15-3), as Zitcomfort's did
// with "OK. Sending you a message." before (lead, 02:50).
func TestACallOfferIsNotAnsweredAsADMRequest(t *testing.T) {
	tried := 0
	for _, sc := range scenarios.Builtin().Scenarios {
		eachDecisionFirstReached(t, sc, func(_ *Session, moves []move, d *scenarios.Decision) {
			if d.AllowFreeText && !d.PrivateReply {
				tried += checkCallOffers(t, sc, moves, d.ID)
			}
		})
	}
	if tried < 50 {
		t.Fatalf("only %d call offers reached a next decision", tried)
	}
}

// nextOf is where a choice, an action or silence at d leads.
func nextOf(d *scenarios.Decision, m move) string {
	switch {
	case m.choice > 0:
		return d.Choices[m.choice-1].Next
	case m.silence:
		return d.OnTimeout
	}
	for _, a := range d.Actions {
		if a.Kind == m.action {
			return a.Next
		}
	}
	return ""
}

// checkCallOffers types each call offer at decision id after moves and
// reads the next decision; it returns how many reached one.
func checkCallOffers(t *testing.T, sc *scenarios.Scenario, moves []move, id string) int {
	t.Helper()
	n := 0
	for _, tmpl := range offersACall[sc.Language] {
		text := strings.NewReplacer("{handle}", sc.Customer.Handle, "{name}", firstName(sc.Customer.Name)).Replace(tmpl)
		s := replay(t, sc, moves)
		if err := apply(t, s, s.Decision(), move{text: text}); err != nil {
			t.Fatalf("%s at %s: %v", sc.Key(), id, err)
		}
		openNext(t, s)
		next := s.Decision()
		if next == nil {
			continue
		}
		n++
		texts := []string{next.Prompt}
		for _, f := range s.Feed() {
			if f.By == "customer" && f.Minute > s.entered-0.001 {
				texts = append(texts, f.Text)
			}
		}
		for _, tx := range texts {
			if m := saysADM.FindString(tx); m != "" {
				t.Errorf("%s: after %q at %s, %s says %q: %q", sc.Key(), text, id, next.ID, m, tx)
			}
		}
	}
	return n
}
