package progress

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/webcaresim/webcaresim/game/session"
)

// The crash tests re-run this test binary as a child that saves attempts in
// a loop and reports over its stdout pipe:
//
//	begin ID   it is about to call Save
//	write ID   Save holds the lock and is about to write(2) the record
//	ok ID      Save returned: the attempt is acknowledged
//
// The parent kills the child with SIGKILL at random points inside writes
// and checks that every acknowledged attempt can be read.
const (
	envCrashDir   = "WEBCARESIM_CRASH_DIR"
	envCrashRun   = "WEBCARESIM_CRASH_RUN"
	envCrashCount = "WEBCARESIM_CRASH_COUNT" // stop after this many; 0: until killed
)

// TestCrashChild is the child's body; it does nothing in a normal test run.
func TestCrashChild(t *testing.T) {
	dir := os.Getenv(envCrashDir)
	if dir == "" {
		t.Skip("only run as the child of the crash tests")
	}
	count, _ := strconv.Atoi(os.Getenv(envCrashCount))
	run := os.Getenv(envCrashRun)
	s, err := Open(dir)
	if err != nil {
		fmt.Printf("error %v\n", err)
		os.Exit(3)
	}
	for i := 0; count == 0 || i < count; i++ {
		a := bigAttempt(fmt.Sprintf("%s-%d", run, i), i)
		if count > 0 { // a bounded run tests concurrency, not tearing: keep it quick
			a = attempt(a.ID, a.Player, a.Scenario, a.Started, 50)
		}
		testHookBeforeWrite = func() { fmt.Printf("write %s\n", a.ID) }
		fmt.Printf("begin %s\n", a.ID)
		if err := s.Save(a); err != nil {
			fmt.Printf("error %v\n", err)
			os.Exit(3)
		}
		fmt.Printf("ok %s\n", a.ID)
	}
	s.Close()
	os.Exit(0)
}

// bigAttempt is a record of some 2 MB (a long curve and a very long typed
// reply), so a write(2) spans hundreds of pages and a kill can tear it.
func bigAttempt(id string, i int) Attempt {
	a := attempt(id, fmt.Sprintf("Speler %d, \"test\" 🙂", i), "sanoma-juf", t0.Add(time.Duration(i)*time.Minute), float64(i%100))
	a.Report.Curve = make([]session.CurvePoint, 300)
	for k := range a.Report.Curve {
		a.Report.Curve[k] = session.CurvePoint{Minute: float64(5 * k), Posts: k, NegativeShare: 0.5, Outrage: float64(k%97) + 0.25}
	}
	a.Report.Replies[0].Text = strings.Repeat(tricky+" ", 10) + strings.Repeat("Het spijt ons echt, we bellen je vandaag nog. ", 40000)
	return a
}

func startChild(t *testing.T, dir, run string, count int) (*exec.Cmd, *bufio.Scanner) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), envCrashDir+"="+dir, envCrashRun+"="+run, envCrashCount+"="+strconv.Itoa(count))
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return cmd, bufio.NewScanner(out)
}

func TestCrashKillDuringWrites(t *testing.T) {
	if os.Getenv(envCrashDir) != "" {
		t.Skip("in the child")
	}
	kills := 40
	if testing.Short() {
		kills = 8
	}
	var dir string
	var acked map[string]bool
	torn, began, ackedAll, stored := 0, 0, 0, 0
	rng := rand.New(rand.NewPCG(1, uint64(time.Now().UnixNano())))
	for k := range kills {
		if k%10 == 0 {
			// A fresh store every ten kills keeps the checks fast.
			dir, acked = t.TempDir(), map[string]bool{}
		}
		cmd, lines := startChild(t, dir, fmt.Sprint("r", k), 0)
		// Kill in the target-th Save: half the time as soon as the child
		// says it is writing (to tear records), else at a random point.
		target := 1 + rng.IntN(3)
		onWrite := k%2 == 0
		killed := false
		kill := func(spin time.Duration) {
			for t0 := time.Now(); time.Since(t0) < spin; {
			}
			if err := cmd.Process.Kill(); err != nil {
				t.Fatal(err)
			}
			killed = true
		}
		for lines.Scan() {
			f := strings.Fields(lines.Text())
			if len(f) < 2 {
				continue
			}
			switch f[0] {
			case "error":
				t.Fatalf("child: %s", lines.Text())
			case "ok":
				acked[f[1]] = true
				ackedAll++
			case "begin":
				began++
				target--
				if target == 0 && !onWrite && !killed {
					// Marshalling, the write(2), the fsync or just after.
					kill(time.Duration(rng.IntN(5000)) * time.Microsecond)
				}
			case "write":
				if target == 0 && onWrite && !killed {
					kill(time.Duration(rng.IntN(200)) * time.Microsecond)
				}
			}
		}
		// The pipe is drained: every "ok" the child wrote before it died is read.
		if err := cmd.Wait(); err == nil {
			t.Fatalf("child %d ended by itself", k)
		}

		s, err := Open(dir)
		if err != nil {
			t.Fatalf("after kill %d the store does not open: %v", k+1, err)
		}
		torn += len(s.Repaired())
		as, problems, err := s.List(Filter{})
		if err != nil {
			t.Fatal(err)
		}
		if len(problems) > 0 {
			t.Fatalf("after kill %d and repair: problems %v", k+1, problems)
		}
		have := map[string]bool{}
		for _, a := range as {
			have[a.ID] = true
		}
		for id := range acked {
			if !have[id] {
				t.Fatalf("after kill %d: acknowledged attempt %s is lost", k+1, id)
			}
		}
		// The store still appends.
		id := fmt.Sprint("parent-", k)
		if err := s.Save(attempt(id, "Ouder", "sanoma-juf", t0, 50)); err != nil {
			t.Fatalf("after kill %d Save fails: %v", k+1, err)
		}
		acked[id] = true
		stored += len(as)
		s.Close()
	}
	t.Logf("%d kills (%d of them on the write handshake), %d saves begun by the children, %d acknowledged, %d torn records moved aside, %d records checked after the kills",
		kills, (kills+1)/2, began, ackedAll, torn, stored)
}

func TestTwoProcessesAppendAtOnce(t *testing.T) {
	if os.Getenv(envCrashDir) != "" {
		t.Skip("in the child")
	}
	dir := t.TempDir()
	const n = 200
	var cmds []*exec.Cmd
	done := make(chan int, 2)
	for p := range 2 {
		cmd, lines := startChild(t, dir, fmt.Sprint("p", p), n)
		cmds = append(cmds, cmd)
		go func() {
			oks := 0
			for lines.Scan() {
				if strings.HasPrefix(lines.Text(), "ok ") {
					oks++
				}
			}
			done <- oks
		}()
	}
	total := <-done + <-done
	for _, c := range cmds {
		if err := c.Wait(); err != nil {
			t.Fatalf("child: %v", err)
		}
	}
	s := openT(t, dir)
	as, problems := listT(t, s, Filter{})
	if total != 2*n || len(as) != 2*n || len(problems) > 0 {
		t.Errorf("%d acknowledged, %d stored, problems %v; want %d, %d, none", total, len(as), problems, 2*n, 2*n)
	}
}
