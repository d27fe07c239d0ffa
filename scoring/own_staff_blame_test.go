package scoring

import "testing"

// The brand's own people blamed or punished in public is no ownership and
// calms nobody (playtest 23, P23-19: in the Liberty case "you're
// completely right. My team clearly dropped the ball here and believe me,
// I'll be having a serious word with them" scored 83/85, "you're
// completely right" credited as ownership, and the round reached the
// ending of a team that knows you stand behind them). The fault owned as
// the brand's, or a look at what went wrong with the team, is not this.
func TestOwnStaffBlamedInPublicIsAFinding(t *testing.T) {
	post := "A week late and your customer service is a bunch of incompetent idiots. / Een week te laat en jullie klantenservice is een stelletje idioten."
	blamed := [][2]string{
		{"en", "Jason, I'm so sorry, you're completely right. My team clearly dropped the ball here and believe me, I'll be having a serious word with them. Your order ships today by express, on us. - Rob"},
		{"nl", "Jason, het spijt me echt, je hebt helemaal gelijk. Mijn team heeft hier duidelijk steken laten vallen en geloof me, ik ga ze flink aanspreken. Je bestelling gaat vandaag per express, op onze kosten. - Rob"},
		{"en", "Sorry Rick, you're right. I'll find out who on my team dropped the ball on this one. Your parcel arrives tomorrow. - Rob"},
		{"nl", "Sorry Rick, je hebt gelijk. Ik ga uitzoeken wie van mijn team dit verprutst heeft. Je pakket komt morgen. - Rob"},
		{"en", "Sorry, my drivers messed this up badly. Heads will roll, I promise you. Your parcel arrives tomorrow. - Rob"},
		{"nl", "Sorry, mijn bezorgers hebben het verknald. Die krijgen ervan langs, dat beloof ik je. Je pakket komt morgen. - Rob"},
	}
	for _, c := range blamed {
		a := Default().Analyze(c[1], Context{Language: c[0], CustomerPost: post, CustomerMood: -0.8})
		if !a.Has("blames_own_staff") || a.Has("ownership") {
			t.Errorf("%s %q: want blames_own_staff and no ownership, got %v", c[0], c[1], ids(a))
		}
		if a.Deescalation > 60 {
			t.Errorf("%s %q: de-escalation %.0f for a brand that turns on its own people", c[0], c[1], a.Deescalation)
		}
	}
	fine := [][2]string{
		{"en", "Sorry Jason, we dropped the ball here. Your order ships today by express, on us. - Rob"},
		{"nl", "Sorry Jason, wij hebben steken laten vallen. Je bestelling gaat vandaag per express, op onze kosten. - Rob"},
		{"en", "Sorry Jason, an hour is too long. I'll go through last night with the kitchen so it doesn't happen again. - Rob"},
		{"nl", "Sorry Jason, een uur is te lang. Ik loop gisteravond met de keuken door zodat het niet weer gebeurt. - Rob"},
		{"en", "Sorry Jason, I'll have a word with the warehouse so your order ships today. - Rob"},
		{"nl", "Sorry Jason, je hoort het vandaag nog van ons. - Rob"},
	}
	for _, c := range fine {
		if a := Default().Analyze(c[1], Context{Language: c[0], CustomerPost: post, CustomerMood: -0.8}); a.Has("blames_own_staff") {
			t.Errorf("%s %q: the fault owned as the brand's, got %v", c[0], c[1], ids(a))
		}
	}
}
