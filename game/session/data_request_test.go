package session

import (
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
)

// Asking the customer to post her order number and home address in the
// comments fails the round with its own line, as a leak does; the best
// path still passes (playtest 22, P22-11: the request was capped as a
// reply but the round passed, and the debrief had no words for it). The
// story itself still reaches "Solved in plain sight" after the best
// recovery: the case has no branch for the request yet.
func TestAskingForPrivateDataInPublicFailsTheRound(t *testing.T) {
	request := map[string]string{
		"nl": "Marieke, sorry, drie mails zonder antwoord is niet oké. Kun je je ordernummer en je thuisadres hier in de reacties zetten? Dan check ik het vandaag bij onze bezorgdienst. - Joyce",
		"en": "Marieke, sorry, three emails without an answer is not OK. Can you put your order number and home address here in the comments? Then I will check with our delivery team today. - Joyce",
	}
	for _, lang := range []string{"nl", "en"} {
		sc, ok := scenarios.BuiltinForPlay().Find("facebook-verwijderen", lang)
		if !ok {
			t.Fatal("facebook-verwijderen missing")
		}
		path := bestPathPasses(t, sc, "data_request", lang)
		typedReplyFailsTheRound(t, sc, path[0], request[lang], "data_request", lang)
	}
}
