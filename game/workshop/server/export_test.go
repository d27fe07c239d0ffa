package server_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/webcaresim/webcaresim/game/progress"
	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/game/workshop/server"
	"github.com/webcaresim/webcaresim/game/workshop/store"
	"github.com/webcaresim/webcaresim/scenarios"
)

// bigStore is a store whose workshop has n results, made one at a time as
// the export reads them: a 500 MB export without 500 MB on disk.
type bigStore struct {
	store.Store
	n int
	a progress.Attempt
}

func (b bigStore) EachResult(ctx context.Context, ws string, fn func(store.Result) error) error {
	for i := range b.n {
		if err := ctx.Err(); err != nil {
			return err
		}
		a := b.a
		a.ID = fmt.Sprintf("attempt-%07d", i)
		if err := fn(store.Result{Workshop: ws, Trainee: "t", Round: a.ID, Attempt: a}); err != nil {
			return err
		}
	}
	return nil
}

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

func TestA500MBExportStreamsWhole(t *testing.T) {
	if testing.Short() {
		t.Skip("streams 500 MB")
	}
	const size = 500_000_000                    // bytes: 500 MB
	defer server.SetWriteTimeout(time.Second)() // far shorter than the export takes
	ctx := context.Background()
	st, err := store.Open(ctx, t.TempDir()+"/w.db")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if err := st.CreateWorkshop(ctx, store.Workshop{Code: "BIGEXPRT", Created: time.Now(), Scenarios: []string{"sanoma-juf/nl"}}); err != nil {
		t.Fatal(err)
	}
	s, err := session.Run(sanoma(t), session.Options{Seed: 1, Player: "Pim"}, session.Best{})
	if err != nil {
		t.Fatal(err)
	}
	a := progress.New(s.Report(), time.Now(), time.Now(), true, "workshop")
	one, _ := json.Marshal(a)
	n := size/len(one) + size/len(one)/20 // the export writes a little less than json.Marshal
	srv, err := server.New(ctx, server.Config{Store: bigStore{st, n, a}, Secret: secret, Scenarios: scenarios.Builtin()})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	hs := server.HTTPServer("", srv.Handler())
	go hs.Serve(ln)
	defer hs.Close()

	req, _ := http.NewRequest("GET", "http://"+ln.Addr().String()+"/trainer/w/BIGEXPRT/export.json", nil)
	req.Header.Set("Authorization", "Bearer "+secret)
	start := time.Now()
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("export: %d", resp.StatusCode)
	}
	cr := &countingReader{r: resp.Body}
	dec := json.NewDecoder(cr)
	expect := func(want json.Delim) {
		tok, err := dec.Token()
		if err != nil || tok != want {
			t.Fatalf("after %d bytes: %v %v, want %v", cr.n, tok, err, want)
		}
	}
	expect('{')
	got := 0
	for dec.More() {
		key, err := dec.Token()
		if err != nil {
			t.Fatal(err)
		}
		if key != "attempts" {
			var skip json.RawMessage
			dec.Decode(&skip)
			continue
		}
		expect('[')
		for dec.More() {
			var at struct {
				ID string `json:"id"`
			}
			if err := dec.Decode(&at); err != nil {
				t.Fatalf("attempt %d, after %d bytes (%s): %v", got+1, cr.n, time.Since(start).Round(time.Millisecond), err)
			}
			if want := fmt.Sprintf("attempt-%07d", got); at.ID != want {
				t.Fatalf("attempt %d is %q", got+1, at.ID)
			}
			got++
		}
		expect(']')
	}
	expect('}')
	io.Copy(io.Discard, cr)
	t.Logf("%d attempts, %d MB in %s", got, cr.n/1_000_000, time.Since(start).Round(time.Millisecond))
	if got != n || cr.n < size {
		t.Fatalf("the export has %d of %d attempts, %d bytes", got, n, cr.n)
	}
}

func TestExportOfAnUnknownWorkshopIs404(t *testing.T) {
	e := start(t, t.TempDir()+"/w.db")
	e.login()
	for _, p := range []string{"export.csv", "export.json"} {
		code, body := e.get("/trainer/w/NOSUCHWS/" + p)
		if code != http.StatusNotFound || strings.Contains(body, "attempts") {
			t.Errorf("%s of an unknown workshop: %d", p, code)
		}
	}
}
