package server_test

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"
)

// sessionSign is how the control log names the session of a trainer's
// browser: the start of the SHA-256 of its id (the cookie before the dot).
func (e *env) sessionSign() string {
	e.t.Helper()
	u, _ := url.Parse(e.base)
	for _, c := range e.web.Jar.Cookies(u) {
		if id, _, ok := strings.Cut(c.Value, "."); ok && len(id) > 16 {
			sum := sha256.Sum256([]byte(id))
			return hex.EncodeToString(sum[:])[:8]
		}
	}
	e.t.Fatal("the trainer's browser has no session cookie")
	return ""
}

// controlLog is the control room's log as its page reads it.
func (e *env) controlLog(code, lang string) []string {
	e.t.Helper()
	status, body := e.get("/trainer/w/" + code + "/control/state?lang=" + lang)
	var st struct {
		Log []struct{ When, Text string }
	}
	if status != 200 || json.Unmarshal([]byte(body), &st) != nil {
		e.t.Fatalf("control state: %d %.200s", status, body)
	}
	var out []string
	for _, l := range st.Log {
		out = append(out, l.When+" "+l.Text)
	}
	return out
}

// A trainer who takes the control room over leaves a trace on the server:
// the control room's log and the workshop's JSON export say when, which
// login (logged in when, from where) and from which address, in the page's
// language, from what the server saw, never from what the page sent.
func TestATakeoverOfTheControlRoomIsRecorded(t *testing.T) {
	e := start(t, t.TempDir()+"/w.db")
	e.login()
	code := e.workshop()
	first := e.sessionSign()

	again := &env{t: t, ts: e.ts, st: e.st, web: newJarClient(), base: e.base}
	again.login()
	second := again.sessionSign()
	if first == second {
		t.Fatalf("two logins with one sign %q", first)
	}
	// Neither a takeover that was not confirmed nor the password as a
	// bearer token leaves an entry: nothing changed hands.
	again.steer(code, "claim?lang=nl", url.Values{})
	req, _ := http.NewRequest("POST", e.base+"/trainer/w/"+code+"/control/claim", strings.NewReader("confirm=1"))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Origin", e.base)
	req.Header.Set("Authorization", "Bearer "+secret)
	if resp, err := http.DefaultClient.Do(req); err == nil {
		resp.Body.Close()
	}
	if log := e.controlLog(code, "nl"); len(log) != 1 || !strings.Contains(log[0], "Workshop gemaakt door login "+first) {
		t.Fatalf("the log before any takeover: %q, want the making of the workshop by login %s alone", log, first)
	}

	// The page names a session, an address and a time of its own: none of
	// it is believed.
	forged := url.Values{"confirm": {"1"}, "session": {first}, "from": {"6.6.6.6"}, "at": {"2001-01-01T00:00:00Z"}}
	claim, _ := http.NewRequest("POST", e.base+"/trainer/w/"+code+"/control/claim?lang=nl", strings.NewReader(forged.Encode()))
	claim.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	claim.Header.Set("Origin", e.base)
	claim.Header.Set("X-Forwarded-For", "6.6.6.6")
	resp, err := again.web.Do(claim)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("the takeover: %d", resp.StatusCode)
	}
	again.steer(code, "claim?lang=nl", url.Values{"confirm": {"1"}}) // already steering: no second entry

	log := e.controlLog(code, "nl") // the old page reads it too
	if len(log) != 2 {
		t.Fatalf("the log after one takeover: %q, want two entries", log)
	}
	for _, want := range []string{"Regie overgenomen door login " + second + " (ingelogd ", "vanaf 127.0.0.1", "Daarvoor stuurde login " + first} {
		if !strings.Contains(log[1], want) {
			t.Errorf("the Dutch entry of the takeover %q does not say %q", log[1], want)
		}
	}
	if strings.Contains(strings.Join(log, " "), "6.6.6.6") {
		t.Errorf("the log took the page's word for an address: %q", log)
	}
	if en := again.controlLog(code, "en"); len(en) != 2 || !strings.Contains(en[1], "Control taken over by login "+second+" (logged in ") ||
		!strings.Contains(en[1], "Before, login "+first) {
		t.Errorf("the English log: %q", en)
	}

	// The export a trainer downloads carries it.
	status, body := again.get("/trainer/w/" + code + "/export.json?lang=en")
	var exp struct {
		ControlLog []struct {
			Kind, Session, Previous, From string
			LoginFrom                     string `json:"login_from"`
			At                            string
		} `json:"control_log"`
		Attempts []json.RawMessage
	}
	if status != 200 || json.Unmarshal([]byte(body), &exp) != nil {
		t.Fatalf("export: %d %.200s", status, body)
	}
	if len(exp.ControlLog) != 2 {
		t.Fatalf("the export's control log: %+v, want two entries", exp.ControlLog)
	}
	got := exp.ControlLog[1]
	if got.Kind != "claimed" || got.Session != second || got.Previous != first || got.From != "127.0.0.1" ||
		got.LoginFrom != "127.0.0.1" || strings.HasPrefix(got.At, "2001") {
		t.Errorf("the export's entry of the takeover: %+v", got)
	}
}
