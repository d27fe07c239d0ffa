package scoring

import "testing"

// Issue 12, stop 18: an apology made on a condition of the customer's
// feeling ("sorry als je je gekwetst voelt", "should you feel hurt, we
// apologise") apologises for nothing that happened, however it is put: with
// a name or a particle between, the condition first, a negation inside.
// It must count as a non-apology in both languages and rank below a real
// apology with the same step.
func TestAnApologyOnAConditionIsNoApology(t *testing.T) {
	posts := map[string]string{
		"nl": "De bezorger schreeuwde tegen me omdat ik niet snel genoeg opendeed. Schandalig.",
		"en": "Your driver shouted at me because I didn't open the door fast enough. Disgraceful.",
	}
	real := map[string]string{
		"nl": "Sorry, hij had nooit tegen je mogen schreeuwen. Ik spreek hem vandaag.",
		"en": "Sorry, he should never have shouted at you. I'll speak to him today.",
	}
	for _, c := range []struct{ lang, text string }{
		{"nl", "Sorry Femke, als je je gekwetst voelt. Ik spreek hem vandaag."},
		{"nl", "Sorry hoor, als je je beledigd voelde. Ik spreek hem vandaag."},
		{"nl", "Mocht je je gekwetst voelen, dan bieden we onze excuses aan. Ik spreek hem vandaag."},
		{"nl", "Wij bieden excuses aan als je je gekrenkt voelt. Ik spreek hem vandaag."},
		{"nl", "Excuses als het niet vriendelijk overkwam. Ik spreek hem vandaag."},
		{"nl", "Vervelend dat je je zo hebt gevoeld. Ik spreek hem vandaag."},
		{"en", "Sorry Femke, if you feel hurt. I'll speak to him today."},
		{"en", "Should you feel offended, we apologise. I'll speak to him today."},
		{"en", "If you felt upset, then I'm sorry. I'll speak to him today."},
		{"en", "We apologise if it seemed unfriendly. I'll speak to him today."},
	} {
		ctx := Context{Language: c.lang, CustomerPost: posts[c.lang], CustomerMood: -0.6}
		a, good := Default().Analyze(c.text, ctx), Default().Analyze(real[c.lang], ctx)
		if !a.Has("non_apology") || a.Has("apology") {
			t.Errorf("%q: want a non_apology and no apology, got %v", c.text, ids(a))
		}
		if Overall(a) >= Overall(good)-10 {
			t.Errorf("%q scores %.1f, not clearly below the real apology %q (%.1f)", c.text, Overall(a), real[c.lang], Overall(good))
		}
	}
	// A condition about something else is no conditional apology.
	for _, c := range []struct{ lang, text string }{
		{"nl", "Sorry dat je zo lang moest wachten. Als je wilt, bel ik je vandaag."},
		{"en", "I'm sorry he shouted. If you feel up to it, DM me the time and I'll speak to him today."},
	} {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: posts[c.lang], CustomerMood: -0.6})
		if a.Has("non_apology") {
			t.Errorf("%q: the condition is about the step, not the feeling: %v", c.text, ids(a))
		}
	}
}

// Issue 12, stop 18: "het was niet onbeleefd bedoeld, maar…" and "it
// wasn't meant to be rude, but…" defend the intention and dispute the
// customer's reading: no ownership, and a step beside it saves it only
// half. "Dat was niet de bedoeling" / "that wasn't supposed to happen"
// still own what happened.
func TestWhatItWasMeantAsIsADefence(t *testing.T) {
	posts := map[string]string{
		"nl": "Die baliemedewerker deed zo neerbuigend tegen mijn moeder van 80. Echt schandalig.",
		"en": "That desk clerk was so condescending to my 80-year-old mother. Honestly disgraceful.",
	}
	owned := map[string]string{
		"nl": "Sorry, zo hoort het niet. Ik spreek haar er vandaag op aan.",
		"en": "Sorry, that's not how it should be. I'll speak to her about it today.",
	}
	for _, c := range []struct{ lang, text string }{
		{"nl", "Het was zeker niet neerbuigend bedoeld, maar het was erg druk. Ik spreek haar er vandaag op aan."},
		{"nl", "Ze bedoelde het echt niet zo. Ik spreek haar er vandaag op aan."},
		{"nl", "Dat was niet onvriendelijk, hoor. Ik spreek haar er vandaag op aan."},
		{"en", "It certainly wasn't meant to be condescending, but it was very busy. I'll speak to her about it today."},
		{"en", "She didn't mean it like that. I'll speak to her about it today."},
		{"en", "We didn't mean to sound dismissive. I'll speak to her about it today."},
	} {
		ctx := Context{Language: c.lang, CustomerPost: posts[c.lang], CustomerMood: -0.6}
		a, good := Default().Analyze(c.text, ctx), Default().Analyze(owned[c.lang], ctx)
		if !a.Has("deny") || a.Has("ownership") {
			t.Errorf("%q: want a denial and no ownership, got %v", c.text, ids(a))
		}
		if a.Deescalation > 50 || Overall(a) >= Overall(good)-15 {
			t.Errorf("%q scores %.1f (de-escalation %.1f), not clearly below %q (%.1f)", c.text, Overall(a), a.Deescalation, owned[c.lang], Overall(good))
		}
	}
	for _, c := range []struct{ lang, text string }{
		{"nl", "Sorry, dat was niet de bedoeling. Ik spreek haar er vandaag op aan."},
		{"en", "Sorry, that wasn't supposed to happen. I'll speak to her about it today."},
		{"en", "Sorry, she should never have said that. I'll speak to her about it today."},
	} {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: posts[c.lang], CustomerMood: -0.6})
		if a.Has("deny") {
			t.Errorf("%q owns what happened, read as a denial: %v", c.text, ids(a))
		}
	}
}

