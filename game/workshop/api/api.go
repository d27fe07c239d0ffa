// Package api holds the JSON messages between a game (in the browser or on
// the desktop) and a workshop server. It imports nothing heavy, so the
// client builds for GOOS=js GOARCH=wasm.
//
//	POST /api/v1/join     JoinRequest → JoinResponse      (no token)
//	GET  /api/v1/status   → Status                        (token)
//	POST /api/v1/events   EventsRequest → EventsResponse  (token)
//	POST /api/v1/results  ResultRequest → ResultResponse  (token)
//	GET  /api/v1/round    → OpenRound, or 204             (token)
//
// The token is sent as "Authorization: Bearer TOKEN". Errors are
// {"error": "..."} with a 4xx or 5xx status.
package api

import (
	"time"

	"github.com/webcaresim/webcaresim/game/session"
)

// Paths of the API.
const (
	PathJoin    = "/api/v1/join"
	PathStatus  = "/api/v1/status"
	PathEvents  = "/api/v1/events"
	PathResults = "/api/v1/results"
	PathRound   = "/api/v1/round"
)

// Limits the server enforces.
const (
	MaxNameRunes    = 40
	MaxRoundBytes   = 64
	MaxTextRunes    = 2000 // a reply or a post
	MaxEventsPerReq = 50
	MaxSamples      = 500
	MaxReplies      = 100
	MaxCurvePoints  = 10000
	MaxJoinBytes    = 4 << 10
	MaxEventsBytes  = 512 << 10
	MaxResultBytes  = 4 << 20
)

// JoinRequest joins a workshop.
type JoinRequest struct {
	Code string `json:"code"`
	Name string `json:"name"`
	Lang string `json:"lang"` // "nl" or "en"
}

// Scenario is a scenario the trainer chose for the workshop.
type Scenario struct {
	Key      string `json:"key"` // "sanoma-juf/nl"
	ID       string `json:"id"`
	Language string `json:"language"`
	Title    string `json:"title"`
	Brand    string `json:"brand"`
	// TOML is the scenario file of a case that is not built into the game
	// (one made in the scenario studio), so the game can play it.
	TOML string `json:"toml,omitempty"`
}

// Status is what a trainee's game checks now and then.
type Status struct {
	Workshop  string     `json:"workshop"`
	Title     string     `json:"title"`
	Paused    bool       `json:"paused"`
	Scenarios []Scenario `json:"scenarios"`
}

// JoinResponse carries the trainee's token: keep it, it is shown only once.
type JoinResponse struct {
	Token   string `json:"token"`
	Trainee string `json:"trainee"`
	Name    string `json:"name"`
	Status
}

// Event kinds.
const (
	KindStarted = "started" // a round began: Seed, Mode
	KindReply   = "reply"   // the trainee published or acted: From, Steps
	KindOutrage = "outrage" // outrage samples since the last event: Samples
)

// Event is one progress event of a round. Round is the game's id for the
// round (the same in the result), 1–64 of A–Z a–z 0–9 . _ : -.
type Event struct {
	Kind     string       `json:"kind"`
	Round    string       `json:"round"`
	Scenario string       `json:"scenario"` // id
	Language string       `json:"language"`
	Seed     uint64       `json:"seed,omitempty"`
	Mode     session.Mode `json:"mode,omitempty"`
	// From and Steps: the round's transcript steps from the From-th
	// (0-based) on, the moves the trainee made since the last reply event.
	// The server plays them with the core and keeps its own scores.
	From  int            `json:"from,omitempty"`
	Steps []session.Step `json:"steps,omitempty"`
	// Reply is not read from a game (a server never believes a game's
	// analysis); Replies are the server's own, as it stores a reply event:
	// what its replay of Steps published.
	Reply   *session.Reply  `json:"reply,omitempty"`
	Replies []session.Reply `json:"replies,omitempty"`
	// Samples: the outrage curve since the last outrage event. The server
	// reads only the last sample's minute from a game and stores its own
	// curve up to it.
	Samples []session.CurvePoint `json:"samples,omitempty"`
}

// EventsRequest posts events in order.
type EventsRequest struct {
	Events []Event `json:"events"`
}

// EventsResponse acknowledges stored events.
type EventsResponse struct {
	Accepted int  `json:"accepted"`
	Paused   bool `json:"paused"`
}

// ResultRequest is a round's result. Posting the same Round twice stores
// it once (the first wins), so a client may retry safely.
type ResultRequest struct {
	Round    string         `json:"round"`
	Started  time.Time      `json:"started"`
	Ended    time.Time      `json:"ended"`
	Finished bool           `json:"finished"`
	Report   session.Report `json:"report"`
	// Transcript is the round as played: the server replays it and keeps
	// its own report, refusing a result whose scores differ.
	Transcript *session.Transcript `json:"transcript"`
}

// ResultResponse is sent once the result is committed to the store.
type ResultResponse struct {
	ID        string `json:"id"` // the attempt id
	Duplicate bool   `json:"duplicate,omitempty"`
}

// OpenRound is the trainee's round that is under way and has no result:
// what a game needs to play it on where the server's acknowledged steps
// end, after the tab was closed or reloaded. The game plays Steps again
// with session.Resume from Seed and Mode, and reports on under Round.
// A round with a result (finished, or left) is not open; one the server
// kept as interrupted is, and its result then counts it once.
type OpenRound struct {
	Round    string         `json:"round"`
	Scenario string         `json:"scenario"` // id
	Language string         `json:"language"`
	Title    string         `json:"title"` // the case's, for the join page's offer
	Seed     uint64         `json:"seed"`
	Mode     session.Mode   `json:"mode"`
	Started  time.Time      `json:"started"`
	Steps    []session.Step `json:"steps"`
	// TrainerAfter is the last of the trainer's commands the round had
	// fetched: the game asks for those after it, so none is applied twice.
	TrainerAfter int64 `json:"trainerAfter"`
}

// Error is the body of an error response.
type Error struct {
	Error string `json:"error"`
}
