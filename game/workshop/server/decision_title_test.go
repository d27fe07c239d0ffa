package server_test

import (
	"context"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/game/workshop/client"
)

// The room reads a decision by what it asks: the dashboard, the projector
// and the projector debrief show its prompt's first sentence (in the case's
// language, on a Dutch or an English page), never the id the scenario file
// links it by.
func TestThePagesNameADecisionByItsPrompt(t *testing.T) {
	e := start(t, t.TempDir()+"/w.db")
	e.login()
	code := e.workshop()
	c, _, err := client.Join(context.Background(), e.base, code, "Anouk", "nl")
	if err != nil {
		t.Fatal(err)
	}
	playAndReport(t, c, session.Historical{})
	evs, err := e.st.Events(context.Background(), code)
	if err != nil {
		t.Fatal(err)
	}
	var reply int64
	for _, ev := range evs {
		if ev.Kind == "reply" && strings.Contains(string(ev.Data), `"terechtwijzing"`) {
			reply = ev.ID
		}
	}
	if reply == 0 {
		t.Fatal("no reply at the decision terechtwijzing")
	}
	e.post("/trainer/w/"+code+"/focus", url.Values{"event": {strconv.FormatInt(reply, 10)}})

	nl := "Dorien wijst jullie webcare terecht: het vorige antwoord las haar tweet verkeerd."
	for _, p := range []struct{ page, want string }{
		{"/trainer/w/" + code + "/projector?lang=nl", nl},
		{"/trainer?w=" + code + "&lang=nl", nl},
		{"/trainer/w/" + code + "/projector?lang=en", nl},
	} {
		status, page := e.get(p.page)
		if status != 200 {
			t.Fatalf("%s: %d", p.page, status)
		}
		if !strings.Contains(page, p.want) {
			t.Errorf("%s does not name the decision %q", p.page, p.want)
		}
		if strings.Contains(page, "· terechtwijzing") || strings.Contains(page, "<h4>terechtwijzing") {
			t.Errorf("%s shows the decision's id", p.page)
		}
	}
	// The debrief names the decision a reply led to the same way.
	_, page := e.get("/trainer/w/" + code + "/debrief?s=sanoma-juf/nl&d=0&lang=nl")
	if !strings.Contains(page, "Uitkomst: Dorien zet je antwoord te kijk, met #fail.") || strings.Contains(page, "Uitkomst: escalatie") {
		t.Errorf("the debrief's outcome does not name the next decision:\n%s", between(page, "Uitkomst", "</p>"))
	}
}

func between(s, from, to string) string {
	_, after, _ := strings.Cut(s, from)
	before, _, _ := strings.Cut(after, to)
	return from + before
}
