package server_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/game/workshop/client"
)

// A trainee reads why joining failed in the game's language: the server
// answers a Dutch game in Dutch and an English one in English.
func TestJoinErrorsComeInTheTraineesLanguage(t *testing.T) {
	e := start(t, t.TempDir()+"/w.db")
	e.login()
	code := e.workshop()
	ctx := context.Background()
	for _, c := range []struct {
		code, name, lang, want string
	}{
		{"ZZZZ9999", "Bo", "nl", "geen workshop met deze code"},
		{"ZZZZ9999", "Bo", "en", "no workshop with this code"},
		{code, strings.Repeat("x", 41), "nl", "de naam is langer dan 40 tekens"},
		{code, strings.Repeat("x", 41), "en", "the name is longer than 40 characters"},
		{code, "  ", "nl", "de naam is leeg"},
	} {
		_, _, err := client.Join(ctx, e.base, c.code, c.name, c.lang)
		var se *client.StatusError
		if !errors.As(err, &se) || se.Message != c.want {
			t.Errorf("joining %s as %q in %s: %v, want %q", c.code, c.name, c.lang, err, c.want)
		}
	}
	// a game with a token the server does not know, from a Dutch browser
	c := client.New(e.base, "no-such-token")
	if _, err := c.Status(ctx); err == nil || !strings.Contains(err.Error(), "onbekende sleutel") {
		t.Errorf("an unknown token: %v, want the Dutch answer", err)
	}
}
