package game

import (
	"context"
	"errors"
	"net/http"
	"runtime"
	"sync"
	"testing"
	"time"
)

// countingTransport refuses every request and counts where it was meant
// to go.
type countingTransport struct {
	mu   sync.Mutex
	hits []string
}

func (c *countingTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.hits = append(c.hits, r.Method+" "+r.URL.String())
	return nil, errors.New("no network in this test")
}

// The workshops drawn for `webcaresim shots` ask no server: the picture of
// the picker with a workshop whose code failed started a join of it, and
// the shots tried to join a workshop at a local-network address
// (192.168.1.20), as the screenshots' player, on whatever network the
// author was on.
func TestTheScreenshotsWorkshopsAskNoServer(t *testing.T) {
	rec := &countingTransport{}
	saved := http.DefaultTransport
	http.DefaultTransport = rec
	t.Cleanup(func() { http.DefaultTransport = saved })

	for _, w := range []*Workshop{shotJoinedWorkshop(), shotFailedWorkshop()} {
		w.join(shotPlayer, "nl") // what the picker does when it opens
		w.refresh()
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		w.joined(ctx) // waits for a join, if one was started
		cancel()
		for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); {
			w.mu.Lock()
			busy := w.refreshing
			w.mu.Unlock()
			if !busy { // a refresh, if one was started, has had its answer
				break
			}
			runtime.Gosched()
		}
	}
	rec.mu.Lock()
	defer rec.mu.Unlock()
	if len(rec.hits) > 0 {
		t.Errorf("the screenshots' workshops asked a server: %q", rec.hits)
	}
}
