package scenarios

import "regexp"

// A scripted text that says the story is spreading ("your reply is being
// shared", "de eerste screenshots gaan rond") is read beside the meter,
// which shows how many shares the round made. In a world where the reply
// was shared once, the text contradicts the figure the trainee can see
// (issue 13: Liberty's "being shared" beside 1 share). Such words are the
// round's to earn: a variant whose `when` asks the meter for at least
// SpreadShares shares, or a count from the round.

// SpreadShares is the fewest shares the meter must show for a text to say
// the story is being shared: fewer is "a handful", the words the checker
// takes for a small crowd.
const SpreadShares = 10

// spreadClaims are words that say the story or a reply is spreading.
var spreadClaims = regexp.MustCompile(`(?i)\b((is|are|was|were|still)( now| still)? being (re)?shared|being retweeted|` +
	`(it's|it is|gets|get) shared|(is|are) shared (widely|everywhere|by)|(is|are) spreading|going round|goes round|doing the rounds|` +
	`(goes|going|went|gone) viral|pour(s|ed|ing)? in|everyone('s| is) sharing|the internet is|` +
	`(the|that|your|a) viral (post|reply|tweet)|everyone (has|had|took|takes) (a )?screenshots?|` +
	`(het|dat|je|jouw|een) virale (bericht|antwoord|tweet)|iedereen (heeft|had|maakt|maakte) (er )?(al )?(een )?screenshots?|` +
	`(wordt|worden) (ook |nog |nog steeds |inmiddels |volop |druk )?(gedeeld|geretweet)|verspreidt zich|` +
	`gaa?t rond|gaan rond|gaat viraal|ging viraal|stroom(t|en|de|den) binnen|iedereen deelt|het internet (is|staat)|` +
	`(is|are|was) on (the )?news sites|more and more (people|stories|comments|reactions)|` +
	`(staat|stond|staan) op (de )?nieuwssites|steeds meer (eigen )?(verhalen|reacties|mensen))\b`)

// SpreadClaim is the first words of text that say the story is spreading,
// or "".
func SpreadClaim(text string) string { return spreadClaims.FindString(text) }

// sideClaims are words that say which side most of the public took: the
// meter shows the share of the crowd's reactions against the brand, and
// "the public took the customer's side" beside "31% against you" says
// otherwise (issue 13: Liberty's backfire ending).
var (
	againstClaims = regexp.MustCompile(`(?i)\b((took|takes|taking) the customer's side|sided with the customer|` +
		`the public turned against|koos de kant van de klant|kiest de kant van de klant|het publiek keerde zich tegen)\b`)
	forClaims = regexp.MustCompile(`(?i)\b(most reactions are (full of )?praise|the public took your side|` +
		`de meeste reacties zijn lovend|het publiek koos jouw kant)\b`)
)

// SideClaim is the first words of text that say the public took the
// customer's side (against) or the brand's (for), or "".
func SideClaim(text string) (words string, against bool) {
	if w := againstClaims.FindString(text); w != "" {
		return w, true
	}
	return forClaims.FindString(text), false
}
