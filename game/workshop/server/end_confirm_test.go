package server_test

import (
	"context"
	"net/url"
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/game/workshop/client"
)

// "End workshop" asks before it ends the workshop: the first press shows
// the question on the dashboard, in the trainer's language, with "Yes, end
// the workshop" and "Cancel"; only the confirmed press ends it. (One click,
// right next to the exports, ended the room's joining with no way back.)
func TestEndingAWorkshopAsksFirst(t *testing.T) {
	e := start(t, t.TempDir()+"/w.db")
	e.login()
	code := e.workshop()
	ctx := context.Background()

	e.post("/trainer/w/"+code+"/end", nil)
	if _, _, err := client.Join(ctx, e.base, code, "Anna", "nl"); err != nil {
		t.Fatalf("one press on End workshop ended it: joining gives %v", err)
	}
	for lang, want := range map[string][]string{
		"nl": {"Deze workshop nu beëindigen?", "Ja, beëindig de workshop", "Annuleren"},
		"en": {"End this workshop now?", "Yes, end the workshop", "Cancel"},
	} {
		_, page := e.get("/trainer?w=" + code + "&end=ask&lang=" + lang)
		for _, w := range want {
			if !strings.Contains(page, w) {
				t.Errorf("%s: the dashboard asking to end shows no %q", lang, w)
			}
		}
		if !strings.Contains(page, `name="confirm" value="yes"`) {
			t.Errorf("%s: the question has no button that confirms", lang)
		}
	}
	if _, page := e.get("/trainer?w=" + code); strings.Contains(page, "end-confirm") {
		t.Error("the dashboard asks to end the workshop without being asked to")
	}

	e.post("/trainer/w/"+code+"/end", url.Values{"confirm": {"yes"}})
	if _, _, err := client.Join(ctx, e.base, code, "Bo", "nl"); err == nil {
		t.Fatal("the confirmed press did not end the workshop: Bo could still join")
	}
	if _, page := e.get("/trainer?w=" + code + "&end=ask"); strings.Contains(page, "end-confirm") {
		t.Error("an ended workshop is asked to end again")
	}
}
