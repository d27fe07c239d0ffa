package scoring

import "testing"

// A fix named inside a clause of a moment, a condition or a purpose is
// still to come, whatever words name it: it is no fix done in either
// language, and such a promise ranks below a reply that gives the date
// (the released blind14: "We'll let you know as soon as the pool is open
// again" above "Lessons restart on Monday at the usual time"). A word that
// points back to a time ("until then", "tot die tijd") opens no clause:
// the fix after it is done, and so is a fix with no opener at all.
func TestAFixInAClauseStillToComeIsNoFixDone(t *testing.T) {
	r := Default()
	posts := map[string]string{
		"nl": "@Sportfondsen Wanneer gaan de zwemlessen van mijn dochter weer verder? Al 3 weken uitgevallen door het kapotte bad.",
		"en": "@everyoneactive When will my daughter's swimming lessons start again? Cancelled for 3 weeks because of the broken pool.",
	}
	dated := map[string]string{
		"nl": "@anke Het bad gaat maandag weer open, de lessen gaan dan op de gewone tijd verder. ^Esther",
		"en": "@anke The pool reopens on Monday and lessons carry on at the usual time. ^Esther",
	}
	for _, c := range []struct{ lang, text string }{
		{"nl", "@anke We laten het je weten zodra het bad weer open is. ^Esther"},
		{"nl", "@anke Zodra het bad weer open is, staan de lessen weer voor je klaar. ^Esther"},
		{"nl", "@anke We doen er alles aan om het bad zo snel mogelijk weer open te krijgen. ^Esther"},
		{"nl", "@anke Als het bad weer open is, krijg je bericht van ons. ^Esther"},
		{"en", "@anke We'll let you know as soon as the pool is open again. ^Esther"},
		{"en", "@anke We'll be in touch once the pool has been repaired. ^Esther"},
		{"en", "@anke If the repair is finished this week, the lessons are back on. ^Esther"},
		{"en", "@anke We'll message you when the pool is open again. ^Esther"},
	} {
		ctx := Context{Language: c.lang, CustomerMood: -0.5, CustomerPost: posts[c.lang]}
		a, d := r.Analyze(c.text, ctx), r.Analyze(dated[c.lang], ctx)
		if a.Has("resolved") || Overall(a) >= Overall(d) {
			t.Errorf("%s %q: fix done %v, %.1f against the date's %.1f: %v", c.lang, c.text, a.Has("resolved"), Overall(a), Overall(d), ids(a))
		}
	}
	for _, c := range []struct{ lang, text string }{
		{"nl", "@anke Het bad is weer open, de lessen gaan vandaag verder. ^Esther"},
		{"nl", "@anke Het bad gaat maandag open. Tot die tijd heb ik je dochter bij de lessen in Zuid ingepland. ^Esther"},
		{"en", "@anke The pool is open again and lessons restart today. ^Esther"},
		{"en", "@anke The pool reopens Monday. Until then I've booked your daughter into the lessons at Southside. ^Esther"},
	} {
		a := r.Analyze(c.text, Context{Language: c.lang, CustomerMood: -0.5, CustomerPost: posts[c.lang]})
		if !a.Has("resolved") {
			t.Errorf("%s %q: the fix done is not read: %v", c.lang, c.text, ids(a))
		}
	}
}
