package progress

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/scoring"
)

var t0 = time.Date(2026, 11, 22, 19, 0, 0, 0, time.UTC)

// tricky is text that must survive every format: commas, quotes, line
// breaks, a formula, emoji, right-to-left script, U+2028.
const tricky = "Sorry, \"Dorien\"!\nWe bellen je. =SUM(A1) 🙏🏽 مرحبا שלום\u2028^Lotte, 'quoted'"

func attempt(id, player, scenario string, started time.Time, overall float64) Attempt {
	r := session.Report{Scenario: scenario, Language: "nl", Title: "Wat wil je nou?", Player: player,
		Mode: session.Practice, Seed: 7, Grade: session.Grade(overall), Ending: "afkoelen", EndingKind: "good",
		Scores: session.Scores{Empathy: overall, Speed: 80, Deescalation: overall, Overall: overall, SpeedScored: true},
		Replies: []session.Reply{{Decision: "eerste-reactie", Opened: 9, Minute: 12, Text: tricky, Public: true,
			Next: "afkoelen", Speed: 90, Analysis: scoring.Analysis{Text: tricky, Language: "nl", Empathy: 70, Deescalation: 60}}},
		Curve: []session.CurvePoint{{Minute: 0}, {Minute: 5, Posts: 3, NegativeShare: 0.5, Outrage: 12.5}}}
	a := New(r, started, started.Add(20*time.Minute), true, "game")
	if id != "" {
		a.ID = id
	}
	return a
}

