package progress

import (
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
)

// SettingsName is the file beside the attempts that keeps what the player
// chose on the title screen, for the next start.
const SettingsName = "settings.json"

// Settings are the player's choices the game keeps between starts: the
// language last chosen on the title screen ("nl" or "en"). A start without
// --lang comes back in it; without a settings file, in the language of the
// player's last round.
type Settings struct {
	Language string `json:"language,omitempty"`
}

// Settings reads the store's settings; none saved yet gives the zero
// Settings.
func (s *Store) Settings() (Settings, error) {
	var st Settings
	b, err := os.ReadFile(filepath.Join(s.dir, SettingsName))
	if errors.Is(err, fs.ErrNotExist) {
		return st, nil
	}
	if err != nil {
		return st, err
	}
	if err := json.Unmarshal(b, &st); err != nil {
		return Settings{}, err
	}
	return st, nil
}

// SaveSettings replaces the store's settings, whole: written to a
// temporary file, synced and renamed, so a crash leaves the old settings
// or the new ones, never half of them.
func (s *Store) SaveSettings(st Settings) error {
	b, err := json.Marshal(st)
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(s.dir, SettingsName+".*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // gone after the rename; left over otherwise
	if _, err := tmp.Write(append(b, '\n')); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), filepath.Join(s.dir, SettingsName)); err != nil {
		return err
	}
	syncDir(s.dir)
	return nil
}
