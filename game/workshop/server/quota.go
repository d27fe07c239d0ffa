package server

import (
	"fmt"
	"net/http"
)

// Quotas keep one trainee (or one leaked code) from filling the disk or the
// dashboard: a trainee, and a workshop as a whole, may send so many
// results, events and bytes of events. The limits are far above what a
// day of play sends (a round of the longest built-in case is about 30
// events and 60 KB) and far below what hurts the server.
type usage struct {
	results, events int
	bytes           int64
}

type quota struct{ usage }

var (
	traineeQuota  = quota{usage{results: 200, events: 20_000, bytes: 16 << 20}}
	workshopQuota = quota{usage{results: 20_000, events: 1_000_000, bytes: 512 << 20}}
)

// quotaError is a request over a quota: 429 for a count, 413 for bytes.
type quotaError struct {
	code int
	msg  string
}

func (e *quotaError) Error() string { return e.msg }

// reserve counts a request against the trainee's and the workshop's
// quotas before it is stored, with the hub locked, so parallel requests
// cannot pass a limit together; release gives it back when storing fails.
func reserve(tl *traineeLive, wl *wsLive, add usage) *quotaError {
	for _, c := range []struct {
		who  string
		used *usage
		max  quota
	}{{"you", &tl.used, traineeQuota}, {"this workshop", &wl.used, workshopQuota}} {
		switch {
		case add.results > 0 && c.used.results+add.results > c.max.results:
			return &quotaError{http.StatusTooManyRequests, fmt.Sprintf("%s sent the most results a workshop takes (%d): this round is kept on the player's computer", c.who, c.max.results)}
		case add.events > 0 && c.used.events+add.events > c.max.events:
			return &quotaError{http.StatusTooManyRequests, fmt.Sprintf("%s sent the most progress updates a workshop takes (%d): the trainer no longer sees them live, the result still counts", c.who, c.max.events)}
		case add.bytes > 0 && c.used.bytes+add.bytes > c.max.bytes:
			return &quotaError{http.StatusRequestEntityTooLarge, fmt.Sprintf("%s sent the most data a workshop takes (%d MB): the trainer no longer sees the progress live, the result still counts", c.who, c.max.bytes>>20)}
		}
	}
	tl.used.add(add)
	wl.used.add(add)
	return nil
}

func release(tl *traineeLive, wl *wsLive, u usage) {
	tl.used.add(usage{-u.results, -u.events, -u.bytes})
	wl.used.add(usage{-u.results, -u.events, -u.bytes})
}

func (u *usage) add(v usage) {
	u.results += v.results
	u.events += v.events
	u.bytes += v.bytes
}

// count adds what was stored before a start to the quotas.
func (h *hub) count(workshop, trainee string, u usage) {
	if wl := h.ws[workshop]; wl != nil {
		wl.used.add(u)
		if tl := wl.byID[trainee]; tl != nil {
			tl.used.add(u)
		}
	}
}
