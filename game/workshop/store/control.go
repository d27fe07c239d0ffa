package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"math"
	"time"
)

// The trainer's hold on a workshop lives here, not in one server's memory,
// so that a restart keeps it and every instance on one database sees the
// same: which trainer session steers the workshop, the dial for everyone,
// each trainee's side (dial, takeover, the wait for the trainer's post),
// and the commands for a trainee's round with whether the game fetched
// them. A fetched command stays: the server checks a round's result
// against what its game fetched.

// TraineeControl is the trainer's side of one trainee.
type TraineeControl struct {
	Trainee  string
	Workshop string
	Round    string // the round the trainer's side belongs to
	Dial     int
	DialSet  bool // the dial was set for this trainee, not for everyone
	Takeover bool
	Linked   bool // the game fetched the takeover: its round waits for the trainer
	// Waiting: the round waits for the trainer's post as the customer,
	// since WaitSince; Suggestions are the scripted posts that would come.
	Waiting     bool
	WaitSince   time.Time
	Suggestions []string
	TypingUntil time.Time
	Fallbacks   int // rounds that went on with the script because the trainer did not answer
}

// Command is a trainer command for one trainee's round.
type Command struct {
	Seq     int64 // increasing per database; the game asks for those after the last it applied
	Trainee string
	Round   string
	Input   json.RawMessage // a session.TrainerInput
	Queued  time.Time
	// Fetched: the game has had it. FloorMinute is the round's minute the
	// server knew of when the game first fetched it (from the game's own
	// progress events): the game cannot have applied it earlier.
	Fetched     bool
	FloorMinute float64
}

// MaxPendingCommands is the most unfetched commands kept per trainee: a
// game that never polls cannot grow the table.
const MaxPendingCommands = 200

// ControlStore keeps the trainer's hold on workshops.
type ControlStore interface {
	// Control runs fn in one transaction over a workshop's trainer state,
	// which no other Control of the same workshop, on any instance,
	// interleaves with.
	Control(ctx context.Context, workshop string, fn func(*ControlTx) error) error
	// Owner reads the SHA-256 of the trainer session that steers a
	// workshop ("" for none yet) and its dial for everyone.
	Owner(ctx context.Context, workshop string) (owner string, dial int, err error)
	// Controls reads a workshop's owner, its dial for everyone and its
	// trainees' sides, for pages.
	Controls(ctx context.Context, workshop string) (owner string, dial int, ts []TraineeControl, err error)
	// PollView reads what a game's poll needs without writing: the
	// trainee's side and its round's commands after seq after.
	PollView(ctx context.Context, trainee, round string, after int64, limit int) (TraineeControl, []Command, error)
	// FetchedCommands lists the commands a game fetched for its round, in
	// the order sent.
	FetchedCommands(ctx context.Context, trainee, round string) ([]Command, error)
	// ControlLog lists the changes of the login that steers a workshop,
	// oldest first (controllog.go).
	ControlLog(ctx context.Context, workshop string) ([]ControlEvent, error)
}

func controlSchema(kind string) []string {
	id := "INTEGER PRIMARY KEY AUTOINCREMENT"
	if kind == "postgres" {
		id = "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY"
	}
	return []string{
		`CREATE TABLE IF NOT EXISTS trainer_workshops (
			code TEXT PRIMARY KEY,
			owner TEXT NOT NULL,
			dial INTEGER NOT NULL)`,
		`CREATE TABLE IF NOT EXISTS trainer_trainees (
			trainee TEXT PRIMARY KEY,
			workshop TEXT NOT NULL,
			round TEXT NOT NULL,
			state TEXT NOT NULL)`,
		`CREATE INDEX IF NOT EXISTS trainer_trainees_workshop ON trainer_trainees(workshop)`,
		`CREATE TABLE IF NOT EXISTS trainer_commands (
			seq ` + id + `,
			trainee TEXT NOT NULL,
			round TEXT NOT NULL,
			input TEXT NOT NULL,
			queued BIGINT NOT NULL,
			fetched INTEGER NOT NULL DEFAULT 0,
			floor_minute DOUBLE PRECISION NOT NULL DEFAULT 0)`,
		`CREATE INDEX IF NOT EXISTS trainer_commands_round ON trainer_commands(trainee, round, seq)`,
	}
}

// traineeState is the part of TraineeControl kept as one JSON column: it
// is always read and written whole.
type traineeState struct {
	Dial        int       `json:"dial,omitempty"`
	DialSet     bool      `json:"dial_set,omitempty"`
	Takeover    bool      `json:"takeover,omitempty"`
	Linked      bool      `json:"linked,omitempty"`
	Waiting     bool      `json:"waiting,omitempty"`
	WaitSince   time.Time `json:"wait_since,omitzero"`
	Suggestions []string  `json:"suggestions,omitempty"`
	TypingUntil time.Time `json:"typing_until,omitzero"`
	Fallbacks   int       `json:"fallbacks,omitempty"`
}

