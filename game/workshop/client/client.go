// Package client reports a game's progress and results to a workshop
// server (webcaresim serve). It works on the desktop and in the browser
// (GOOS=js GOARCH=wasm, where it sends through the page's fetch and links
// no HTTP stack of its own).
//
// A game started with --server URL --token TOKEN (or after Join) calls
// Started when a round begins, Reply after each published reply, Outrage
// with the new curve points now and then, and Report when the round ends.
// Only Report retries: results must arrive, progress may be dropped.
package client

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/webcaresim/webcaresim/game/session"
	"github.com/webcaresim/webcaresim/game/workshop/api"
	"github.com/webcaresim/webcaresim/scenarios"
)

// Client talks to one server with one trainee's token.
type Client struct {
	Server    string // base URL, "http://127.0.0.1:8080"
	Token     string
	transport // on the desktop: HTTP, the *http.Client (nil: a 15 s timeout)
}

// maxAnswer bounds what the game reads of one answer: a workshop's status
// carries the files of its studio cases, so it may be large, but a server
// cannot make the game read without end.
const maxAnswer = 8 << 20

// The methods and statuses the client names itself, not from net/http:
// in the browser the requests go through fetch, and importing net/http for
// these linked the whole HTTP stack, TLS and X.509 included, into the game
// (cmd/internal/archtest's TestBrowserBuildsLinkNoHTTPStack).
const (
	methodGet       = "GET"
	methodPost      = "POST"
	statusOK        = 200
	statusNoContent = 204
)

// requestTimeout bounds one request when no client of one's own is given.
const requestTimeout = 15 * time.Second

// New returns a client for the server and token.
func New(serverURL, token string) *Client {
	return &Client{Server: strings.TrimRight(serverURL, "/"), Token: token}
}

// StatusError is a response with an error status.
type StatusError struct {
	Code    int
	Message string
	// RetryLater is a 429 or 503 with Retry-After: busy for now, unlike a
	// 429 for a quota that is used up, which stays.
	RetryLater bool
}

func (e *StatusError) Error() string {
	return fmt.Sprintf("server answered %d: %s", e.Code, e.Message)
}

// Join joins the workshop with the code and returns a client with the new
// trainee's token.
func Join(ctx context.Context, serverURL, code, name, lang string) (*Client, api.JoinResponse, error) {
	c := New(serverURL, "")
	var out api.JoinResponse
	err := c.do(ctx, methodPost, api.PathJoin, api.JoinRequest{Code: code, Name: name, Lang: lang}, &out)
	if err != nil {
		return nil, out, err
	}
	c.Token = out.Token
	return c, out, nil
}

// Status returns the workshop's scenarios and whether the trainer paused it.
func (c *Client) Status(ctx context.Context) (api.Status, error) {
	var out api.Status
	err := c.do(ctx, methodGet, api.PathStatus, nil, &out)
	return out, err
}

// Events posts progress events; it returns whether the workshop is paused.
func (c *Client) Events(ctx context.Context, evs ...api.Event) (paused bool, err error) {
	var out api.EventsResponse
	err = c.do(ctx, methodPost, api.PathEvents, api.EventsRequest{Events: evs}, &out)
	return out.Paused, err
}

// Started tells the server a round began.
func (c *Client) Started(ctx context.Context, round string, s *session.Session) error {
	sc, o := s.Scenario(), s.Options()
	_, err := c.Events(ctx, api.Event{Kind: api.KindStarted, Round: round, Scenario: sc.ID, Language: sc.Language, Seed: o.Seed, Mode: o.Mode})
	return err
}

// Steps sends the round's steps from the from-th (0-based) on: the server
// plays them and scores the replies they publish itself.
func (c *Client) Steps(ctx context.Context, round string, s *session.Session, from int) error {
	sc := s.Scenario()
	tr := s.Transcript()
	_, err := c.Events(ctx, api.Event{Kind: api.KindReply, Round: round, Scenario: sc.ID, Language: sc.Language, From: from, Steps: tr.Steps[from:]})
	return err
}

