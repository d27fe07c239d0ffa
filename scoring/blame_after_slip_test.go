package scoring

import "testing"

// A sorry for the brand's own slip ("sorry about the wait", "sorry voor
// het wachten") is an apology like any other: blame of the customer after
// it takes it back, and the finding that names the slip goes with it. It
// stood, and a story that asks for an apology took it for one: in the
// Liberty case "Sorry about the wait, Jason. … But you were quite rude to
// my team" reached the best ending. Without blame it stays.
func TestBlameAfterASorryForASlipTakesItBack(t *testing.T) {
	post := map[string]string{
		"en": "Ten days late and three emails without an answer. Useless lot.",
		"nl": "Tien dagen te laat en drie mails zonder antwoord. Waardeloos stelletje.",
	}
	for _, c := range []struct {
		lang, text string
		blamed     bool
	}{
		{"en", "Sorry about the wait, Tom. I'm shipping your order by express today. But you were quite rude to my team, and that's on you.", true},
		{"en", "Sorry for the delay, Tom. If you'd checked the tracking link in our email, you'd have seen it was held at customs.", true},
		{"nl", "Sorry voor het wachten, Tom. Ik verstuur je bestelling vandaag per express. Maar je was wel erg onbeleefd tegen mijn team.", true},
		{"nl", "Sorry voor de vertraging, Tom. Je had het ook zelf kunnen nakijken in de track-en-trace.", true},
		{"en", "Sorry about the wait, Tom. I'm shipping your order by express today.", false},
		{"nl", "Sorry voor het wachten, Tom. Ik verstuur je bestelling vandaag per express.", false},
	} {
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerName: "Tom", CustomerPost: post[c.lang], CustomerMood: -0.8})
		if c.blamed && (a.Has("apology") || a.Has("apology_for_slip")) {
			t.Errorf("%s %q: the sorry for the slip stands beside the blame (%v)", c.lang, c.text, ids(a))
		}
		if !c.blamed && (!a.Has("apology") || !a.Has("apology_for_slip")) {
			t.Errorf("%s %q: the sorry for the slip should stand (%v)", c.lang, c.text, ids(a))
		}
	}
}