func (tc TraineeControl) state() string {
	b, _ := json.Marshal(traineeState{tc.Dial, tc.DialSet, tc.Takeover, tc.Linked, tc.Waiting, tc.WaitSince,
		tc.Suggestions, tc.TypingUntil, tc.Fallbacks})
	return string(b)
}

func scanTraineeControl(row scanner) (TraineeControl, error) {
	var tc TraineeControl
	var state string
	if err := row.Scan(&tc.Trainee, &tc.Workshop, &tc.Round, &state); err != nil {
		return tc, err
	}
	var st traineeState
	if err := json.Unmarshal([]byte(state), &st); err != nil {
		return tc, err
	}
	tc.Dial, tc.DialSet, tc.Takeover, tc.Linked, tc.Waiting = st.Dial, st.DialSet, st.Takeover, st.Linked, st.Waiting
	tc.WaitSince, tc.Suggestions, tc.TypingUntil, tc.Fallbacks = st.WaitSince, st.Suggestions, st.TypingUntil, st.Fallbacks
	return tc, nil
}

// ControlTx is one transaction over a workshop's trainer state.
type ControlTx struct {
	ctx      context.Context
	s        *sqlStore
	tx       *sql.Tx
	workshop string
}

func (s *sqlStore) Control(ctx context.Context, workshop string, fn func(*ControlTx) error) error {
	return s.write(ctx, func(tx *sql.Tx) error {
		if s.kind == "postgres" {
			// The workshop's row queues the transactions of every
			// instance: commands get their numbers in the order they
			// commit, so a game that has seen N never misses one below N.
			var code string
			err := tx.QueryRowContext(ctx, `SELECT code FROM workshops WHERE code = $1 FOR UPDATE`, workshop).Scan(&code)
			if errors.Is(err, sql.ErrNoRows) {
				return ErrNotFound
			}
			if err != nil {
				return err
			}
		}
		return fn(&ControlTx{ctx: ctx, s: s, tx: tx, workshop: workshop})
	})
}

// Owner is the SHA-256 of the trainer session that steers the workshop
// ("" for none yet) and the dial for everyone.
func (c *ControlTx) Owner() (owner string, dial int, err error) {
	err = c.tx.QueryRowContext(c.ctx, c.s.q(`SELECT owner, dial FROM trainer_workshops WHERE code = ?`), c.workshop).Scan(&owner, &dial)
	if errors.Is(err, sql.ErrNoRows) {
		return "", 0, nil
	}
	return owner, dial, err
}

// SetOwner stores the workshop's owner and dial for everyone.
func (c *ControlTx) SetOwner(owner string, dial int) error {
	_, err := c.tx.ExecContext(c.ctx, c.s.q(`INSERT INTO trainer_workshops (code, owner, dial) VALUES (?, ?, ?)
		ON CONFLICT (code) DO UPDATE SET owner = excluded.owner, dial = excluded.dial`), c.workshop, owner, dial)
	return err
}

// Trainee is a trainee's side, or a new one.
func (c *ControlTx) Trainee(id string) (TraineeControl, error) {
	tc, err := scanTraineeControl(c.tx.QueryRowContext(c.ctx, c.s.q(`SELECT trainee, workshop, round, state FROM trainer_trainees WHERE trainee = ?`), id))
	if errors.Is(err, sql.ErrNoRows) {
		return TraineeControl{Trainee: id, Workshop: c.workshop}, nil
	}
	return tc, err
}

// PutTrainee stores a trainee's side.
func (c *ControlTx) PutTrainee(tc TraineeControl) error {
	_, err := c.tx.ExecContext(c.ctx, c.s.q(`INSERT INTO trainer_trainees (trainee, workshop, round, state) VALUES (?, ?, ?, ?)
		ON CONFLICT (trainee) DO UPDATE SET workshop = excluded.workshop, round = excluded.round, state = excluded.state`),
		tc.Trainee, c.workshop, tc.Round, tc.state())
	return err
}

// Enqueue adds a command for a trainee's round and returns its number.
// Past MaxPendingCommands unfetched ones, the oldest go.
func (c *ControlTx) Enqueue(trainee, round string, input json.RawMessage, at time.Time) (int64, error) {
	var seq int64
	err := c.tx.QueryRowContext(c.ctx, c.s.q(`INSERT INTO trainer_commands (trainee, round, input, queued) VALUES (?, ?, ?, ?) RETURNING seq`),
		trainee, round, string(input), nanos(at)).Scan(&seq)
	if err != nil {
		return 0, err
	}
	var cut int64
	err = c.tx.QueryRowContext(c.ctx, c.s.q(`SELECT seq FROM trainer_commands WHERE trainee = ? AND fetched = 0 ORDER BY seq DESC LIMIT 1 OFFSET ?`),
		trainee, MaxPendingCommands).Scan(&cut)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return seq, nil
	case err != nil:
		return 0, err
	}
	_, err = c.tx.ExecContext(c.ctx, c.s.q(`DELETE FROM trainer_commands WHERE trainee = ? AND fetched = 0 AND seq <= ?`), trainee, cut)
	return seq, err
}

