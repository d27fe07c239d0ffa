package scoring

import (
	"strings"
	"testing"
)

// A thing of a topic is found in the forms a reply writes it in: a
// diminutive ("bonnetje" for bon, "treintje" for trein, "kaartjes" for
// kaart) or an English plural in -ies ("deliveries" for delivery), and a
// word that is no listed thing in any form has no topic.
func TestTopicOfBaseForms(t *testing.T) {
	r := Default()
	for _, c := range []struct {
		lang, word, like string
	}{
		{"nl", "bonnetje", "bon"},
		{"nl", "bonnetjes", "bon"},
		{"nl", "treintje", "trein"},
		{"nl", "fietsje", "fiets"},
		{"nl", "kassabonnetje", "kassabon"},
		{"en", "deliveries", "delivery"},
		{"en", "batteries", ""},
		{"nl", "meisje", ""},
	} {
		lr := r.langs[c.lang]
		w := []byte(c.word)
		got := lr.topicOf(w, []byte(stemString(c.word, c.lang)))
		want := uint64(0)
		if c.like != "" {
			want = lr.topic[c.like]
		}
		if got != want {
			t.Errorf("%s %q: topics %b, want %b (those of %q)", c.lang, c.word, got, want, c.like)
		}
	}
}

// settings.topic_implies must name topics the languages list: a typo is
// an error that names the file, the line and the key.
func TestTopicImpliesNamesKnownTopics(t *testing.T) {
	src := strings.Replace(string(builtinRubric), `furniture = ["order"]`, `furniture = ["ordr"]`, 1)
	if src == string(builtinRubric) {
		t.Fatal("the built-in rubric has no topic_implies for furniture")
	}
	_, err := Parse([]byte(src), "mine.toml")
	if err == nil || !strings.Contains(err.Error(), "mine.toml:") || !strings.Contains(err.Error(), `"ordr"`) {
		t.Errorf("a rubric whose topic_implies names no topic loads: %v", err)
	}
}
