package scoring

import "testing"

// Putting the cause in the customer's own home, device or choices is blame
// in friendly wrapping, however helpful the tip after it: it is no
// restatement of their case (playtest 12, P12-33). The same words about
// the brand's own cause, with a step, are not. Both languages.
func TestTheCustomersHomeAsTheCauseIsBlame(t *testing.T) {
	r := Default()
	posts := map[string]string{
		"nl": "@tmobile Alweer nauwelijks bereik in Fijnaart. Binnen kan ik niet eens bellen. Wat heb ik hier nog aan?",
		"en": "@tmobile Barely any signal in Fijnaart again. I can't even make a call indoors. What am I actually paying for?",
	}
	for _, c := range []struct {
		lang, reply string
		blames      bool
	}{
		{"en", "@usurpia Thanks! There is maintenance on a mast near Fijnaart. To be honest, indoor coverage also depends on your house: thick walls block the signal, so for now just stand near a window when you call. ^Jacob", true},
		{"nl", "@usurpia Dank je! Er is onderhoud aan een mast bij Fijnaart. Eerlijk gezegd hangt het bereik binnen ook af van je huis: dikke muren houden het signaal tegen, dus ga voorlopig bij een raam staan als je belt. ^Jacob", true},
		{"en", "@usurpia Sorry! Weak signal indoors is often due to your phone's settings, so try switching to 4G. ^Jacob", true},
		{"nl", "@usurpia Sorry! Slecht bereik binnen komt vaak door je telefoon, zet hem eens op 4G. ^Jacob", true},
		{"en", "@usurpia Sorry, no signal indoors in Fijnaart is down to maintenance on our mast there. It is back tomorrow before 12:00 and I'll message you then. ^Jacob", false},
		{"nl", "@usurpia Sorry, geen bereik binnen in Fijnaart komt door onderhoud aan onze mast daar. Morgen voor 12:00 is het terug en dan stuur ik je een bericht. ^Jacob", false},
	} {
		a := r.Analyze(c.reply, Context{Language: c.lang, CustomerMood: -0.6, CustomerHandle: "usurpia", CustomerPost: posts[c.lang]})
		if got := a.Has("blame_customer"); got != c.blames {
			t.Errorf("%s %q: blames the customer %v, want %v (%s)", c.lang, c.reply, got, c.blames, featureList(a))
		}
		if c.blames && a.Has("restates_case") {
			t.Errorf("%s %q: the blame is credited as naming what happened to the customer (%s)", c.lang, c.reply, featureList(a))
		}
	}
}
