package game

import "testing"

func TestWindowFitsTheScreen(t *testing.T) {
	for _, c := range []struct{ monW, monH, w, h int }{
		{1920, 1080, 1280, 800}, // room to spare: the size the screens are laid out for
		{0, 0, 1280, 800},       // monitor unknown
		{1366, 768, 1280, 668},  // the common training laptop: title bar and taskbar stay free
		{1280, 800, 1240, 700},
		{1024, 640, 984, 540},
		{800, 480, 800, 500}, // never below the smallest window the screens handle
	} {
		w, h := windowSize(c.monW, c.monH)
		if w != c.w || h != c.h {
			t.Errorf("monitor %d×%d: window %d×%d, want %d×%d", c.monW, c.monH, w, h, c.w, c.h)
		}
	}
}
