package scoring

import "testing"

// Blame of the victim put as a polite question, as advice to carry proof,
// or the ordeal called lucky, in both languages (playtest 24, P24-19: "Could
// you perhaps have told the guard that you have diabetes? Then this
// wouldn't have happened" scored 66/92 and even "invited a conversation";
// "Gelukkig is de politie er snel bij geweest en is alles opgehelderd"
// 63/92). A request in the same polite form, a real question and a fix of
// the brand's own stay fine.
func TestVictimBlamedAsAPoliteQuestionOrAsLuck(t *testing.T) {
	r := Default()
	postNL := "Ik moest me in de paskamer prikken voor mijn diabetes en de beveiliging gaf me over aan de politie. Ik mocht niets uitleggen."
	postEN := "I was injecting insulin in a changing room and security handed me to the police. I wasn't allowed to explain anything."
	for _, c := range []struct {
		lang, reply, want string
		found             bool
	}{
		{"en", "Naomi, how awful! Could you perhaps have told the guard that you have diabetes? Then this wouldn't have happened.", "blame_customer", true},
		{"en", "Couldn't you maybe have mentioned it to the guard straight away?", "blame_customer", true},
		{"en", "It might help to carry a diabetes card, so staff know straight away.", "blame_customer", true},
		{"en", "If you'd shown the guard your insulin pen, it would never have gone this far.", "blame_customer", true},
		{"en", "How awful! Luckily the police arrived quickly and everything was cleared up.", "belittle", true},
		{"en", "Fortunately it was all sorted out in the end.", "belittle", true},
		{"en", "Could you have your order number ready when we call you today?", "blame_customer", false},
		{"en", "If you'd like, DM me and I'll let you know what has been done.", "blame_customer", false},
		{"en", "Luckily I can fix this for you today: our manager will call you at 3pm.", "belittle", false},
		{"nl", "Wat vreselijk! Zou je de beveiliger misschien even hebben kunnen vertellen dat je diabetes hebt?", "blame_customer", true},
		{"nl", "Het kan helpen om een diabetespas bij je te dragen, dan weten medewerkers het meteen.", "blame_customer", true},
		{"nl", "Had je je insulinepen meteen laten zien, dan was het nooit zo gelopen.", "blame_customer", true},
		{"nl", "Wat vreselijk! Gelukkig is de politie er snel bij geweest en is alles opgehelderd.", "belittle", true},
		{"nl", "Gelukkig liep het met een sisser af.", "belittle", true},
		{"nl", "Zou je me je nummer willen sturen via DM? Dan bellen we je vandaag.", "blame_customer", false},
		{"nl", "Gelukkig kan ik het vandaag voor je regelen: onze manager belt je om 15:00.", "belittle", false},
	} {
		post := postEN
		if c.lang == "nl" {
			post = postNL
		}
		a := r.Analyze(c.reply, Context{Language: c.lang, CustomerPost: post, CustomerMood: -0.9})
		if a.Has(c.want) != c.found {
			t.Errorf("%s %q: %s %v, want %v (%v)", c.lang, c.reply, c.want, a.Has(c.want), c.found, ids(a))
		}
	}
}
