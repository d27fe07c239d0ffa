package server_test

import (
	"strings"
	"testing"
)

// A join link in the dashboard's form (/?w=CODE) fills the code field, as
// /?code=CODE does: the field stayed empty and the trainee had to type it.
func TestTheJoinPageTakesTheCodeFromEitherLink(t *testing.T) {
	e := start(t, t.TempDir()+"/w.db")
	for _, link := range []string{"/?code=k7qx2m4p", "/?w=K7QX2M4P"} {
		_, page := e.get(link)
		if !strings.Contains(page, `value="K7QX2M4P"`) {
			t.Errorf("%s: the code field is not filled in", link)
		}
	}
}