func openT(t *testing.T, dir string) *Store {
	t.Helper()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func listT(t *testing.T, s *Store, f Filter) ([]Attempt, []Problem) {
	t.Helper()
	as, problems, err := s.List(f)
	if err != nil {
		t.Fatal(err)
	}
	return as, problems
}

func TestSaveListRoundTrip(t *testing.T) {
	dir := t.TempDir()
	s := openT(t, dir)
	a := attempt("", "Anna de Vries", "sanoma-juf", t0, 71.5)
	if err := s.Save(a); err != nil {
		t.Fatal(err)
	}
	ab := attempt("", "Bram", "sanoma-juf", t0.Add(time.Hour), 40)
	ab.Status = Abandoned
	if err := s.Save(ab); err != nil {
		t.Fatal(err)
	}
	s.Close()

	s2 := openT(t, dir)
	as, problems := listT(t, s2, Filter{})
	if len(problems) > 0 {
		t.Fatalf("problems: %v", problems)
	}
	if len(as) != 2 {
		t.Fatalf("got %d attempts, want 2", len(as))
	}
	got := as[0]
	if got.ID != a.ID || got.Player != "Anna de Vries" || got.Report.Replies[0].Text != tricky ||
		got.Report.Replies[0].Analysis.Text != tricky || !got.Started.Equal(t0) || got.Status != Finished ||
		got.Report.Scores.Overall != 71.5 || len(got.Report.Curve) != 2 || got.Seed != 7 || got.Mode != session.Practice {
		t.Errorf("attempt did not round-trip: %+v", got)
	}
	if as[1].Status != Abandoned {
		t.Errorf("status %q, want abandoned", as[1].Status)
	}
	data, _ := os.ReadFile(filepath.Join(dir, FileName))
	if n := bytes.Count(data, []byte("\n")); n != 2 {
		t.Errorf("the store has %d lines for 2 attempts: a record spans lines", n)
	}
}

func TestIDsUniqueAndSortable(t *testing.T) {
	seen := map[string]bool{}
	for i := range 1000 {
		id := NewID(t0.Add(time.Duration(i) * time.Second))
		if seen[id] {
			t.Fatalf("duplicate id %s", id)
		}
		seen[id] = true
	}
	if a, b := NewID(t0), NewID(t0.Add(time.Second)); !(a < b) {
		t.Errorf("ids do not sort by time: %s, %s", a, b)
	}
}

func TestSaveDuplicateIDAndImportIdempotent(t *testing.T) {
	s := openT(t, t.TempDir())
	a := attempt("x-1", "Anna", "sanoma-juf", t0, 50)
	if err := s.Save(a); err != nil {
		t.Fatal(err)
	}
	if err := s.Save(a); !errors.Is(err, ErrExists) {
		t.Errorf("second Save of one id: %v, want ErrExists", err)
	}
	batch := []Attempt{a, attempt("x-2", "Bram", "sanoma-juf", t0, 60), attempt("x-2", "Bram", "sanoma-juf", t0, 60)}
	for i, want := range []int{1, 0} {
		n, err := s.Import(batch)
		if err != nil || n != want {
			t.Errorf("import %d: added %d (%v), want %d", i+1, n, err, want)
		}
	}
	as, _ := listT(t, s, Filter{})
	if len(as) != 2 {
		t.Errorf("%d attempts stored, want 2", len(as))
	}
}

func TestFilter(t *testing.T) {
	s := openT(t, t.TempDir())
	for i, p := range []string{"Anna", "anna ", "Bram", ""} {
		if err := s.Save(attempt("", p, []string{"sanoma-juf", "hema", "sanoma-juf", "hema"}[i], t0.Add(time.Duration(i)*24*time.Hour), 50)); err != nil {
			t.Fatal(err)
		}
	}
	count := func(f Filter) int { as, _ := listT(t, s, f); return len(as) }
	for _, c := range []struct {
		f    Filter
		want int
	}{
		{Filter{}, 4},
		{Filter{Player: "ANNA"}, 2},
		// a trainee who typed their name after rounds played without one
		// sees those too (playtest 21, P21-14), never another's
		{Filter{Player: "ANNA", OrNameless: true}, 3},
		{Filter{Player: "Bram", OrNameless: true}, 2},
		{Filter{Scenario: "sanoma-juf"}, 2},
		{Filter{Scenario: "sanoma-juf/nl"}, 2},
		{Filter{Scenario: "sanoma-juf/en"}, 0},
		{Filter{Since: t0.Add(24 * time.Hour)}, 3},
		{Filter{Player: "anna", Scenario: "hema", Since: t0}, 1},
	} {
		if got := count(c.f); got != c.want {
			t.Errorf("%+v: %d attempts, want %d", c.f, got, c.want)
		}
	}
}

func TestTornTailSkippedThenMovedAside(t *testing.T) {
	dir := t.TempDir()
	s := openT(t, dir)
	for i := range 3 {
		if err := s.Save(attempt(fmt.Sprint("a", i), "Anna", "sanoma-juf", t0, 50)); err != nil {
			t.Fatal(err)
		}
	}
	path := filepath.Join(dir, FileName)
	full, _ := os.ReadFile(path)
	// A fourth record cut in the middle, as kill -9 during write(2) leaves it.
	rec := full[bytes.LastIndexByte(full[:len(full)-1], '\n')+1:]
	torn := bytes.Replace(rec[:len(rec)/2], []byte(`"a2"`), []byte(`"a3"`), 1)
	appendFile(t, path, torn)

	// A reader sees the three records and reports the torn line.
	as, problems := listT(t, s, Filter{})
	if len(as) != 3 || len(problems) != 1 || problems[0].Line != 4 || !strings.Contains(problems[0].Message, "interrupted write") {
		t.Fatalf("got %d attempts, problems %v; want 3 and the torn line 4", len(as), problems)
	}
	s.Close()

	// Opening repairs: the tail is moved aside, not deleted.
	s2 := openT(t, dir)
	if r := s2.Repaired(); len(r) != 1 {
		t.Fatalf("repaired %v, want one side file", r)
	} else if side, _ := os.ReadFile(r[0]); !bytes.Equal(side, torn) {
		t.Errorf("side file holds %q, want the torn tail", side)
	}
	if got, _ := os.ReadFile(path); !bytes.Equal(got, full) {
		t.Errorf("store not cut back to its last complete record")
	}
	if err := s2.Save(attempt("a4", "Anna", "sanoma-juf", t0, 50)); err != nil {
		t.Fatal(err)
	}
	as, problems = listT(t, s2, Filter{})
	if len(as) != 4 || len(problems) != 0 {
		t.Errorf("after repair: %d attempts, problems %v", len(as), problems)
	}
}

func TestTornTailRepairedBySaveOfAnotherStore(t *testing.T) {
	// A second process dies mid-write after this one opened the store: the
	// next Save must not glue its record to the torn line.
	dir := t.TempDir()
	s := openT(t, dir)
	if err := s.Save(attempt("a0", "Anna", "x", t0, 50)); err != nil {
		t.Fatal(err)
	}
	appendFile(t, filepath.Join(dir, FileName), []byte(`{"id":"a1","v":1,"player":"Br`))
	if err := s.Save(attempt("a2", "Anna", "x", t0, 50)); err != nil {
		t.Fatal(err)
	}
	as, problems := listT(t, s, Filter{})
	if len(as) != 2 || len(problems) != 0 || len(s.Repaired()) != 1 {
		t.Errorf("%d attempts, problems %v, repaired %v", len(as), problems, s.Repaired())
	}
}

func TestRecordGluedToTornOneIsRead(t *testing.T) {
	dir := t.TempDir()
	s := openT(t, dir)
	for i := range 2 {
		if err := s.Save(attempt(fmt.Sprint("a", i), "Anna", "x", t0, 50)); err != nil {
			t.Fatal(err)
		}
	}
	path := filepath.Join(dir, FileName)
	lines := bytes.SplitAfter(mustRead(t, path), []byte("\n"))
	glued := append([]byte(`{"id":"torn","v":1,"pla`+"\x00\x00"), lines[1]...)
	if err := os.WriteFile(path, append(lines[0], glued...), 0o600); err != nil {
		t.Fatal(err)
	}
	as, problems := listT(t, s, Filter{})
	if len(as) != 2 || as[1].ID != "a1" || len(problems) != 1 || problems[0].Line != 2 ||
		!strings.Contains(problems[0].Message, "damaged data before attempt a1") {
		t.Errorf("got %v, problems %v", ids(as), problems)
	}
}

func TestWholeRecordWithoutNewlineKept(t *testing.T) {
	dir := t.TempDir()
	s := openT(t, dir)
	if err := s.Save(attempt("a0", "Anna", "x", t0, 50)); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, FileName)
	data, _ := os.ReadFile(path)
	s.Close()
	if err := os.WriteFile(path, data[:len(data)-1], 0o600); err != nil {
		t.Fatal(err)
	}
	s2 := openT(t, dir)
	as, problems := listT(t, s2, Filter{})
	if len(as) != 1 || len(problems) != 0 || len(s2.Repaired()) != 0 {
		t.Errorf("%d attempts, problems %v, repaired %v; want the record kept", len(as), problems, s2.Repaired())
	}
}

