package server_test

import (
	"context"
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/game/workshop/client"
)

func TestRepliesAndNamesAreDrawnSafely(t *testing.T) {
	e := start(t, t.TempDir()+"/w.db")
	e.login()
	code := e.workshop()
	ctx := context.Background()
	zalgo := "Z" + strings.Repeat("\u0301\u0308\u0323", 10) + "oë"
	c, joined, err := client.Join(ctx, e.base, code, zalgo, "nl")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Count(joined.Name, "\u0301")+strings.Count(joined.Name, "\u0308")+strings.Count(joined.Name, "\u0323") > 3 || !strings.HasSuffix(joined.Name, "oë") {
		t.Fatalf("a name with 30 marks on one letter joined as %q; want at most 3 marks a letter, the rest kept", joined.Name)
	}
	publishFirst(t, c, "r1", "Sorry \u202Eteb ik je\u202C vandaag, \u2067שלום\u2069 ^Lotte")
	_, page := e.get("/trainer?w=" + code)
	for _, bidi := range []string{"\u202E", "\u202C", "\u2067", "\u2069"} {
		if strings.Contains(page, bidi) {
			t.Errorf("the dashboard draws the bidi control U+%04X of a reply", []rune(bidi)[0])
		}
	}
	// (the server's own analysis marks "Sorry", "vandaag" and the name)
	if !strings.Contains(page, "teb ik je") || !strings.Contains(page, ", שלום ") || !strings.Contains(page, "^Lotte</mark>") {
		t.Error("the reply's text (right-to-left letters included) is not on the dashboard")
	}
	if !strings.Contains(page, `class="cut"`) {
		t.Error("names are not drawn in a cut box")
	}
}
