package progress

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"strings"
	"time"

	"github.com/webcaresim/webcaresim/game/session"
)

// FormatVersion is the version of the record format, written in every
// record as "v". Readers ignore fields they do not know, so new fields do not
// need a new version; a change of meaning does.
const FormatVersion = 1

// Status of an attempt.
const (
	Finished  = "finished"  // the round reached its end
	Abandoned = "abandoned" // the trainee left before the end
)

// Attempt is one stored round: the report of the round (scores, every reply
// with its minute and analysis, the outrage curve, the ending) plus what the
// report does not know (who, when, how it ended).
type Attempt struct {
	// ID is unique and stable: it is made once, when the attempt is first
	// saved, and kept through export and import ("20261122T190051Z-9f3a…").
	ID      string       `json:"id"`
	Version int          `json:"v"`
	Player  string       `json:"player"`
	Mode    session.Mode `json:"mode"`
	// Scenario and Language identify the scenario ("sanoma-juf", "nl").
	Scenario string    `json:"scenario"`
	Language string    `json:"language"`
	Seed     uint64    `json:"seed"`
	Started  time.Time `json:"started"`
	Ended    time.Time `json:"ended"`
	// Status is Finished or Abandoned.
	Status string `json:"status"`
	// Source is where the round was played: "game", or "replay" with the
	// replay's strategy ("replay historical").
	Source string         `json:"source,omitempty"`
	Report session.Report `json:"report"`
	// Interrupted is set for a round the program stopped in (killed, a
	// crash, the display server gone), stored from its checkpoint the
	// next time the game started; its Status is Abandoned.
	Interrupted *Interruption `json:"interrupted,omitempty"`
	// Resumes is the ID of the interrupted attempt this round went on
	// from: it holds that round's steps too, and takes its place.
	Resumes string `json:"resumes,omitempty"`
	// Unpublished are the picks left unpublished when silence took over
	// their decision: the debrief says what was picked and never went out.
	Unpublished []UnpublishedPick `json:"unpublished,omitempty"`
}

// UnpublishedPick is a written choice (1-based) or an action picked at a
// decision and never published before silence took the decision over.
type UnpublishedPick struct {
	Decision string `json:"decision"`
	Choice   int    `json:"choice,omitempty"`
	Action   string `json:"action,omitempty"`
}

// Resumed are the IDs of the attempts that a later attempt went on from.
func Resumed(as []Attempt) map[string]bool {
	out := map[string]bool{}
	for _, a := range as {
		if a.Resumes != "" {
			out[a.Resumes] = true
		}
	}
	return out
}

// WithoutResumed leaves out the attempts a later one went on from (a round
// resumed after an interruption is one attempt, not two).
func WithoutResumed(as []Attempt) []Attempt {
	gone := Resumed(as)
	if len(gone) == 0 {
		return as
	}
	var out []Attempt
	for _, a := range as {
		if !gone[a.ID] {
			out = append(out, a)
		}
	}
	return out
}

// Interruption is what is known of a round the program stopped in.
type Interruption struct {
	// Last is when the last step was acknowledged (wall clock), or the
	// round began when it has none.
	Last time.Time `json:"last"`
	// Steps are the round's steps as the checkpoint kept them; the report
	// is their replay.
	Steps []session.Step `json:"steps"`
	// Torn: the record being written when the program stopped was cut
	// short and left out (it was never acknowledged). Damaged counts
	// records that could not be read and were left out with all after.
	Torn    bool `json:"torn,omitempty"`
	Damaged int  `json:"damaged,omitempty"`
	// NotReplayed says why the steps could not be played again (the
	// scenario is gone or has changed): the report then holds only what
	// the steps say.
	NotReplayed string `json:"not_replayed,omitempty"`
}

// New makes the attempt of a round from its report: the player, mode,
// scenario, language and seed are taken from the report, the ID is made
// here. finished is false for a round the trainee left before its end.
func New(r session.Report, started, ended time.Time, finished bool, source string) Attempt {
	status := Abandoned
	if finished {
		status = Finished
	}
	return Attempt{ID: NewID(started), Version: FormatVersion, Player: r.Player, Mode: r.Mode,
		Scenario: r.Scenario, Language: r.Language, Seed: r.Seed,
		Started: started.UTC(), Ended: ended.UTC(), Status: status, Source: source, Report: r}
}

// NewID makes an attempt ID: the start time in UTC (so IDs sort by time)
// and 64 random bits (so two laptops in one workshop never collide).
func NewID(started time.Time) string {
	var b [8]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic(err) // crypto/rand does not fail on supported platforms
	}
	return started.UTC().Format("20060102T150405Z") + "-" + hex.EncodeToString(b[:])
}

// Overall is the attempt's overall score (0–100). A round left early or
// interrupted has one for the part played, but no mark: see Marked.
func (a Attempt) Overall() float64 { return a.Report.Scores.Overall }

// Marked reports whether the attempt has a mark. Only a finished round has
// one: the report of a round left early (or interrupted) scores the part
// played, and the game promises such a round is kept "without a mark", so
// every list, export, best and average leaves its scores out. Its replies,
// with their own analysis, are kept as they were.
func (a Attempt) Marked() bool { return a.Status == Finished }

// Key is the scenario in its language: "sanoma-juf/nl".
func (a Attempt) Key() string { return a.Scenario + "/" + a.Language }

// check tells what is wrong with a decoded record, or "".
func (a Attempt) check() string {
	switch {
	case a.ID == "":
		return "record has no id"
	case strings.ContainsAny(a.ID, "\n\r"):
		return "record id has a line break"
	case a.Scenario == "":
		return fmt.Sprintf("attempt %s has no scenario", a.ID)
	case a.Status != Finished && a.Status != Abandoned:
		return fmt.Sprintf("attempt %s has status %q; want %q or %q", a.ID, a.Status, Finished, Abandoned)
	}
	return ""
}

// Filter selects attempts; a zero field selects all.
type Filter struct {
	// Player matches the player's name, ignoring case and surrounding space.
	Player string
	// OrNameless also keeps attempts played without a name: a trainee who
	// types their name after a few rounds played them too (playtest 21,
	// P21-14: the first five rounds vanished from My progress).
	OrNameless bool
	// Scenario matches the scenario id ("sanoma-juf") or id and language
	// ("sanoma-juf/nl").
	Scenario string
	// Since keeps attempts started at or after this time.
	Since time.Time
}

// Match reports whether the filter selects the attempt.
func (f Filter) Match(a Attempt) bool {
	if p, own := strings.TrimSpace(f.Player), strings.TrimSpace(a.Player); p != "" && !strings.EqualFold(p, own) && !(f.OrNameless && own == "") {
		return false
	}
	if f.Scenario != "" && f.Scenario != a.Scenario && f.Scenario != a.Key() {
		return false
	}
	if !f.Since.IsZero() && a.Started.Before(f.Since) {
		return false
	}
	return true
}

// Problem is a record that could not be read: the file, the line (counted
// from 1) and what is wrong. The other records still load.
type Problem struct {
	File    string
	Line    int
	Message string
}

func (p Problem) String() string { return fmt.Sprintf("%s:%d: %s", p.File, p.Line, p.Message) }
