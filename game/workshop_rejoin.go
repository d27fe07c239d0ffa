package game

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"

	"github.com/webcaresim/webcaresim/game/workshop/client"
)

// A trainee who restarts the desktop game (it crashed, the laptop slept, the
// trainer asked everyone to restart) is the same person: they joined again
// as a second trainee, "Pim Nieuw (2)", with a row of their own on the
// trainer's dashboard (playtest 22). The game keeps the token of its join in
// the data folder and, for the same server, workshop and name, goes on with
// it; a token the server no longer takes (a trainee removed, another
// server's database) is forgotten and the game joins anew.

// joinRecord is what the data folder keeps of a join.
type joinRecord struct {
	Server string `json:"server"`
	Code   string `json:"code"`
	Name   string `json:"name"`
	Token  string `json:"token"`
}

// KeepJoinIn keeps the workshop's join in dir (the game's data folder), so a
// restarted game goes on as the same trainee.
func (w *Workshop) KeepJoinIn(dir string) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.keepDir = dir
}

// joinFile is where the join to the workshop is kept ("" keeps none).
func (w *Workshop) joinFile() string {
	if w.keepDir == "" {
		return ""
	}
	return filepath.Join(w.keepDir, "workshop-"+strings.ToUpper(w.code)+".json")
}

// rejoin returns a client with the token kept for this server, workshop and
// name, when the server still takes it.
func (w *Workshop) rejoin(ctx context.Context, file, name string) *client.Client {
	if file == "" {
		return nil
	}
	data, err := os.ReadFile(file)
	if err != nil {
		return nil
	}
	var rec joinRecord
	if json.Unmarshal(data, &rec) != nil || rec.Token == "" || rec.Server != w.server ||
		!strings.EqualFold(rec.Code, w.code) || !strings.EqualFold(rec.Name, name) {
		return nil
	}
	c := client.New(w.server, rec.Token)
	if _, err := c.Status(ctx); err != nil {
		return nil
	}
	return c
}

// keepJoin writes the join for a restarted game; a folder that cannot be
// written costs only the second row on a restart.
func keepJoin(file, server, code, name, token string) {
	if file == "" {
		return
	}
	data, _ := json.Marshal(joinRecord{Server: server, Code: code, Name: name, Token: token})
	tmp := file + ".tmp"
	if os.WriteFile(tmp, data, 0o600) == nil {
		os.Rename(tmp, file)
	}
}
