package scoring

import (
	"os"
	"strings"
	"testing"
)

// A pattern written as if "|" joined phrases ("my mistake|our bad", meant
// as "my mistake" or "our bad") found "my our bad" and never what was
// meant, without a word. The rubric refuses it and names the feature and
// the pattern; alternatives of single words in a phrase still load.
func TestAPatternThatJoinsPhrasesWithABarIsRefused(t *testing.T) {
	base, err := os.ReadFile("rubric.toml")
	if err != nil {
		t.Fatal(err)
	}
	with := func(lang, pattern string) error {
		extra := "\n[[feature]]\nid = \"phrase_probe\"\ndimension = \"empathy\"\npoints = 5\n" +
			"label = { nl = \"Proef.\", en = \"Probe.\" }\npatterns." + lang + " = [" + quoteTOML(pattern) + "]\n"
		_, err := Parse(append(append([]byte(nil), base...), extra...), "rubric.toml")
		return err
	}
	for _, c := range []struct{ lang, pattern string }{
		{"en", "my mistake|our bad"},
		{"en", "in future|the future * please"},
		{"en", "as a customer * no longer|not welcome"},
		{"en", "works * from now|from today|again"},
		{"nl", "mijn fout|onze schuld"},
		{"nl", "niet meer|nooit meer|nooit"},
		{"nl", "werkt * vanaf nu|vanaf vandaag|weer"},
	} {
		err := with(c.lang, c.pattern)
		if err == nil {
			t.Errorf("%s %q loads: it reads its | as joining phrases", c.lang, c.pattern)
			continue
		}
		if msg := err.Error(); !strings.Contains(msg, `feature "phrase_probe"`) || !strings.Contains(msg, quoteTOML(c.pattern)) {
			t.Errorf("%s %q: the error does not name the feature and the pattern: %s", c.lang, c.pattern, msg)
		}
	}
	for _, c := range []struct{ lang, pattern string }{
		{"nl", "sorry voor het|de ongemak"},
		{"nl", "leef|leven * met je|jou|u|jullie mee"},
		{"nl", "ben je|u * niet meer|langer welkom"},
		{"en", "dm|pm|message us your|the details|info|information"},
		{"en", "we can't|cannot comment on"},
		{"en", "you may|might have forgotten"},
		{"en", "sorry|sad|saddened|regret|apolog* to hear|learn|read|see you|that|they * feel|felt|see|saw * that|this way"},
	} {
		if err := with(c.lang, c.pattern); err != nil {
			t.Errorf("%s %q, one word or another in a phrase, is refused: %v", c.lang, c.pattern, err)
		}
	}
}

func quoteTOML(s string) string { return `"` + strings.ReplaceAll(s, `"`, `\"`) + `"` }
