package scenarios

import (
	"strings"
	"testing"
)

// A private post with likes or shares, or a private reply that says how the
// public reacts to it, is refused with the field named.
func TestPrivateKeysAreChecked(t *testing.T) {
	base := `id = "x"
title = "X"
language = "en"
channel = "facebook"
brand = { name = "B", handle = "b" }
summary = "s"
difficulty = 1
sla_minutes = 60
duration = "1h"
[customer]
name = "C"
handle = "c"
[crowd]
audience = 1000
[[post]]
at = "0m"
by = "customer"
private = true
%s
text = "Can I ask you something in private?"
[[decision]]
id = "d"
private_reply = true
prompt = "Answer."
  [[decision.choice]]
  text = "Of course."
  next = "e"
  %s
[[ending]]
id = "e"
kind = "good"
title = "E"
text = "Done."
[debrief]
what_happened = "Nothing."
`
	for _, c := range []struct{ post, choice, field string }{
		{"shares = 4", "", "post[1].private"},
		{"", "crowd = { negative_share = 0.2 }", "decision[1].choice[1].crowd"},
	} {
		src := strings.Replace(strings.Replace(base, "%s", c.post, 1), "%s", c.choice, 1)
		_, problems := Parse("x.en.toml", []byte(src))
		found := false
		for _, p := range problems {
			found = found || !p.Warning && p.Field == c.field && p.Line > 0
		}
		if !found {
			t.Errorf("%s: problems %v, want an error naming %s with its line", c.field, problems, c.field)
		}
	}
	src := strings.Replace(strings.Replace(base, "%s", "", 1), "%s", "", 1)
	if sc, problems := Parse("x.en.toml", []byte(src)); sc == nil || !sc.Posts[0].Private || !sc.Decisions[0].PrivateReply {
		t.Errorf("a valid private post and private reply are not read: %v", problems)
	}
}
