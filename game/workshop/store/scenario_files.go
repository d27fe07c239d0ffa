package store

import (
	"context"
	"database/sql"
	"time"
)

// Several instances on one PostgreSQL database each load their own
// scenario folder. So that a case the trainer saves in the studio of one
// instance is offered by all of them, an instance puts the files of its
// cases that are not built into the game into the database, and the others
// hear of it (LISTEN/NOTIFY with the code ScenariosChanged) and load them.

// ScenarioFile is the file of a case not built into the game, by its key
// ("eigen-case/nl"), as one instance last saved or loaded it.
type ScenarioFile struct {
	Key   string
	Text  string
	Saved time.Time // when the file was written
}

// ScenariosChanged is what Listen sends when another instance put or
// removed a scenario file; no workshop code looks like it.
const ScenariosChanged = "*scenarios"

// ScenarioFiles is a store that shares scenario files between instances.
type ScenarioFiles interface {
	// PutScenarioFile stores a file unless the stored one was saved
	// later; it reports whether it stored it.
	PutScenarioFile(ctx context.Context, f ScenarioFile) (bool, error)
	// DeleteScenarioFile removes a file, when it was saved at or before
	// the time given (a newer one stays).
	DeleteScenarioFile(ctx context.Context, key string, savedBy time.Time) error
	// ScenarioFiles lists the stored files by key.
	ScenarioFiles(ctx context.Context) ([]ScenarioFile, error)
}

func (s *sqlStore) PutScenarioFile(ctx context.Context, f ScenarioFile) (bool, error) {
	stored := false
	err := s.write(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, s.q(`INSERT INTO scenario_files (scenario_key, text, saved) VALUES (?, ?, ?)
			ON CONFLICT (scenario_key) DO UPDATE SET text = excluded.text, saved = excluded.saved
			WHERE scenario_files.saved < excluded.saved AND scenario_files.text <> excluded.text`), f.Key, f.Text, f.Saved.UnixNano())
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return nil
		}
		stored = true
		return s.notify(ctx, tx, ScenariosChanged)
	})
	return stored, err
}

func (s *sqlStore) DeleteScenarioFile(ctx context.Context, key string, savedBy time.Time) error {
	return s.write(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, s.q(`DELETE FROM scenario_files WHERE scenario_key = ? AND saved <= ?`), key, savedBy.UnixNano())
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return nil
		}
		return s.notify(ctx, tx, ScenariosChanged)
	})
}

func (s *sqlStore) ScenarioFiles(ctx context.Context) ([]ScenarioFile, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT scenario_key, text, saved FROM scenario_files ORDER BY scenario_key`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []ScenarioFile
	for rows.Next() {
		var f ScenarioFile
		var saved int64
		if err := rows.Scan(&f.Key, &f.Text, &saved); err != nil {
			return nil, err
		}
		f.Saved = fromNanos(saved)
		out = append(out, f)
	}
	return out, rows.Err()
}
