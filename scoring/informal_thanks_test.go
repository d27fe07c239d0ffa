package scoring

import "testing"

// Informal spellings of thanks, common on Twitter ("thnx", "thanx", "tnx"),
// are thanks: the debrief said "you do not say thank you" to a reply that
// opened with "haha thnx Kevin!!" (playtest 20, P20-8), in both languages.
func TestInformalThanksCount(t *testing.T) {
	r := Default()
	for _, c := range []struct{ lang, reply string }{
		{"en", "@kevinvdl haha thnx Kevin!! that looks amazing, enjoy your meal! ^Mark"},
		{"en", "thanx for the photo, Kevin! ^Mark"},
		{"en", "tnx Kevin, glad you liked it ^Mark"},
		{"nl", "@kevinvdl haha thnx Kevin!! ziet er top uit, eet smakelijk! ^Mark"},
		{"nl", "thanx voor de foto, Kevin! ^Mark"},
		{"nl", "tnx Kevin, leuk dat hij smaakte ^Mark"},
	} {
		a := r.Analyze(c.reply, Context{Language: c.lang, CustomerPost: "@DominosNL Best pizza ever, thanks", CustomerMood: 0.8})
		if !a.Has("thanks") {
			t.Errorf("%s %q: no thanks found (%v)", c.lang, c.reply, ids(a))
		}
	}
}