// Issue 12, stop 18: "dat kan echt niet" with what the customer asked for
// as its subject ("Omruilen, dat kan echt niet") refuses, as "that really
// isn't possible" does; it is a wall that cancels the sympathy before it.
// With the failure as its subject ("drie dagen zonder antwoord, dat kan
// echt niet") it agrees with the customer and is no wall.
func TestARemedyRefusedInAWordIsAWall(t *testing.T) {
	posts := map[string]string{
		"nl": "Nieuwe wasmachine lekt na een week. Ik wil hem omruilen of mijn geld terug.",
		"en": "New washing machine leaking after a week. I want to swap it or get my money back.",
	}
	for _, c := range []struct{ lang, text string }{
		{"nl", "Wat vervelend, dat snap ik helemaal. Omruilen, dat kan echt niet."},
		{"nl", "Balen, echt. Geld terug kan gewoon niet, sorry."},
		{"en", "How annoying, I totally get it. Swapping it really isn't possible."},
		{"en", "That's rotten, honestly. A refund can't be done, sorry."},
	} {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: posts[c.lang], CustomerMood: -0.6})
		if !a.Has("refusal") || a.Has("acknowledge_emotion") || a.Has("apology") || a.Has("next_step") {
			t.Errorf("%q: want a refusal that cancels the sympathy, got %v", c.text, ids(a))
		}
		if Overall(a) > 35 {
			t.Errorf("%q scores %.1f; a wall after sympathy must stay low", c.text, Overall(a))
		}
	}
	a := Default().Analyze("Een week en nu al lekken, dat kan echt niet. Sorry! Morgen brengt de bezorger een nieuwe.",
		Context{Language: "nl", CustomerPost: posts["nl"], CustomerMood: -0.6})
	if a.Has("refusal") || !a.Has("apology") {
		t.Errorf("%q agrees with the customer, read as a wall: %v", a.Text, ids(a))
	}
}

// Issue 12 ("Length"), stop 18: a long wall of reasons why the brand could
// not help, wrapped in sympathy and holding words of the post in every
// sentence, cost nothing and scored 99/94. Explaining at length instead of
// helping pays padding in proportion to its length, in both languages, and
// ranks below a short plain reply that does something.
func TestExplainingAwayAtLengthCosts(t *testing.T) {
	for _, c := range []struct{ lang, post, wall, plain string }{
		{"nl", "Mijn fiets staat al drie weken bij jullie voor een nieuwe ketting. Wanneer is hij klaar?",
			"Hoi Jeroen, wat vervelend dat je al zo lang op je fiets wacht, dat begrijpen we heel goed en we leven echt met je mee. " +
				"Het is zo dat onze leverancier van kettingen al weken achterloopt omdat de fabriek in Taiwan door een storing stil heeft gelegen. " +
				"Daarnaast hebben we in het voorjaar altijd veel meer fietsen binnen voor onderhoud, waardoor de wachttijd voor reparaties oploopt. " +
				"Ook is een van onze monteurs langdurig ziek, waardoor we met een kleinere ploeg alle fietsen moeten doen. " +
				"Al deze dingen samen zorgen ervoor dat jouw fiets langer bij ons staat dan we zouden willen, wat we natuurlijk ook heel jammer vinden. " +
				"We hopen op je begrip en danken je voor je geduld!",
			"Hoi Jeroen, ik bel je morgen voor 12:00 met een datum voor je fiets."},
		{"en", "My bike has been with you for three weeks for a new chain. When will it be ready?",
			"Hi Jeroen, we're so sorry you've been waiting this long for your bike, we completely understand and really do feel for you. " +
				"Our chain supplier has been weeks behind because the factory in Taiwan was shut down by a fault. " +
				"On top of that, spring always brings far more bikes in for servicing, which means the waiting time for repairs goes up. " +
				"One of our mechanics is also off sick long-term, which means a smaller team has to get through every bike. " +
				"All of this together means your bike has been with us longer than we'd like, which of course we're sorry about too. " +
				"We hope for your understanding and thank you for your patience!",
			"Hi Jeroen, I'll call you tomorrow before 12:00 with a date for your bike."},
	} {
		ctx := Context{Language: c.lang, CustomerPost: c.post, CustomerMood: -0.4, CustomerName: "Jeroen"}
		wall, plain := Default().Analyze(c.wall, ctx), Default().Analyze(c.plain, ctx)
		var cost float64
		for _, f := range wall.Features {
			if f.ID == "padding" {
				cost += f.Points
			}
		}
		if cost > -20 {
			t.Errorf("%s: the wall of reasons pays %.1f for padding; want -20 or more for some 90 words that explain instead of help", c.lang, cost)
		}
		if Overall(wall) >= Overall(plain) || wall.Deescalation > 70 {
			t.Errorf("%s: the wall of reasons scores %.1f (de-escalation %.1f), not below the plain step (%.1f)", c.lang, Overall(wall), wall.Deescalation, Overall(plain))
		}
	}
}
