// Package sessiontest holds rounds that tests of several packages play
// alike, so that each face is tested on the same round.
package sessiontest

import "github.com/webcaresim/webcaresim/game/session"

// KitchenThreats are first replies to the kitchen case's review
// (advocatenbrief) that threaten Peter over his review before the repair
// they also offer; after the written repair the round reads its repaired
// ending as "Repaired, after a threat".
var KitchenThreats = map[string]string{
	"en": "Peter, thanks for the photos. We are sorry the installation was late and nobody called you back; our fitter can come by on Thursday. But if the review stays up in this form, we will have to consider our options. - Sandra",
	"nl": "Peter, bedankt voor de foto's. Sorry dat de montage te laat was en niemand je terugbelde; onze monteur kan donderdag langskomen. Maar als de recensie in deze vorm blijft staan, zullen we onze opties moeten bekijken. - Sandra",
}

// ThreatInTheKitchen threatens Peter at the kitchen case's first decision
// (in lang) and takes the best written choice after.
func ThreatInTheKitchen(lang string) session.TypedAt {
	return session.TypedAt{Decision: "recensie", Reply: KitchenThreats[lang]}
}
