package scoring

import (
	"slices"
	"testing"
)

// A row of the post's own words with no function word in it ("inpost
// locker code parcel") is a keyword list: it says nothing to the customer,
// so it does not restate their harm. Before, such a row earned the
// restatement's acknowledgement and scored about 60, above hollow sympathy
// and a blamed customer (the lead's groups nl100/en100). A sentence that
// says the harm back in words of its own ("three weeks without light in
// the bike shed") still restates it.
func TestARowOfThePostsWordsIsNoRestatement(t *testing.T) {
	cases := []struct{ lang, post, list, sentence string }{
		{"en", "Locker says my parcel is there, code doesn't work, been trying for 20 minutes.",
			"@chrisdoes locker parcel code trying",
			"@chrisdoes Twenty minutes at a locker with a code that doesn't work for your parcel, Chris. That is on us."},
		{"nl", "Al drie weken geen licht in de fietsenstalling bij het station. 's Avonds is het daar echt eng.",
			"@jasperr fietsenstalling licht station avonds eng",
			"@jasperr Drie weken geen licht in de fietsenstalling, 's avonds eng: dat klopt niet, Jasper."},
	}
	for _, c := range cases {
		ctx := Context{Language: c.lang, CustomerPost: c.post, CustomerMood: -0.6}
		list := Default().Analyze(c.list, ctx)
		if slices.Contains(ids(list), "restates_case") {
			t.Errorf("%q: a row of the post's words is read as restating the case: %v", c.list, ids(list))
		}
		if o := Overall(list); o > 35 {
			t.Errorf("%q: a keyword list scores %.0f, want no more than a hollow reply's 35", c.list, o)
		}
		if s := Default().Analyze(c.sentence, ctx); !slices.Contains(ids(s), "restates_case") {
			t.Errorf("%q: the harm said back in a sentence is not read as restating it: %v", c.sentence, ids(s))
		}
	}
}