// Commands lists a trainee round's commands after seq after.
func (c *ControlTx) Commands(trainee, round string, after int64, limit int) ([]Command, error) {
	return c.s.commands(c.ctx, c.tx, trainee, round, after, limit, false)
}

// DropOtherRounds deletes the trainee's unfetched commands of other rounds.
func (c *ControlTx) DropOtherRounds(trainee, round string) error {
	// Unfetched commands of another round will never be fetched.
	_, err := c.tx.ExecContext(c.ctx, c.s.q(`DELETE FROM trainer_commands WHERE trainee = ? AND round <> ? AND fetched = 0`), trainee, round)
	return err
}

// MarkFetched notes that the game fetched a command, the round being at
// least at floorMinute.
func (c *ControlTx) MarkFetched(seq int64, floorMinute float64) error {
	if math.IsNaN(floorMinute) || math.IsInf(floorMinute, 0) {
		floorMinute = 0
	}
	_, err := c.tx.ExecContext(c.ctx, c.s.q(`UPDATE trainer_commands SET fetched = 1, floor_minute = ? WHERE seq = ? AND fetched = 0`), floorMinute, seq)
	return err
}

type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// commands lists a trainee round's commands after seq after (only the
// fetched ones when fetchedOnly), at most limit (0: all).
func (s *sqlStore) commands(ctx context.Context, q querier, trainee, round string, after int64, limit int, fetchedOnly bool) ([]Command, error) {
	query := `SELECT seq, trainee, round, input, queued, fetched, floor_minute FROM trainer_commands
		WHERE trainee = ? AND round = ? AND seq > ?`
	if fetchedOnly {
		query += ` AND fetched = 1`
	}
	query += ` ORDER BY seq`
	args := []any{trainee, round, after}
	if limit > 0 {
		query += ` LIMIT ?`
		args = append(args, limit)
	}
	rows, err := q.QueryContext(ctx, s.q(query), args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Command
	for rows.Next() {
		var cmd Command
		var input string
		var queued int64
		var fetched int
		if err := rows.Scan(&cmd.Seq, &cmd.Trainee, &cmd.Round, &input, &queued, &fetched, &cmd.FloorMinute); err != nil {
			return nil, err
		}
		cmd.Input, cmd.Queued, cmd.Fetched = json.RawMessage(input), fromNanos(queued), fetched != 0
		out = append(out, cmd)
	}
	return out, rows.Err()
}

func (s *sqlStore) Owner(ctx context.Context, workshop string) (owner string, dial int, err error) {
	err = s.db.QueryRowContext(ctx, s.q(`SELECT owner, dial FROM trainer_workshops WHERE code = ?`), workshop).Scan(&owner, &dial)
	if errors.Is(err, sql.ErrNoRows) {
		return "", 0, nil
	}
	return owner, dial, err
}

func (s *sqlStore) Controls(ctx context.Context, workshop string) (string, int, []TraineeControl, error) {
	owner, dial, err := s.Owner(ctx, workshop)
	if err != nil {
		return "", 0, nil, err
	}
	ts, err := s.traineeControls(ctx, s.db, workshop)
	return owner, dial, ts, err
}

// traineeControls lists the trainees' sides of a workshop.
func (s *sqlStore) traineeControls(ctx context.Context, q querier, workshop string) ([]TraineeControl, error) {
	rows, err := q.QueryContext(ctx, s.q(`SELECT trainee, workshop, round, state FROM trainer_trainees WHERE workshop = ?`), workshop)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ts []TraineeControl
	for rows.Next() {
		tc, err := scanTraineeControl(rows)
		if err != nil {
			return nil, err
		}
		ts = append(ts, tc)
	}
	return ts, rows.Err()
}

// Trainees lists the trainees' sides of the workshop.
func (c *ControlTx) Trainees() ([]TraineeControl, error) {
	return c.s.traineeControls(c.ctx, c.tx, c.workshop)
}

func (s *sqlStore) PollView(ctx context.Context, trainee, round string, after int64, limit int) (TraineeControl, []Command, error) {
	tc, err := scanTraineeControl(s.db.QueryRowContext(ctx, s.q(`SELECT trainee, workshop, round, state FROM trainer_trainees WHERE trainee = ?`), trainee))
	if errors.Is(err, sql.ErrNoRows) {
		tc, err = TraineeControl{Trainee: trainee}, nil
	}
	if err != nil || round == "" {
		return tc, nil, err
	}
	cmds, err := s.commands(ctx, s.db, trainee, round, after, limit, false)
	return tc, cmds, err
}

func (s *sqlStore) FetchedCommands(ctx context.Context, trainee, round string) ([]Command, error) {
	return s.commands(ctx, s.db, trainee, round, 0, 0, true)
}
