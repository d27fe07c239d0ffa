package server_test

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/game/workshop/api"
	"github.com/webcaresim/webcaresim/game/workshop/client"
	"github.com/webcaresim/webcaresim/game/workshop/store"
)

// The child process of TestKilledServerLosesNoAcknowledgedResult: a server
// on the SQLite file named in the environment, until it is killed.
func init() {
	path := os.Getenv("WEBCARESIM_CRASH_SERVER")
	if path == "" {
		return
	}
	serveForTest(path) // load_test.go
}

// TestKilledServerLosesNoAcknowledgedResult kills the server (SIGKILL)
// while trainees post results, then checks that every result it
// acknowledged is in the store.
func TestKilledServerLosesNoAcknowledgedResult(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a server process")
	}
	path := t.TempDir() + "/crash.db"
	ctx := context.Background()
	// A workshop, made before the server starts.
	st, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.CreateWorkshop(ctx, store.Workshop{Code: "CRASH1", Created: time.Now(), Scenarios: []string{"sanoma-juf/nl"}}); err != nil {
		t.Fatal(err)
	}
	st.Close()

	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "WEBCARESIM_CRASH_SERVER="+path)
	out, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	line, _ := bufio.NewReader(out).ReadString('\n')
	addr, ok := strings.CutPrefix(strings.TrimSpace(line), "ADDR ")
	if !ok {
		t.Fatalf("the server did not start: %q", line)
	}
	base := "http://" + addr

	s, err := session.Run(sanoma(t), session.Options{Seed: 5, Mode: session.Workshop}, session.Historical{})
	if err != nil {
		t.Fatal(err)
	}
	rep, tr := s.Report(), s.Transcript()
	var mu sync.Mutex
	acked := map[string]bool{}
	var wg sync.WaitGroup
	stop := time.Now().Add(1500 * time.Millisecond)
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c, _, err := client.Join(ctx, base, "CRASH1", fmt.Sprintf("T%d", i), "nl")
			if err != nil {
				return
			}
			for n := 0; ; n++ {
				res, err := c.Result(ctx, apiResult(fmt.Sprintf("r%d-%d", i, n), rep, tr))
				if err != nil {
					return // the server is gone
				}
				mu.Lock()
				acked[res.ID] = true
				mu.Unlock()
			}
		}()
	}
	// Kill after the trainees have posted for a while, and not before the
	// server acknowledged a result: on a loaded machine (CI at load 15) it
	// had answered "busy" to every post in the first 1.5 s, and the test
	// killed it with nothing to check.
	for late := stop.Add(30 * time.Second); time.Now().Before(stop) || time.Now().Before(late) && nAcked(&mu, acked) == 0; {
		time.Sleep(50 * time.Millisecond)
	}
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()
	wg.Wait()

	st, err = store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	rs, err := st.Results(ctx, "CRASH1")
	if err != nil {
		t.Fatal(err)
	}
	have := map[string]bool{}
	for _, r := range rs {
		have[r.Attempt.ID] = true
	}
	lost := 0
	for id := range acked {
		if !have[id] {
			lost++
		}
	}
	t.Logf("killed the server after %d acknowledged results; %d in the store after restart, %d lost", len(acked), len(rs), lost)
	if len(acked) == 0 || lost > 0 {
		t.Fatalf("%d of %d acknowledged results lost", lost, len(acked))
	}
}

func nAcked(mu *sync.Mutex, acked map[string]bool) int {
	mu.Lock()
	defer mu.Unlock()
	return len(acked)
}

func apiResult(round string, rep session.Report, tr session.Transcript) api.ResultRequest {
	return api.ResultRequest{Round: round, Started: time.Now().Add(-time.Minute), Ended: time.Now(), Finished: true, Report: rep, Transcript: &tr}
}
