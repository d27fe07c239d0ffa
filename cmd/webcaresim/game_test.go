package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/webcaresim/webcaresim/game"
)

func TestWorkshopAddress(t *testing.T) {
	for _, c := range []struct{ raw, code, server, wantCode, err string }{
		{"http://127.0.0.1:8080", "k7p2qx", "http://127.0.0.1:8080", "k7p2qx", ""},
		{"http://host:8080/?w=K7P2QX", "", "http://host:8080", "K7P2QX", ""},
		{"https://ws.example/base/?code=ABCDEF#x", "", "https://ws.example/base", "ABCDEF", ""},
		{"http://host:8080/?w=K7P2QX", "OTHER1", "http://host:8080", "OTHER1", ""},
		{"http://host:8080", "", "", "", "--code"},
		{"host:8080", "ABCDEF", "", "", "want a URL"},
	} {
		srv, code, err := workshopAddress("en", c.raw, c.code)
		if c.err != "" {
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Errorf("%q %q: error %v, want one about %s", c.raw, c.code, err, c.err)
			}
			continue
		}
		if err != nil || srv != c.server || code != c.wantCode {
			t.Errorf("%q %q: %q %q %v; want %q %q", c.raw, c.code, srv, code, err, c.server, c.wantCode)
		}
	}
}

func TestPlayFlagsRefusedBeforeTheWindow(t *testing.T) {
	for _, args := range [][]string{
		{"play", "--watch"},
		{"play", "--watch", "--scenario", "sanoma-juf"},
		{"play", "--server", "http://127.0.0.1:1"},
	} {
		var out, errb bytes.Buffer
		if code := run(args, nil, &out, &errb); code != 2 || errb.Len() == 0 {
			t.Errorf("%v: exit %d, stderr %q; want 2 with a message", args, code, errb.String())
		}
	}
}

func TestDebriefImagesGoToTheDataFolder(t *testing.T) {
	data := t.TempDir()
	var opts game.Options
	var errb bytes.Buffer
	closeStore := keepResults(&opts, data, &errb)
	defer closeStore()
	if want := filepath.Join(data, "images"); opts.ImageDir != want {
		t.Errorf("--data %s: score cards saved in %q, want %q (stderr %q)", data, opts.ImageDir, want, errb.String())
	}
}

// The game's options work without the word play: "webcaresim --data DIR"
// opens the title screen on that folder (it was refused as an unknown
// command). Options play refuses before opening a window are refused the
// same way without it, which shows they reach play's parsing.
func TestTheGamesOptionsWorkWithoutTheWordPlay(t *testing.T) {
	for _, args := range [][]string{{"--watch"}, {"--server", "http://127.0.0.1:1"}} {
		var out, bare, played bytes.Buffer
		code := run(args, nil, &out, &bare)
		run(append([]string{"play"}, args...), nil, &out, &played)
		if code != 2 || strings.Contains(bare.String(), "unknown command") || bare.String() != played.String() {
			t.Errorf("%v: exit %d, %q; want 2 and play's own message %q", args, code, bare.String(), played.String())
		}
	}
}

// What the game says before its window opens is in the player's language:
// --lang's, or the locale's when --lang itself is wrong.
func TestPlaySaysWhatIsWrongInThePlayersLanguage(t *testing.T) {
	for _, c := range []struct {
		locale string
		args   []string
		want   string
	}{
		{"C", []string{"play", "--scenario", "bestaat-niet", "--lang", "nl"}, `geen scenario "bestaat-niet"`},
		{"C", []string{"play", "--scenario", "no-such-case", "--lang", "en"}, `no scenario "no-such-case"`},
		{"C", []string{"--lang", "nl", "--mode", "snel"}, "--mode moet practice, relaxed of workshop zijn"},
		{"C", []string{"--lang", "nl", "--server", "ftp://x"}, "geef een adres als http://host:8080"},
		{"nl_NL.UTF-8", []string{"--lang", "fr"}, "--lang moet nl of en zijn"},
		{"en_GB.UTF-8", []string{"--lang", "fr"}, "--lang must be nl or en"},
	} {
		t.Setenv("LC_ALL", "")
		t.Setenv("LC_MESSAGES", "")
		t.Setenv("LANG", c.locale)
		var out, errb bytes.Buffer
		if code := run(c.args, nil, &out, &errb); code != 2 || !strings.Contains(errb.String(), c.want) {
			t.Errorf("LANG=%s %v: exit %d, %q; want 2 and %q", c.locale, c.args, code, errb.String(), c.want)
		}
	}
}
