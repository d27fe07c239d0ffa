package scenarios

import (
	"fmt"
	"regexp"
	"strings"
)

// An ending's text and outcome are shown beside the round's own numbers:
// the meter, the debrief's curve and its 100 worlds. An ending that says
// "no fuss" or "hundreds of negative posts" while the same replies can
// end either way contradicts the round the trainee just saw (Sanoma's "No
// storm" beside "heat 10 in 100 of 100 worlds"). Such a claim holds only
// when the crowd's state decides the ending: a turn ([[ending.turn]]) that
// sends the round elsewhere when the crowd is bigger (or smaller) than the
// text says.

var (
	// bigCrowd are words that say many people reacted.
	// "The outrage was great" says it as surely as a count (HEMA's good
	// ending said it beside a round that never left "calm").
	bigCrowd = regexp.MustCompile(`(?i)\b(hundreds|thousands|dozens|en masse|a storm|the storm|storm of|goes viral|went viral|viral success|` +
		`(outrage|uproar|fuss) was (great|huge|enormous|big)|(great|huge|enormous|massive) (outrage|uproar)|` +
		`honderden|duizenden|tienduizenden|tientallen|massaal|een storm|de storm|storm van|ging viraal|viraal succes|` +
		`(verontwaardiging|ophef) was (groot|enorm)|(grote|enorme) (verontwaardiging|ophef))\b`)
	// smallCrowd are words that say few people reacted.
	smallCrowd = regexp.MustCompile(`(?i)\b(no fuss|little fuss|less fuss|smaller row|no storm|(a )?handful of|a few posts|` +
		`(no|without an?) oil slick|(no|without) (a )?row|shrugs|` +
		`geen ophef|weinig ophef|minder ophef|kleinere ophef|geen storm|een handvol|een paar berichten|(geen|zonder) olievlek|geen rel|haalt de schouders op)\b`)
)

// crowdClaims warns about an ending whose text or outcome states how big the
// crowd's reaction was when the way into it does not guarantee that: when
// the path reaches it directly, the ending must have a turn that leaves it
// when the crowd is bigger (for "no fuss") or smaller (for "hundreds"); when
// another ending's turn leads to it, that turn's condition must say so.
func (v *validator) crowdClaims() {
	direct := map[string]bool{}
	for _, d := range v.sc.Decisions {
		for _, c := range d.Choices {
			direct[c.Next] = true
		}
		for _, r := range d.Routes {
			direct[r.Next] = true
		}
		for _, a := range d.Actions {
			direct[a.Next] = true
		}
		direct[d.OnTimeout] = true
	}
	for i, e := range v.sc.Endings {
		texts := []struct{ key, text string }{{"outcome", e.Outcome}, {"text", e.Text}}
		for k, va := range e.Variants {
			texts = append(texts, struct{ key, text string }{fmt.Sprintf("variant[%d].text", k+1), va.Text},
				struct{ key, text string }{fmt.Sprintf("variant[%d].outcome", k+1), va.Outcome})
		}
		for _, f := range texts {
			big, small := claim(bigCrowd, f.text), claim(smallCrowd, f.text)
			if big == "" && small == "" {
				continue
			}
			path, said := fmt.Sprintf("ending[%d].%s", i+1, f.key), big+small
			switch format, from := v.unguardedClaim(e, direct[e.ID], big, small); format {
			case smallUnguarded:
				v.warnf(path, smallUnguarded, said)
			case bigUnguarded:
				v.warnf(path, bigUnguarded, said)
			case smallTurnUnguarded:
				v.warnf(path, smallTurnUnguarded, said, from)
			case bigTurnUnguarded:
				v.warnf(path, bigTurnUnguarded, said, from)
			}
		}
	}
}

// claim is the first match of re in text that is not negated by a "no"
// the other pattern covers ("no storm" is a small claim, not a big one).
func claim(re *regexp.Regexp, text string) string {
	for _, loc := range re.FindAllStringIndex(text, -1) {
		before := strings.ToLower(text[max(0, loc[0]-6):loc[0]])
		if re == bigCrowd && (strings.HasSuffix(before, "no ") || strings.HasSuffix(before, "geen ")) {
			continue
		}
		return text[loc[0]:loc[1]]
	}
	return ""
}

// The warnings of crowdClaims, one for each way a claim can be unguarded.
const (
	smallUnguarded     = "says %q about the crowd, but the replies reach this ending however many people react (no turn with reach_at_least or heat_at_least leaves it); " + sayWhatThePathGuarantees
	bigUnguarded       = "says %q about the crowd, but the replies reach this ending however few people react (no turn with reach_below or heat_below leaves it); " + sayWhatThePathGuarantees
	smallTurnUnguarded = "says %q about the crowd, but ending %q turns into it without a limit on reach or heat; " + sayWhatThePathGuarantees
	bigTurnUnguarded   = "says %q about the crowd, but ending %q turns into it without a minimum of reach or heat; " + sayWhatThePathGuarantees

	sayWhatThePathGuarantees = "say only what the path guarantees (the customer, the team, what the ending's posts say), or add an [[ending.turn]] whose condition makes it true"
)

// unguardedClaim returns the warning for a way the round can reach ending
// e without the crowd being as the claim says, with the id of the ending
// whose turn leads there (if that is the way), or "" when every way in
// guarantees it.
func (v *validator) unguardedClaim(e Ending, direct bool, big, small string) (format, from string) {
	if direct {
		leavesWhenBig, leavesWhenSmall := false, false
		for _, t := range e.Turns {
			leavesWhenBig = leavesWhenBig || t.When.ReachAtLeast != nil || t.When.HeatAtLeast != nil
			leavesWhenSmall = leavesWhenSmall || t.When.ReachBelow != nil || t.When.HeatBelow != nil
		}
		if small != "" && !leavesWhenBig {
			return smallUnguarded, ""
		}
		if big != "" && !leavesWhenSmall {
			return bigUnguarded, ""
		}
	}
	for _, f := range v.sc.Endings {
		for _, t := range f.Turns {
			if t.Next != e.ID {
				continue
			}
			if small != "" && t.When.ReachBelow == nil && t.When.HeatBelow == nil {
				return smallTurnUnguarded, f.ID
			}
			if big != "" && t.When.ReachAtLeast == nil && t.When.HeatAtLeast == nil {
				return bigTurnUnguarded, f.ID
			}
		}
	}
	return "", ""
}
