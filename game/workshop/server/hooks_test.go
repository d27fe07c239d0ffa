package server

import (
	"context"
	"time"
)

// SetWriteTimeout shortens the HTTP servers' write timeout for a test.
func SetWriteTimeout(d time.Duration) (restore func()) {
	old := httpWriteTimeout
	httpWriteTimeout = d
	return func() { httpWriteTimeout = old }
}

// SetTraineeQuota lowers a trainee's quotas for a test.
func SetTraineeQuota(results, events int, bytes int64) (restore func()) {
	old := traineeQuota
	traineeQuota = quota{usage{results, events, bytes}}
	return func() { traineeQuota = old }
}

// KeepDeadRounds runs the server's sweep for dead rounds now (it runs
// every minute on its own) and says how many it kept.
func KeepDeadRounds(s *Server) (int, error) { return s.keepDeadRounds(context.Background()) }
