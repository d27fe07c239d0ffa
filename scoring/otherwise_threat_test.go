package scoring

import "testing"

// "Otherwise"/"or" is a threat by what it holds out: a block, a charge, the
// law, consequences; a new appointment or a call is a way forward (L24-8:
// "Could you let us know if Thursday doesn't work? Otherwise we'll schedule
// a new appointment" was a threat, 15/13). Dutch "anders" reads the same.
func TestOtherwiseIsAThreatOnlyByWhatItHoldsOut(t *testing.T) {
	r := Default()
	for _, c := range []struct {
		lang, reply string
		threat      bool
	}{
		{"en", "Could you let us know if Thursday doesn't work? Otherwise we'll schedule a new appointment.", false},
		{"en", "Could you DM me your postcode? Otherwise I'll give you a call this afternoon.", false},
		{"en", "Send us your number or we'll call you tomorrow.", false},
		{"en", "You do need to be home when the engineer comes, otherwise we'll charge a call-out fee.", true},
		{"en", "Please remove that post, otherwise we'll have to block you.", true},
		{"en", "Delete the review or we'll take legal steps.", true},
		{"en", "Reply by Friday or we will close your account.", true},
		{"en", "Stop swearing or else.", true},
		{"nl", "Laat je het weten als dat niet uitkomt? Anders zoeken we samen een ander moment.", false},
		{"nl", "Stuur je me je postcode via DM? Anders bel ik je vanmiddag even.", false},
		{"nl", "Je moet wel thuis zijn als de monteur komt, anders brengen we de voorrijkosten in rekening.", true},
		{"nl", "Lever hem op tijd in, anders ben je je borg kwijt.", true},
		{"nl", "Haal het vandaag weg, anders blokkeren we je.", true},
	} {
		a := r.Analyze(c.reply, Context{Language: c.lang, CustomerPost: "Nobody came to fix my boiler today. / Er kwam vandaag niemand voor mijn ketel.", CustomerMood: -0.5})
		if a.Has("threaten_customer") != c.threat {
			t.Errorf("%s %q: threat %v, want %v (%v)", c.lang, c.reply, a.Has("threaten_customer"), c.threat, ids(a))
		}
	}
}
