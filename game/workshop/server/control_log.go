package server

import (
	"context"
	"time"

	"github.com/webcaresim/webcaresim/assets/i18n"
	"github.com/webcaresim/webcaresim/game/workshop/store"
)

// The control log in the trainer's words: each time another trainer login
// came to steer the workshop, with when, which login (logged in when, from
// where) and from which address, as the server recorded it in the store
// (store.ControlEvent). The control room lists it, and the workshop's JSON
// export carries it.

// controlLogLine is one entry of the log as the control room shows it.
type controlLogLine struct {
	At   time.Time `json:"at"`
	When string    `json:"when"` // At in the trainer's words and time zone
	Text string    `json:"text"`
}

// controlLogEntry is one entry of the log in the JSON export.
type controlLogEntry struct {
	At                time.Time `json:"at"`
	Kind              string    `json:"kind"`
	Session           string    `json:"session"`
	LoginAt           time.Time `json:"login_at,omitzero"`
	LoginFrom         string    `json:"login_from,omitempty"`
	From              string    `json:"from"`
	Previous          string    `json:"previous,omitempty"`
	PreviousLoginAt   time.Time `json:"previous_login_at,omitzero"`
	PreviousLoginFrom string    `json:"previous_login_from,omitempty"`
	Text              string    `json:"text"`
}

// localZone is the time zone of the trainer's pages and exports.
func localZone() *time.Location {
	if loc, err := time.LoadLocation("Europe/Amsterdam"); err == nil {
		return loc
	}
	return time.Local
}

// logTime says a moment of the log: the time of day, with the date when it
// was not today.
func (s *Server) logTime(lang string, t time.Time) string {
	loc := localZone()
	t = t.In(loc)
	y, m, d := s.now().In(loc).Date()
	if ty, tm, td := t.Date(); ty == y && tm == m && td == d {
		return t.Format("15:04")
	}
	if lang == "nl" {
		return t.Format("02-01-2006 15:04")
	}
	return t.Format("2006-01-02 15:04")
}

// loginText names a login: its sign, and when and where it logged in when
// the store knows.
func (s *Server) loginText(lang, sign string, l store.Login) string {
	if l.At.IsZero() {
		return i18n.T(lang, "control.log_login", sign)
	}
	return i18n.T(lang, "control.log_login_from", sign, s.logTime(lang, l.At), l.From)
}

// controlLogText is one change of the login that steers, in words.
func (s *Server) controlLogText(lang string, e store.ControlEvent) string {
	who := s.loginText(lang, e.Session, e.Login)
	switch e.Kind {
	case store.ControlMade:
		return i18n.T(lang, "control.log_made", who)
	case store.ControlFirst:
		return i18n.T(lang, "control.log_first", who, e.From)
	}
	return i18n.T(lang, "control.log_"+e.Kind, who, e.From, s.loginText(lang, e.Previous, e.PreviousLogin))
}

// controlLog reads the workshop's control log for the control room.
func (s *Server) controlLog(ctx context.Context, code, lang string) ([]controlLogLine, error) {
	evs, err := s.st.ControlLog(ctx, code)
	out := []controlLogLine{}
	for _, e := range evs {
		out = append(out, controlLogLine{At: e.At, When: s.logTime(lang, e.At), Text: s.controlLogText(lang, e)})
	}
	return out, err
}

// controlLogExport reads the workshop's control log for its JSON export.
func (s *Server) controlLogExport(ctx context.Context, code, lang string) ([]controlLogEntry, error) {
	evs, err := s.st.ControlLog(ctx, code)
	out := []controlLogEntry{}
	for _, e := range evs {
		out = append(out, controlLogEntry{At: e.At.UTC(), Kind: e.Kind, Session: e.Session, LoginAt: e.Login.At.UTC(),
			LoginFrom: e.Login.From, From: e.From, Previous: e.Previous, PreviousLoginAt: e.PreviousLogin.At.UTC(),
			PreviousLoginFrom: e.PreviousLogin.From, Text: s.controlLogText(lang, e)})
	}
	return out, err
}
