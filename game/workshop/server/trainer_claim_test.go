package server_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
)

// A trainer who logs in again (another browser, another laptop) while the
// first session is still alive is offered the control room of their running
// workshop, in the page's language, and takes it over only by confirming;
// the old session then steers nothing and is told why, in its language.
func TestATrainerLoggedInAgainTakesOverTheControlRoom(t *testing.T) {
	e := start(t, t.TempDir()+"/w.db")
	e.login()
	code := e.workshop()
	inject := url.Values{"target": {"all"}, "inject": {"journalist"}}
	if st, out := e.steer(code, "inject?lang=nl", inject); st != 200 {
		t.Fatalf("the first session steers: %d %v", st, out)
	}

	again := &env{t: t, ts: e.ts, st: e.st, web: newJarClient(), base: e.base}
	again.login()
	status, page := again.get("/trainer/w/" + code + "/control?lang=nl")
	if status != 200 || strings.HasPrefix(strings.TrimSpace(page), "{") {
		t.Fatalf("the control page for the trainer logged in again: %d %.200s", status, page)
	}
	for _, want := range []string{"Regie overnemen", "alleen meekijken"} {
		if !strings.Contains(page, want) {
			t.Errorf("the Dutch control page offers no takeover that names what happens (%q missing)", want)
		}
	}
	status, out := again.steer(code, "inject?lang=nl", inject)
	if status != http.StatusForbidden || !strings.Contains(out["error"].(string), "andere trainerssessie") {
		t.Errorf("steering before taking over: %d %v, want 403 in Dutch", status, out)
	}
	if st, out := again.steer(code, "claim?lang=nl", url.Values{}); st != http.StatusBadRequest {
		t.Errorf("a takeover without confirmation: %d %v, want 400", st, out)
	}
	if st, out := again.steer(code, "claim?lang=nl", url.Values{"confirm": {"1"}}); st != 200 {
		t.Fatalf("the takeover: %d %v", st, out)
	}
	if st, out := again.steer(code, "inject?lang=nl", inject); st != 200 {
		t.Errorf("steering after taking over: %d %v", st, out)
	}

	// The first session is told in its language and steers nothing.
	status, out = e.steer(code, "dial?lang=en", url.Values{"target": {"all"}, "dial": {"1"}})
	if status != http.StatusForbidden || !strings.Contains(out["error"].(string), "Another trainer session") {
		t.Errorf("the old session steers after the takeover: %d %v, want 403 in English", status, out)
	}
	status, body := e.get("/trainer/w/" + code + "/control/state?lang=nl")
	if status != 200 || !strings.Contains(body, `"steering":false`) {
		t.Errorf("the old session's control state: %d %.300s, want a read-only view", status, body)
	}
	status, body = again.get("/trainer/w/" + code + "/control/state?lang=nl")
	if status != 200 || !strings.Contains(body, `"steering":true`) {
		t.Errorf("the new session's control state: %d %.300s", status, body)
	}

	// The password as a bearer token is no session and takes nothing over.
	req, _ := http.NewRequest("POST", e.base+"/trainer/w/"+code+"/control/claim", strings.NewReader("confirm=1"))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Origin", e.base)
	req.Header.Set("Authorization", "Bearer "+secret)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusForbidden {
		t.Errorf("a takeover by the password as a script: %d, want 403", resp.StatusCode)
	}
	if st, _ := again.steer(code, "inject", inject); st != 200 {
		t.Errorf("the new session lost the workshop to a bearer token: %d", st)
	}
}
