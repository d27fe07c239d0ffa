package scoring

import (
	"strings"
	"testing"
)

// What the customer should have done, said as a condition ("Had je je
// meterstanden op tijd doorgegeven, dan…", "If you had read the
// conditions…", "If readings had been submitted on time…") blames them as
// plainly as "you should have"; a condition about the brand or about what
// the customer would like does not.
func TestCounterfactualBlame(t *testing.T) {
	blame := []struct{ lang, text string }{
		{"nl", "Had je je meterstanden op tijd doorgegeven, dan was de naheffing niet nodig geweest."},
		{"nl", "Als je de voorwaarden had gelezen, had je dit geweten."},
		{"nl", "Als u tijdig had opgezegd, dan was er niets afgeschreven."},
		{"nl", "Indien u de bevestiging had gecontroleerd, was dit niet gebeurd."},
		{"en", "If you had read the conditions, you would have known."},
		{"en", "If you'd submitted your readings on time, there would be no back bill."},
		{"en", "Had you checked the confirmation, this would not have happened."},
		{"en", "If readings had been submitted on time this wouldn't have happened."},
	}
	for _, c := range blame {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerMood: -0.6})
		if !a.Has("blame_customer") {
			t.Errorf("%q: want blame_customer, got %v", c.text, ids(a))
		}
	}
	fine := []struct{ lang, text string }{
		{"nl", "Als je wilt, bel ik je vandaag. Had je al een nieuwe datum van ons gekregen?"},
		{"nl", "Als wij je op tijd hadden gebeld, was dit niet gebeurd. Sorry."},
		{"en", "If you'd like, I'll call you today."},
		{"en", "If our driver had called ahead, you wouldn't have waited all day. Sorry."},
		{"en", "If we had checked the order, this wouldn't have happened. I'm sorry."},
	}
	for _, c := range fine {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerMood: -0.6})
		if a.Has("blame_customer") {
			t.Errorf("%q: blame_customer %v; the condition is about the brand", c.text, ids(a))
		}
	}
}

// P11-12: a put-down in the form of advice about the customer's habits is
// sarcasm, and the reason quotes it; the label does not call a reply with
// no question a rhetorical question only.
func TestMockAdviceIsSarcasm(t *testing.T) {
	for _, c := range []struct{ lang, text, dig string }{
		{"nl", "Fijnaart is nou niet bepaald Amsterdam. Even naar buiten lopen doet wonderen voor je bereik. En je conditie. ^Jacob", "wonderen"},
		{"en", "Fijnaart isn't exactly London. A walk outside does wonders for your signal. And your fitness. ^Jacob", "wonders"},
	} {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerMood: -0.4})
		found := false
		for _, f := range a.Features {
			found = found || (f.ID == "sarcasm" && strings.Contains(f.Text, c.dig))
		}
		if !found {
			t.Errorf("%q: want sarcasm quoting %q, got %v", c.text, c.dig, ids(a))
		}
	}
}

// Advice on how the customer should have avoided the trouble ("Please
// ensure bins are out by 7am", "it's worth letting the hotel know", "Zorg
// dat je de QR-code … laat scannen") and a rule that makes it the
// customer's risk ("Boiler faults are the homeowner's responsibility") put
// the fault on them; the brand's own "ik zorg dat je…" does not.
func TestAdviceThatBlames(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "Please ensure bins are out by 7am on collection day."},
		{"en", "So sorry! For next time, it's worth letting the hotel know if you'll arrive late."},
		{"en", "It might be worth getting an engineer to check your boiler."},
		{"en", "Boiler faults are the homeowner's responsibility."},
		{"nl", "Zorg dat je de QR-code op volle helderheid laat scannen."},
		{"nl", "Het is raadzaam om de voorvertoning goed te controleren."},
		{"nl", "Storingen aan de ketel zijn de verantwoordelijkheid van de huiseigenaar."},
		{"nl", "Wij raden u aan een klacht in te dienen bij de luchthaven."},
	} {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerMood: -0.6})
		if !a.Has("blame_customer") {
			t.Errorf("%q: want blame_customer, got %v", c.text, ids(a))
		}
	}
	for _, c := range []struct{ lang, text string }{
		{"nl", "Sorry! Stuur je je studentnummer via DM? Dan zorg ik dat je het certificaat voor maandag hebt."},
		{"en", "Sorry! DM me your student number and I'll make sure you have the certificate before Monday."},
	} {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerMood: -0.6})
		if a.Has("blame_customer") {
			t.Errorf("%q: blame_customer %v; the brand takes it on", c.text, ids(a))
		}
	}
}

// A joke to an angry customer about their trouble tells them it is not
// taken seriously: it costs warmth (empathy) as well as de-escalation, in
// both languages; to a delighted customer it costs nothing.
func TestJokeToAnAngryCustomerCostsWarmth(t *testing.T) {
	for _, c := range []struct{ lang, plain, joke string }{
		{"en", "Maybe he needed a day off. We'll sort it.", "Maybe he needed a day off too 😂 We'll sort it."},
		{"nl", "Honden en kiezen. Geef hem een paar dagen zacht voer.", "Haha, honden en kiezen, het blijft een feest 😄 Geef hem een paar dagen zacht voer."},
	} {
		r := Default()
		angry := Context{Language: c.lang, CustomerMood: -0.7}
		p, j := r.Analyze(c.plain, angry), r.Analyze(c.joke, angry)
		if !j.Has("humour") || j.Empathy >= p.Empathy {
			t.Errorf("%q: empathy %.1f, without the joke %.1f (%v); the joke must cost warmth", c.joke, j.Empathy, p.Empathy, ids(j))
		}
		happy := Context{Language: c.lang, CustomerMood: 0.8}
		if hp, hj := r.Analyze(c.plain, happy), r.Analyze(c.joke, happy); hj.Empathy < hp.Empathy {
			t.Errorf("%q to a delighted customer: empathy %.1f below %.1f", c.joke, hj.Empathy, hp.Empathy)
		}
	}
}

// Playtest 12 (P12-22): "dus dat klopt niet helemaal" after the fitter's
// word corrects the customer; it is no agreement and no ownership, and the
// correction counts, in Dutch as in English. The lead's R2: a gift ("het
// eerste drankje van ons", "a dinner on us") or "belangrijk voor ons" is
// no ownership.
func TestHedgedDisputeAndGifts(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"nl", "Peter, vervelend! Het werkblad ligt volgens onze monteur gewoon binnen de norm, dus dat klopt niet helemaal. Voor de rest bellen we je graag."},
		{"en", "Peter, annoying! According to our fitter the worktop is simply within the norm, so that part isn't quite right. For the rest we'd be happy to call you."},
	} {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerMood: -0.6, CustomerName: "Peter"})
		if a.Has("ownership") || !(a.Has("blame_customer") || a.Has("deny")) {
			t.Errorf("%q: want the correction counted and no ownership, got %v", c.text, ids(a))
		}
	}
	for _, c := range []struct{ lang, text string }{
		{"nl", "Sorry voor het wachten! Je eerste drankje is volgende keer van ons."},
		{"nl", "Wat vervelend. Jouw gevoel is belangrijk voor ons."},
		{"en", "Sorry for the wait! Your first drink next time is on us."},
		{"en", "Lovely story! Mo is getting a dinner on us."},
	} {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerMood: -0.3})
		if a.Has("ownership") {
			t.Errorf("%q: ownership %v; a gift or 'important to us' owns no fault", c.text, ids(a))
		}
	}
}
