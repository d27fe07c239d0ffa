package session

import (
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
)

// Liberty: showing Jason the door in the trainee's own words ("as a
// customer you're no longer welcome here") graded 7.3, while the case's
// historical wording of the same act ("we don't need customers who treat
// my people like that") fails the round at 5.0 (playtest 21, P21-22). A
// public ban fails the round as an attack in any wording, in both
// languages, and the report quotes it; the best path still passes.
func TestAPublicBanInOwnWordsFailsTheRound(t *testing.T) {
	bans := map[string][]string{
		"nl": {"Jason, met zo'n toon hoef je bij ons niet aan te kloppen. Je geld krijg je vandaag terug, maar als klant ben je hier niet meer welkom. Mijn team verdient beter. - Rob, COO",
			"Jason, je bestelling is te laat door een leverancier, en dat spijt me. Je geld staat vandaag terug. Maar je bent hier niet langer welkom als klant. - Rob, COO"},
		"en": {"Jason, with a tone like that you needn't come knocking. You'll get your money back today, but as a customer you're no longer welcome here. My team deserves better. - Rob, COO",
			"Jason, your order is late because of a supplier, and I'm sorry. Your money is refunded today. But you are not welcome here anymore as a customer. - Rob, COO"},
	}
	for lang, list := range bans {
		sc, ok := scenarios.BuiltinForPlay().Find("liberty-bottleworks", lang)
		if !ok {
			t.Fatal("liberty-bottleworks missing")
		}
		path := bestPathPasses(t, sc, "attack", lang)
		for _, ban := range list {
			typedReplyFailsTheRound(t, sc, path[0], ban, "attack", lang+": "+ban)
		}
	}
}
