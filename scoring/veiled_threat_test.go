package scoring

import "testing"

// A legal threat in the words of a legal template, without "juridisch" or
// "legal", is a legal threat (playtest 22, P22-23: "Wij behouden ons het
// recht voor om passende maatregelen te nemen tegen onjuiste uitlatingen"
// was no threat in either language, and the kitchen case's repaired round
// ended "Gerepareerd in plaats van gedreigd"). Measures the brand takes
// itself, against its own failure or for its staff, are no threat.
func TestAReservedRightToTakeMeasuresIsALegalThreat(t *testing.T) {
	post := "Keuken drie weken te laat en het werkblad is scheef. Nooit meer KeukenPlaza. / Kitchen three weeks late and the worktop is crooked. Never again."
	threats := [][2]string{
		{"nl", "Beste Peter, het spijt ons dat je niet tevreden bent. Wij behouden ons het recht voor om passende maatregelen te nemen tegen onjuiste uitlatingen. Met vriendelijke groet, Sandra"},
		{"en", "Dear Peter, we're sorry you're not satisfied. We reserve the right to take appropriate measures against incorrect statements. Kind regards, Sandra"},
		{"nl", "Peter, KeukenPlaza behoudt zich het recht voor verdere stappen te ondernemen als deze berichten blijven staan. - Sandra"},
		{"en", "Peter, KeukenPlaza reserves the right to take further action if these posts stay up. - Sandra"},
		{"nl", "Peter, als dit zo doorgaat zien wij ons genoodzaakt maatregelen te treffen. - Sandra"},
		{"en", "Peter, if this continues we will be forced to take further steps. - Sandra"},
		{"nl", "Peter, we nemen stappen tegen deze onterechte beschuldigingen. - Sandra"},
		{"en", "Peter, we will take action against these false accusations. - Sandra"},
	}
	for _, c := range threats {
		if a := Default().Analyze(c[1], Context{Language: c[0], CustomerPost: post, CustomerMood: -0.7}); !a.Has("legal_threat") {
			t.Errorf("%q: want a legal threat, got %v (%.0f/%.0f)", c[1], ids(a), a.Empathy, a.Deescalation)
		}
	}
	for _, c := range [][2]string{
		{"nl", "Peter, sorry. We hebben maatregelen genomen: onze monteurs controleren elk werkblad nu met een waterpas. Donderdag komen we het rechtzetten. - Sandra"},
		{"en", "Peter, sorry. We've taken measures: our fitters now check every worktop with a spirit level. We'll level yours on Thursday. - Sandra"},
		{"nl", "Peter, we nemen passende maatregelen tegen herhaling en zetten je werkblad donderdag recht. - Sandra"},
		{"en", "Peter, we're taking steps against this happening again and we'll level your worktop on Thursday. - Sandra"},
	} {
		if a := Default().Analyze(c[1], Context{Language: c[0], CustomerPost: post, CustomerMood: -0.7}); a.Has("legal_threat") || a.Has("threaten_customer") {
			t.Errorf("%q: no threat, got %v", c[1], ids(a))
		}
	}
}

// A consequence made conditional on the customer's review, post or photos
// staying up ("if this review stays up as it is, we'll have to consider our
// options") is a threat, in both languages; a follow-up promised under a
// post that stays is not. Found playing the kitchen case: the reply with
// the conditional threat scored 65/77 without a finding.
func TestAThreatConditionalOnTheReviewStayingUpIsALegalThreat(t *testing.T) {
	post := "Keuken drie weken te laat en het werkblad is scheef. / Kitchen three weeks late and the worktop is crooked."
	for _, c := range []struct {
		lang, reply string
		threat      bool
	}{
		{"en", "Peter, our fitter can come by on Thursday. But if the review stays up in this form, we will have to consider our options. - Sandra", true},
		{"nl", "Peter, onze monteur kan donderdag langskomen. Maar als de recensie zo blijft staan, zullen we onze opties moeten overwegen. - Sandra", true},
		{"en", "Peter, if these photos stay online, we will be forced to act. - Sandra", true},
		{"nl", "Peter, tenzij deze recensie binnen 48 uur verwijderd wordt, zien we ons genoodzaakt verdere stappen te overwegen. - Sandra", true},
		{"en", "Peter, sorry. If the post stays up, we'll add a reply under it with what we changed. - Sandra", false},
		{"nl", "Peter, sorry. Als je bericht blijft staan, zetten we er een reactie onder met wat we veranderd hebben. - Sandra", false},
	} {
		a := Default().Analyze(c.reply, Context{Language: c.lang, CustomerPost: post, CustomerMood: -0.7})
		if got := a.Has("legal_threat"); got != c.threat {
			t.Errorf("%q: legal threat %v, want %v (%v)", c.reply, got, c.threat, ids(a))
		}
	}
}
