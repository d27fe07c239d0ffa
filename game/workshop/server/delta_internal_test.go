package server

import (
	"encoding/json"
	"fmt"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/game/workshop/api"
	"github.com/webcaresim/webcaresim/game/workshop/store"
)

// poll asks for the dashboard's live part as the page does.
func poll(s *Server, code string, since uint64) (body, kind string, version string) {
	req := httptest.NewRequest("GET", fmt.Sprintf("/trainer/w/%s/live?s=&since=%d", code, since), nil)
	req.SetPathValue("code", code)
	rec := httptest.NewRecorder()
	s.liveFragment(rec, req)
	return rec.Body.String(), rec.Header().Get("X-Live"), rec.Header().Get("X-Live-Version")
}

// TestDashboardDeltaStaysSmall: 40 trainees send 20,000 replies over many
// rounds; the dashboard's whole live part stays the size of the room, and
// a poll after one more reply carries that reply and little else.
func TestDashboardDeltaStaysSmall(t *testing.T) {
	s := newInternalServer(t)
	const code, trainees, decisions = "DELTA123", 40, 5
	s.hub.mu.Lock()
	wl := s.hub.addWorkshop(store.Workshop{Code: code, Created: time.Now(), Closes: time.Now().Add(time.Hour), Scenarios: []string{"sanoma-juf/nl"}})
	wl.haveTrainees, wl.loaded = true, true
	for i := range trainees {
		s.hub.addTrainee(store.Trainee{ID: fmt.Sprintf("t%02d", i), Workshop: code, Name: fmt.Sprintf("Trainee %02d", i), TokenHash: fmt.Sprint(i), Joined: time.Now()})
	}
	s.hub.mu.Unlock()
	id := int64(0)
	reply := func(i int, text string) {
		trainee := i % trainees
		n := i / trainees // the trainee's n-th reply
		if i < 0 {        // trainee 0's last round's first decision again
			trainee, n = 0, (20000/trainees-1)/decisions*decisions
		}
		ev := api.Event{Kind: api.KindReply, Round: fmt.Sprintf("round-%d", n/decisions), Scenario: "sanoma-juf", Language: "nl",
			Replies: []session.Reply{{Decision: fmt.Sprintf("d%d", n%decisions), Opened: float64(n % decisions), Text: text, Public: true}}}
		data, _ := json.Marshal(ev)
		id++
		s.hub.mu.Lock()
		s.hub.applyEvent(store.Event{ID: id, Workshop: code, Trainee: fmt.Sprintf("t%02d", trainee), Round: ev.Round, Kind: ev.Kind,
			Scenario: "sanoma-juf/nl", At: time.Now(), Data: data})
		s.hub.mu.Unlock()
	}
	text := strings.Repeat("Sorry voor het ongemak, we bellen je vandaag nog. ", 6)
	sizes := map[int]int{}
	for i := range 20000 {
		reply(i, text)
		if i+1 == 2000 || i+1 == 20000 {
			body, kind, _ := poll(s, code, 0)
			if kind != "live" {
				t.Fatalf("a page without a version got %q", kind)
			}
			sizes[i+1] = len(body)
		}
	}
	t.Logf("whole live part: %d bytes after 2,000 replies, %d after 20,000", sizes[2000], sizes[20000])
	if sizes[20000] > sizes[2000]*3/2 {
		t.Errorf("the whole live part grew from %d to %d bytes with the replies; it should stay the size of the room", sizes[2000], sizes[20000])
	}
	_, _, v := poll(s, code, 0)
	var since uint64
	fmt.Sscan(v, &since)
	// One more reply in a trainee's current round (a game sends a decision's
	// reply again: it replaces the card).
	reply(-1, "Nieuwe reactie van nummer nul")
	body, kind, _ := poll(s, code, since)
	t.Logf("the poll after one more reply: %s, %d bytes", kind, len(body))
	if kind != "live-delta" || !strings.Contains(body, "Nieuwe reactie van nummer nul") {
		t.Fatalf("the poll after one reply is %q and has the reply: %v", kind, strings.Contains(body, "Nieuwe reactie"))
	}
	if len(body) > 8<<10 {
		t.Errorf("the delta for one reply is %d bytes", len(body))
	}
	if strings.Count(body, "data-card=") != 1 || strings.Count(body, "data-row=") != 1 {
		t.Errorf("the delta has %d cards and %d rows; want the one reply and its trainee's row", strings.Count(body, "data-card="), strings.Count(body, "data-row="))
	}
}
