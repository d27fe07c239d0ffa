package scoring

import "testing"

// Regret for where or how the customer posted is a reproach, in English as
// in Dutch: "Wel jammer dat je dit onder onze actiepost zet" cost −25/−14,
// while "A pity you put this under our promotion post though" cost nothing,
// so the same snap scored 24/6 in Dutch and 35/33 in English (lead,
// Zitcomfort en). Regret for what the customer went through stays sympathy.
func TestRegretForWhereTheCustomerPostedIsAReproach(t *testing.T) {
	post := "Six weeks waiting and my sofa arrives damaged. Three emails, no answer."
	reproach := []string{
		"Hi Marieke, how annoying! A pity you put this under our promotion post though. ^Joyce",
		"Shame that you chose to post this here, Marieke. ^Joyce",
	}
	for _, text := range reproach {
		if a := Default().Analyze(text, Context{Language: "en", CustomerPost: post, CustomerMood: -0.6}); !a.Has("blame_customer") {
			t.Errorf("%q: want blame_customer, got %v", text, ids(a))
		}
	}
	sympathy := "It's a shame you had to wait six weeks, Marieke. I'll sort it today. ^Joyce"
	if a := Default().Analyze(sympathy, Context{Language: "en", CustomerPost: post, CustomerMood: -0.6}); a.Has("blame_customer") || !a.Has("acknowledge_emotion") {
		t.Errorf("%q: want sympathy without blame, got %v", sympathy, ids(a))
	}
}
