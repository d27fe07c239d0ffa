package scoring

import "testing"

// A sentence that reports the fix done ("De dubbele incasso is
// teruggeboekt") is one thing the brand did: it counts once, as resolved.
// It is not also the customer's case read back to them, nor a second,
// promised step (playtest 12, P12-24). A fix in one sentence and the
// customer's harm named in another still earn both. Both languages.
func TestAFixReportedDoneCountsOnce(t *testing.T) {
	r := Default()
	facts := map[string]string{
		"nl": "Een dubbele incasso op haar abonnement; teruggeboekt, maandag op haar rekening.",
		"en": "A double charge on her subscription; refunded, on her account on Monday.",
	}
	posts := map[string]string{
		"nl": "@SanomaMediaNL Oké, dat is netjes. Check je DM.",
		"en": "@SanomaMedia Okay, that's decent. Check your DMs.",
	}
	for _, c := range []struct {
		lang, reply string
		restates    bool
	}{
		{"nl", "@dorien_deboef De dubbele incasso is teruggeboekt. ^Lotte", false},
		{"en", "@dorien_deboef The double charge has been refunded. ^Lotte", false},
		{"nl", "@dorien_deboef Ik heb de dubbele incasso teruggeboekt. ^Lotte", false},
		{"en", "@dorien_deboef I've refunded the double charge. ^Lotte", false},
		{"nl", "@dorien_deboef Vervelend, zo'n dubbele incasso op je abonnement. Het bedrag is teruggeboekt. ^Lotte", true},
		{"en", "@dorien_deboef Annoying, a double charge on your subscription. The amount has been refunded. ^Lotte", true},
	} {
		a := r.Analyze(c.reply, Context{Language: c.lang, CustomerMood: 0.2, CustomerName: "Dorien", CustomerHandle: "dorien_deboef",
			CustomerPost: posts[c.lang], Situation: facts[c.lang]})
		if !a.Has("resolved") {
			t.Errorf("%s %q: the fix is not reported done (%s)", c.lang, c.reply, featureList(a))
		}
		if a.Has("restates_case") != c.restates {
			t.Errorf("%s %q: restates the case %v, want %v (%s)", c.lang, c.reply, a.Has("restates_case"), c.restates, featureList(a))
		}
		for _, f := range a.Features {
			if f.ID == "next_step" {
				for _, g := range a.Features {
					if g.ID == "resolved" && g.Start <= f.Start && f.End <= g.End {
						t.Errorf("%s %q: the fix %q counts again as a step %q (%s)", c.lang, c.reply, a.Text[g.Start:g.End], a.Text[f.Start:f.End], featureList(a))
					}
				}
			}
		}
	}
}

// A time inside a wish or a greeting ("Goede rit vandaag!", "Enjoy your
// evening tonight") is no step the brand takes and no moment the customer
// can hold it to (playtest 12, P12-8). A promise with a time still is.
// Both languages.
func TestATimeInAWishIsNoStep(t *testing.T) {
	r := Default()
	for _, c := range []struct {
		lang, reply string
		step        bool
	}{
		{"nl", "Fijn om te lezen, Marco. Goede rit vandaag!", false},
		{"en", "Great to read, Marco. Have a good ride today!", false},
		{"nl", "Dank je, Marco! Fijne avond vanavond en veel plezier morgen.", false},
		{"en", "Thanks, Marco! Enjoy your evening tonight and have fun tomorrow.", false},
		{"nl", "Succes morgen met je examen, Marco!", false},
		{"en", "Good luck tomorrow with your exam, Marco!", false},
		{"nl", "Fijn om te lezen, Marco. Ik bel je vandaag nog even.", true},
		{"en", "Great to read, Marco. I'll call you today.", true},
	} {
		a := r.Analyze(c.reply, Context{Language: c.lang, CustomerMood: 0.6, CustomerName: "Marco"})
		if got := a.Has("next_step") || a.Has("concrete_time"); got != c.step {
			t.Errorf("%s %q: a step or a time to hold us to %v, want %v (%s)", c.lang, c.reply, got, c.step, featureList(a))
		}
	}
}

// Corporate padding costs in proportion to its length: two sentences of
// thanks and striving around a one-line fix cost more than a token (playtest
// 12, P12-24: 30 of 45 words cost -2/-1), while the fix alone costs
// nothing. Both languages.
func TestPaddingCostsInProportion(t *testing.T) {
	r := Default()
	for _, c := range []struct{ lang, padded, plain string }{
		{"nl", "@dorien_deboef Bij deze willen wij u nogmaals hartelijk danken voor uw geduld en begrip in deze kwestie. Wij streven er te allen tijde naar om onze klanten zo goed mogelijk van dienst te zijn en nemen uw feedback mee in onze processen. De dubbele incasso is teruggeboekt. ^Lotte",
			"@dorien_deboef De dubbele incasso is teruggeboekt. ^Lotte"},
		{"en", "@dorien_deboef Hereby we would like to thank you once again for your patience and understanding in this matter. We always strive to serve our customers as well as possible and will take your feedback into account in our processes. The double charge has been refunded. ^Lotte",
			"@dorien_deboef The double charge has been refunded. ^Lotte"},
	} {
		ctx := Context{Language: c.lang, CustomerMood: 0.2, CustomerName: "Dorien", CustomerHandle: "dorien_deboef"}
		cost := func(text string) float64 {
			sum := 0.0
			for _, f := range r.Analyze(text, ctx).Features {
				if f.ID == "padding" && f.Dimension == "deescalation" {
					sum += f.Points
				}
			}
			return sum
		}
		if got := cost(c.padded); got > -3 {
			t.Errorf("%s: padding costs %.1f de-escalation, want at least 3 for some 30 words of padding", c.lang, got)
		}
		if got := cost(c.plain); got != 0 {
			t.Errorf("%s %q: a short reply is charged %.1f for padding", c.lang, c.plain, got)
		}
	}
}
