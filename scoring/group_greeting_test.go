package scoring

import "testing"

// Playtest 16, P16-2: "Beste allen, …" was credited "+10 Je spreekt de
// klant persoonlijk aan — 'Beste'". A greeting to everyone addresses no one
// in particular, in both languages; "Beste Sanne" and "Hi Tom" still do.
func TestAGreetingToEveryoneIsNoPersonalAddress(t *testing.T) {
	cases := []struct {
		lang, text string
		personal   bool
	}{
		{"nl", "Beste allen, wij nemen dit serieus en zoeken het uit.", false},
		{"nl", "Hoi allemaal, we zoeken het uit.", false},
		{"en", "Dear all, we take this seriously and are looking into it.", false},
		{"en", "Hi everyone, we're looking into it.", false},
		{"nl", "Beste Sanne, het spijt ons. We zoeken het uit.", true},
		{"en", "Hi Tom, I'm sorry. We're looking into it.", true},
	}
	for _, c := range cases {
		name := map[string]string{"nl": "Sanne", "en": "Tom"}[c.lang]
		a := Default().Analyze(c.text, Context{Language: c.lang, CustomerName: name, CustomerPost: "Treated like a thief at the till.", CustomerMood: -0.7})
		if a.Has("personal_address") != c.personal {
			t.Errorf("%s %q: personal_address %v, want %v (%v)", c.lang, c.text, a.Has("personal_address"), c.personal, ids(a))
		}
	}
}