// Outrage sends outrage samples (the curve points since the last call).
func (c *Client) Outrage(ctx context.Context, round, scenario, lang string, samples []session.CurvePoint) error {
	if len(samples) > api.MaxSamples {
		samples = samples[len(samples)-api.MaxSamples:]
	}
	_, err := c.Events(ctx, api.Event{Kind: api.KindOutrage, Round: round, Scenario: scenario, Language: lang, Samples: samples})
	return err
}

// Result posts a round's result once, without retrying.
func (c *Client) Result(ctx context.Context, req api.ResultRequest) (api.ResultResponse, error) {
	var out api.ResultResponse
	err := c.do(ctx, methodPost, api.PathResults, req, &out)
	return out, err
}

// Report sends a round's report to the server and returns the attempt id
// the server stored it under. It retries with backoff until the server
// acknowledges (it acknowledges only after committing), the context ends,
// or the server rejects the result (a 4xx: retrying would not help). The
// round id makes retries safe: the server stores a round once.
// The transcript goes with the report: the server replays it and keeps its
// own scores.
func Report(ctx context.Context, serverURL, token, round string, started, ended time.Time, finished bool, r session.Report, tr session.Transcript) (string, error) {
	c := New(serverURL, token)
	req := api.ResultRequest{Round: round, Started: started, Ended: ended, Finished: finished, Report: r, Transcript: &tr}
	wait := 250 * time.Millisecond
	for {
		out, err := c.Result(ctx, req)
		if err == nil {
			return out.ID, nil
		}
		var se *StatusError
		if errors.As(err, &se) && se.Code >= 400 && se.Code < 500 && !se.RetryLater {
			return "", err
		}
		select {
		case <-ctx.Done():
			return "", fmt.Errorf("result not delivered: %w (last error: %v)", ctx.Err(), err)
		case <-time.After(wait):
		}
		wait = min(2*wait, 8*time.Second)
	}
}

func (c *Client) do(ctx context.Context, method, path string, in, out any) error {
	var body []byte
	if in != nil {
		var err error
		if body, err = json.Marshal(in); err != nil {
			return err
		}
	}
	status, retryAfter, data, err := c.roundTrip(ctx, method, c.Server+path, body)
	if err != nil {
		return err
	}
	if status/100 != 2 {
		return &StatusError{Code: status, Message: errorMessage(data), RetryLater: retryAfter}
	}
	if out == nil {
		return nil
	}
	return json.Unmarshal(data, out)
}

// errorMessage is the message of an error answer: its JSON "error", else
// its text.
func errorMessage(data []byte) string {
	var e api.Error
	if json.Unmarshal(data, &e) != nil || e.Error == "" {
		return strings.TrimSpace(string(data))
	}
	return e.Error
}

// NewRound makes a round id: the start time and 64 random bits.
func NewRound(now time.Time) string {
	var b [8]byte
	rand.Read(b[:])
	return now.UTC().Format("20060102T150405Z") + "-" + hex.EncodeToString(b[:])
}

// Scenarios are the workshop's cases that are not built into the game (made
// in the scenario studio), from the status's scenario files; a file that
// does not load is left out (CheckScenarios says why).
func Scenarios(st api.Status) []*scenarios.Scenario {
	out, _ := CheckScenarios(st)
	return out
}

// CheckScenarios reads the scenario files that came with the status
// through the same loader as a file on disk: a file that does not load,
// or that is of another case than the key it came under, is left out with
// a message naming the case, the line and the field.
func CheckScenarios(st api.Status) (cases []*scenarios.Scenario, problems []string) {
	for _, s := range st.Scenarios {
		if s.TOML == "" {
			continue
		}
		sc, probs := scenarios.Parse(s.Key+".toml", []byte(s.TOML))
		switch {
		case sc == nil:
			var why []string
			for _, p := range probs {
				if !p.Warning {
					why = append(why, p.String())
				}
			}
			problems = append(problems, strings.Join(why, "; "))
		case sc.Key() != s.Key:
			problems = append(problems, fmt.Sprintf("%s.toml: the file is of %s, not %s", s.Key, sc.Key(), s.Key))
		default:
			cases = append(cases, sc)
		}
	}
	return cases, problems
}
