package game

import (
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
)

// The briefing's post and the post pinned above the feed are the one the
// case opened with: Servicepolitie opens with the paper bringing Anouk's
// complaint, not with her thank-you that comes after a good reply.
func TestOpeningPostIsTheOneTheCaseOpenedWith(t *testing.T) {
	set := scenarios.BuiltinForPlay()
	for _, c := range []struct{ id, lang, by, says string }{
		{"servicepolitie", "nl", "parool", "vijftig minuten"},
		{"servicepolitie", "en", "parool", "fifty minutes"},
		{"sanoma-juf", "nl", "customer", ""},
	} {
		sc, ok := set.Find(c.id, c.lang)
		if !ok {
			t.Fatalf("%s/%s not built in", c.id, c.lang)
		}
		p, ok := sc.OpeningPost()
		if !ok || p.By != c.by || !strings.Contains(p.Text, c.says) {
			t.Errorf("%s/%s opens with %q by %q, want the post by %q", c.id, c.lang, p.Text, p.By, c.by)
		}
		if name, handle := sc.Author(p.By); name == "" || handle == "" {
			t.Errorf("%s/%s: the opening post has no author (%q @%q)", c.id, c.lang, name, handle)
		}
	}
}
