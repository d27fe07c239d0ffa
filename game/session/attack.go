package session

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/webcaresim/webcaresim/scoring"
)

// attacks are the findings of a reply that attacks the person it answers
// in public: it insults or mocks them (sarcasm, ironic praise, a joke at
// a third party's expense or a laugh at the customer's own situation,
// mocks_customer). Blame, walls and templates cost a reply its points; an
// attack in public is what a webcare team's quality check fails a
// conversation for, however well the rest of it went, so it fails the
// round too.
var attacks = []string{"insult", "sarcasm", "ironic_praise", "humour_at_expense", "mocks_customer"}

// threats are the findings of a reply that threatens the customer or
// silences them in public (blocking, a lawyer, their comment removed).
// They fail the round as an attack does, and the debrief names them apart:
// "you attacked in public" beside a removed comment taught the wrong rule
// (playtest 19, R15).
var threats = []string{"threaten_customer", "legal_threat"}

// breaches are the findings of a reply that makes the customer's private
// details public (arrears, health, a number): a privacy breach a quality
// check fails as surely as an attack, and one no later reply can take
// back. A round with one ended a green 8.2 beside the ending "a privacy
// mistake you can't undo" (playtest 18, P18-9).
var breaches = []string{"private_disclosure"}

// dataRequests are the findings of a reply that asks the customer to post
// their private details in public ("put your order number and home address
// here in the comments"): a first-week mistake a quality check fails as
// it fails a leak, with its own line, since the brand made nothing public
// itself. The finding capped the reply's score but the round passed, and
// the debrief had no words for it (playtest 22, P22-11).
var dataRequests = []string{"public_data_request"}

// bans are the findings of a reply that shows the customer the door in
// public ("as a customer you're no longer welcome here"). The rubric names
// the act without points of its own, because a case may follow it (Liberty's
// COO did), but it is the act the historical wording fails the round for
// ("we don't need customers who treat my people like that" is found as an
// insult): said in the trainee's own words it fails the round as an attack
// too. It went 7.3 against 5.0 for the same act (playtest 21, P21-22).
var bans = []string{"ends_relationship"}

// failingKind is the kind of fact a finding fails the round with:
// "attack", "threat", "privacy", "data_request", or "" for one that does not.
func failingKind(id string) string {
	switch {
	case slices.Contains(attacks, id), slices.Contains(bans, id):
		return "attack"
	case slices.Contains(threats, id):
		return "threat"
	case slices.Contains(breaches, id):
		return "privacy"
	case slices.Contains(dataRequests, id):
		return "data_request"
	}
	return ""
}

// FailsRound reports whether the fact failed the round: a reply (an
// attack, a threat, a privacy breach, a request for private data in
// public, a reply that did almost nothing right) or a bad ending
// ("bad_ending", capForBadEnding): the kinds the debrief says in its own
// words, in every face alike.
func (f Fact) FailsRound() bool {
	switch f.What {
	case "attack", "threat", "privacy", "data_request", "critical", "bad_ending":
		return true
	}
	return false
}

// attackCapGrade is the mark a round with an attack in public gets at most:
// a clear fail on the Dutch school scale the debrief shows (5.5 passes).
const attackCapGrade = 5.0

// attackCap is the overall score that Grade turns into attackCapGrade.
var attackCap = (attackCapGrade - 1) / 9 * 100

// criticalOverall is the overall score below which a public reply fails
// the round by itself: a reply that says nothing scores about 40 (the
// rubric's baselines), so one under 10 has lost three quarters of that to
// denial, blame, walls and brush-offs together. A webcare team's quality
// check fails such a reply as it fails an attack, and a good reply later
// does not undo what the public read first: HEMA's "the guard acted
// according to protocol… sorry you felt that way" (2/100) followed a day
// later by the model apology graded 6.2, a pass (playtest 20, P20-3).
const criticalOverall = 10.0

// capForAttack caps the report's overall score when one of the round's
// public replies attacks the person it answers, breaches their privacy or
// does almost nothing right, and says so in a fact: which reply, the
// words, and what the cap took off.
func capForAttack(r *Report, replies []Reply) {
	for _, rep := range replies {
		kind, why, quote := failingReply(rep)
		if kind == "" {
			continue
		}
		if r.Scores.Overall <= attackCap {
			return
		}
		cut := attackCap - r.Scores.Overall
		r.Facts = append(r.Facts, Fact{Dimension: "overall", Points: math.Round(cut*10) / 10, What: kind,
			Detail: fmt.Sprintf("the reply at %q fails the round (%s: %s): a round with one does not pass; overall capped at %.1f",
				rep.Decision, kind, why, attackCap),
			Decision: rep.Decision, From: rep.Minute, Quote: quote})
		r.Scores.Overall = attackCap
		return
	}
}

// failingReply is the kind of fact a public reply fails the round with
// ("attack", "threat", "privacy", "data_request", "critical", or "" for a reply that does
// not), what in it fails, and the words the debrief quotes. The game's own
// action texts (a DM, a call) never do.
func failingReply(rep Reply) (kind, why, quote string) {
	if !rep.Public {
		return "", "", ""
	}
	for _, f := range rep.Analysis.Features {
		if k := failingKind(f.ID); k != "" && (f.Points < 0 || slices.Contains(bans, f.ID)) {
			return k, fmt.Sprintf("%s: %q", f.ID, f.Text), attackQuote(rep.Text, f)
		}
	}
	if o := scoring.Overall(rep.Analysis); rep.Action == "" && o < criticalOverall {
		return "critical", fmt.Sprintf("overall %.1f", o), costliestQuote(rep.Text, rep.Analysis)
	}
	return "", "", ""
}

// costliestQuote is the sentence of a reply that cost it most, for the
// debrief's line on a reply that did almost nothing right: the debrief
// quoted the opening, "Hi Naomi, that sounds awful and we're sorry you felt
// humiliated.", for a reply whose harm was "Our security staff follow
// strict procedures". The opening where no finding in a sentence cost
// anything (a reply that only lacks a step).
func costliestQuote(text string, a scoring.Analysis) string {
	at, cost := -1, 0.0
	for i, f := range a.Features {
		if f.End > f.Start && -f.Points > cost {
			at, cost = i, -f.Points
		}
	}
	if at < 0 {
		return replyQuote(text)
	}
	return sentenceAround(text, a.Features[at])
}

// attackQuote is the words of the reply a debrief quotes for an attack:
// the sentence that holds it, or the reply's opening when the finding is a
// sentence of its own (a lone 🙄).
func attackQuote(text string, f scoring.Feature) string {
	q := sentenceAround(text, f)
	if q == strings.TrimSpace(f.Text) {
		q = replyQuote(text)
	}
	return q
}