func TestDamagedRecordReportedRestLoads(t *testing.T) {
	dir := t.TempDir()
	s := openT(t, dir)
	for i := range 3 {
		if err := s.Save(attempt(fmt.Sprint("a", i), "Anna", "x", t0, 50)); err != nil {
			t.Fatal(err)
		}
	}
	path := filepath.Join(dir, FileName)
	lines := bytes.SplitAfter(mustRead(t, path), []byte("\n"))
	lines[1] = append([]byte("\x00\x00garbage"), lines[1][20:]...) // line 2 damaged
	dup := lines[0]
	data := append(bytes.Join(lines, nil), dup...) // line 4 repeats line 1
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	as, problems := listT(t, s, Filter{})
	if len(as) != 2 || as[0].ID != "a0" || as[1].ID != "a2" {
		t.Errorf("got %v, want a0 and a2", ids(as))
	}
	want := []string{path + ":2: damaged record", path + ":4: attempt a0 is also on line 1"}
	if len(problems) != 2 {
		t.Fatalf("problems %v, want %v", problems, want)
	}
	for i, p := range problems {
		if !strings.HasPrefix(p.String(), want[i]) {
			t.Errorf("problem %q, want it to start with %q", p, want[i])
		}
	}
	if err := s.Save(attempt("a5", "Anna", "x", t0, 50)); err != nil {
		t.Errorf("cannot append after a damaged record: %v", err)
	}
}

func TestConcurrentGoroutines(t *testing.T) {
	dir := t.TempDir()
	s1, s2 := openT(t, dir), openT(t, dir) // two stores, as two processes would have
	var wg sync.WaitGroup
	const n = 40
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			st := []*Store{s1, s2}[g%2]
			for i := range n {
				if err := st.Save(attempt(fmt.Sprintf("g%d-%d", g, i), "Anna", "x", t0, 50)); err != nil {
					t.Error(err)
					return
				}
			}
		}()
	}
	wg.Wait()
	as, problems := listT(t, s1, Filter{})
	if len(as) != 4*n || len(problems) != 0 {
		t.Errorf("%d attempts and problems %v, want %d and none", len(as), problems, 4*n)
	}
}

func TestClosedStore(t *testing.T) {
	s := openT(t, t.TempDir())
	s.Close()
	if err := s.Save(attempt("", "A", "x", t0, 1)); err == nil {
		t.Error("Save on a closed store succeeded")
	}
}

func TestDefaultDir(t *testing.T) {
	t.Setenv("WEBCARESIM_DATA", "/some/where")
	if d, err := DefaultDir(); err != nil || d != "/some/where" {
		t.Errorf("DefaultDir = %q, %v", d, err)
	}
	t.Setenv("WEBCARESIM_DATA", "")
	if d, err := DefaultDir(); err == nil && filepath.Base(d) != "webcaresim" {
		t.Errorf("DefaultDir = %q", d)
	}
}

func appendFile(t *testing.T, path string, b []byte) {
	t.Helper()
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.Write(b); err != nil {
		t.Fatal(err)
	}
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func ids(as []Attempt) []string {
	var out []string
	for _, a := range as {
		out = append(out, a.ID)
	}
	return out
}
