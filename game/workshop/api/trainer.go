package api

import "github.com/webcaresim/webcaresim/game/session"

// What the trainer sends into a trainee's round, and what the round tells
// the trainer back, over the game's polling channel:
//
//	GET  /api/v1/trainer?round=R&after=N → TrainerUpdate  (token)
//	POST /api/v1/trainer  RoundState → 204                 (token)
//
// The game polls every few seconds during a round. Commands are numbered
// per server; the game asks for those after the last one it applied, so a
// command is applied once even when an answer is lost.
const PathTrainer = "/api/v1/trainer"

// Command is one thing the trainer did to a trainee's round: an inject,
// the heat dial, a takeover of the customer, a post written as the
// customer, or "scripted" when the trainer did not answer in time.
type Command struct {
	Seq   int64                `json:"seq"`
	Round string               `json:"round"`
	Input session.TrainerInput `json:"input"`
}

// TrainerUpdate is the answer to the game's poll.
type TrainerUpdate struct {
	Paused   bool      `json:"paused"`
	Commands []Command `json:"commands"`
	// Typing is whether the trainer is writing the customer's post for
	// this trainee right now.
	Typing bool `json:"typing"`
}

// RoundState is what the game tells the trainer who took over the
// customer: whether the round waits for the customer's post, and the
// scripted posts that would come (the trainer's suggestions).
type RoundState struct {
	Round       string   `json:"round"`
	Waiting     bool     `json:"waiting"`
	Suggestions []string `json:"suggestions,omitempty"`
}

// Limits of trainer input.
const (
	MaxSuggestions   = 8
	MaxCommandsReply = 50
)
