package server_test

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/webcaresim/webcaresim/game/workshop/api"
	"github.com/webcaresim/webcaresim/game/workshop/client"
)

// The trainer's part of the load test: every game polls for the trainer's
// commands every two seconds while it plays a round; the trainer sends an
// inject to everyone every five seconds and writes the customer for the
// first five trainees, whose rounds wait for that post once a round.

// takenOver is how many trainees' customer the trainer writes.
const takenOver = 5

type trainerLoad struct {
	base, code string
	web        *http.Client // the trainer's browser
	hc         *http.Client
	timed      func(kind string, fn func() error) error
}

// pollRound polls the trainer's commands for one round of trainee i until
// stop is closed, as a game does.
func (l *trainerLoad) pollRound(c *client.Client, round string, stop <-chan struct{}) {
	after := int64(0)
	for {
		select {
		case <-stop:
			return
		case <-time.After(2 * time.Second):
		}
		l.timed("poll", func() error {
			var up api.TrainerUpdate
			req, _ := http.NewRequest("GET", fmt.Sprintf("%s%s?round=%s&after=%d", l.base, api.PathTrainer, round, after), nil)
			req.Header.Set("Authorization", "Bearer "+c.Token)
			if err := l.do(l.hc, req, &up); err != nil {
				return err
			}
			for _, cmd := range up.Commands {
				after = max(after, cmd.Seq)
			}
			return nil
		})
	}
}

// waitForCustomer tells the server that trainee's round waits for the
// trainer's post (the first five trainees, after their first reply).
func (l *trainerLoad) waitForCustomer(c *client.Client, round string) {
	l.timed("state", func() error {
		body, _ := json.Marshal(api.RoundState{Round: round, Waiting: true, Suggestions: []string{"Oké, bel me maar."}})
		req, _ := http.NewRequest("POST", l.base+api.PathTrainer, strings.NewReader(string(body)))
		req.Header.Set("Authorization", "Bearer "+c.Token)
		req.Header.Set("Content-Type", "application/json")
		return l.do(l.hc, req, nil)
	})
}

// run is the trainer: the control page's state every two seconds, a
// takeover of the first five trainees, a post for every round that waits,
// and an inject to everyone every five seconds.
func (l *trainerLoad) run(stop <-chan struct{}) {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for n := 0; ; n++ {
			select {
			case <-stop:
				return
			case <-time.After(5 * time.Second):
			}
			l.timed("inject", func() error {
				return l.steer("inject", url.Values{"target": {"all"}, "persona": {"journalist"}, "name": {"Eva Brink"},
					"followers": {"8000"}, "text": {fmt.Sprintf("Vraag %d: kunnen jullie reageren?", n+1)}, "asks": {"1"}})
			})
		}
	}()
	taken := map[string]bool{}
	for {
		select {
		case <-stop:
			wg.Wait()
			return
		case <-time.After(2 * time.Second):
		}
		var st struct {
			Trainees []struct {
				ID, Name          string
				Takeover, Waiting bool
			} `json:"trainees"`
		}
		if l.timed("control", func() error {
			req, _ := http.NewRequest("GET", l.base+"/trainer/w/"+l.code+"/control/state", nil)
			return l.do(l.web, req, &st)
		}) != nil {
			continue
		}
		for _, tv := range st.Trainees {
			var n int
			if _, err := fmt.Sscanf(tv.Name, "Trainee %d", &n); err != nil || n > takenOver {
				continue
			}
			switch {
			case !tv.Takeover && !taken[tv.ID]:
				taken[tv.ID] = true
				l.timed("takeover", func() error { return l.steer("takeover", url.Values{"trainee": {tv.ID}, "on": {"1"}}) })
			case tv.Waiting:
				l.timed("customer", func() error {
					return l.steer("customer", url.Values{"trainee": {tv.ID}, "text": {"Oké, bel me om 14.00 uur."}})
				})
			}
		}
	}
}

func (l *trainerLoad) steer(action string, form url.Values) error {
	req, _ := http.NewRequest("POST", l.base+"/trainer/w/"+l.code+"/control/"+action, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Origin", l.base)
	return l.do(l.web, req, nil)
}

func (l *trainerLoad) do(hc *http.Client, req *http.Request, out any) error {
	resp, err := hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	// 409: the round ended before the trainer's post came; that is the
	// game's business, not an error of the server.
	if resp.StatusCode/100 != 2 && resp.StatusCode != http.StatusConflict {
		return fmt.Errorf("%s %s: %d %s", req.Method, req.URL.Path, resp.StatusCode, strings.TrimSpace(string(b)))
	}
	if out != nil && resp.StatusCode == 200 {
		return json.Unmarshal(b, out)
	}
	return nil
}
