package scoring

import "testing"

// Playtest 21, P21-15: "Maybe next time count to ten before you type", to
// a customer who had just apologised in public, was no blame in English
// while its Dutch twin ("Tel volgende keer misschien even tot tien") was.
// A lecture on the customer's temper is blame in both languages; the
// brand's own promise for next time is not.
func TestCountToTenIsALectureInBothLanguages(t *testing.T) {
	post := map[string]string{
		"nl": "Ik was boos en had jullie team geen idioten moeten noemen. Sorry, Megan.",
		"en": "I was angry and shouldn't have called your team idiots. Sorry, Megan.",
	}
	for _, c := range []struct {
		lang, text string
		blame      bool
	}{
		{"nl", "Excuses aanvaard, Jason. Tel volgende keer misschien even tot tien voordat je typt. - Rob", true},
		{"en", "Apology accepted, Jason. Maybe next time count to ten before you type. - Rob", true},
		{"en", "Apology accepted, Jason. Next time just think before you tweet. - Rob", true},
		{"en", "Thanks Jason. Next time we'll answer faster ourselves. - Rob", false},
		{"nl", "Dank je Jason. Volgende keer reageren we zelf sneller. - Rob", false},
	} {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerPost: post[c.lang], CustomerMood: 0.3})
		if a.Has("blame_customer") != c.blame {
			t.Errorf("%s %q: blame %v, want %v (%v)", c.lang, c.text, a.Has("blame_customer"), c.blame, ids(a))
		}
	}
}
