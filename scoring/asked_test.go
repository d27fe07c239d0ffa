package scoring

import "testing"

// A pleased customer who still asks the brand something keeps the evasion
// rule on: "wat gaan jullie veranderen?" after a thank-you, answered with
// "we nemen je punt mee in onze interne evaluatie", is an evasion in Dutch
// and English alike (playtest 22, P22-26; groups nl33/en33). Praise that
// asks nothing may still be passed on to the kitchen.
func TestAPleasedCustomersQuestionKeepsTheEvasionRuleOn(t *testing.T) {
	r := Default()
	asks := []struct {
		lang, post, reply string
	}{
		{"nl", "De manager heeft me gebeld en sorry gezegd, dat waardeer ik. Maar wat gaan jullie veranderen zodat dit niemand meer overkomt?",
			"Dank je voor je begrip, Fatma! We nemen je punt mee in onze interne evaluatie. ^Kim"},
		{"en", "The manager rang me and apologised, I appreciate that. But what are you changing so this never happens to anyone again?",
			"Thanks for your understanding, Fatma! We'll take your point on board in our internal review. ^Kim"},
		{"nl", "Top dat mijn geld terug is! Wanneer gaat de winkel in Zeist eigenlijk weer open?",
			"Leuk om te horen! Je vraag over de winkel nemen we mee in ons teamoverleg. ^Kim"},
		{"en", "Great that my money's back! When does the Bath store open again, though?",
			"Lovely to hear! We'll raise your question about the store at our next team meeting. ^Kim"},
		{"nl", "Oké, excuses aangenomen. Ben wel benieuwd wat jullie er verder mee doen.",
			"Dank je, Fatma! We nemen het mee. ^Kim"},
		{"en", "OK, apology accepted. Curious what you'll actually do about it though.",
			"Thanks, Fatma! We'll take it on board. ^Kim"},
	}
	for _, c := range asks {
		ctx := Context{Language: c.lang, CustomerPost: c.post, CustomerMood: 0.4, CustomerName: "Fatma"}
		if a := r.Analyze(c.reply, ctx); !hasNegative(a, "evasion") {
			t.Errorf("%s %q to a pleased customer who asks: %v; want evasion", c.lang, c.reply, ids(a))
		}
	}
	praise := []struct {
		lang, post, reply string
	}{
		{"nl", "Wat een heerlijke pizza gisteren, de bezorger was ook nog supervriendelijk!", "Dank je wel! We geven je compliment door aan de keuken en aan de bezorger. ^Kim"},
		{"en", "What a lovely pizza last night, and the driver was so friendly too!", "Thank you! We'll pass your compliment on to the kitchen and the driver. ^Kim"},
		{"nl", "Wie had dat gedacht? Binnen een uur geholpen door jullie!", "Dank je wel! We geven het door aan het team. ^Kim"},
		{"en", "Who knew? Helped within the hour!", "Thank you! We'll pass it on to the team. ^Kim"},
	}
	for _, c := range praise {
		ctx := Context{Language: c.lang, CustomerPost: c.post, CustomerMood: 0.8, CustomerName: "Fatma"}
		if a := r.Analyze(c.reply, ctx); a.Has("evasion") {
			t.Errorf("%s %q passes praise on: %v; want no evasion", c.lang, c.reply, ids(a))
		}
	}
}

// The internal evaluation is an evasion in other words too: "intern" alone
// (as "internally"), taking it up or getting to work with nothing named,
// evaluating and drawing lessons (playtest 22, P22-26: "We nemen dit intern
// heel serieus en pakken het verder op. We houden jullie op de hoogte." to
// HEMA's "wat gaan jullie veranderen?" scored 63/58 without a red mark).
// Beside a concrete step the same words are how the step is taken.
func TestTheInternalEvaluationInOtherWordsIsAnEvasion(t *testing.T) {
	r := Default()
	post := map[string]string{
		"nl": "Fijn dat jullie belden. Maar wat gaan jullie nu veranderen zodat dit niemand meer overkomt?",
		"en": "Thanks for calling. But what are you going to change so this never happens to anyone again?",
	}
	for _, c := range []struct{ lang, reply string }{
		{"nl", "Dank je Naomi. We nemen dit intern heel serieus en pakken het verder op. We houden jullie op de hoogte. - Marloes"},
		{"en", "Thanks Naomi. We take this very seriously internally and will pick it up further. We'll keep you all posted. - Marloes"},
		{"nl", "Vervelend, Rianne. We gaan hier mee aan de slag en houden je op de hoogte. ^Joris"},
		{"en", "Sorry to hear that, Becky. We'll get to work on this and keep you posted. ^Joe"},
		{"nl", "Sorry Gert. We evalueren wat er misging en trekken er onze lessen uit. ^Lisa"},
		{"en", "Sorry Gary. We will evaluate what went wrong and make sure lessons are learned. ^Lucy"},
	} {
		ctx := Context{Language: c.lang, CustomerPost: post[c.lang], CustomerMood: -0.2}
		a := r.Analyze(c.reply, ctx)
		if !hasNegative(a, "evasion") || a.Has("next_step") {
			t.Errorf("%s %q: %v; want an evasion and no next step", c.lang, c.reply, ids(a))
		}
	}
	for _, c := range []struct{ lang, reply string }{
		{"nl", "Ik heb het intern nagevraagd: de monteur komt morgen om 9:00. ^Joris"},
		{"en", "We'll get to work on it today: the engineer will call you tomorrow before noon. ^Joe"},
		{"nl", "We gaan er vandaag mee aan de slag: de monteur belt je morgen voor 12:00. ^Joris"},
	} {
		ctx := Context{Language: c.lang, CustomerPost: post[c.lang], CustomerMood: -0.2}
		if a := r.Analyze(c.reply, ctx); a.Has("evasion") {
			t.Errorf("%s %q: %v; a concrete step is no evasion", c.lang, c.reply, ids(a))
		}
	}
}
