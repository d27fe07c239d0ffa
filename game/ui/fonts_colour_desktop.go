//go:build !js

package ui

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/hajimehoshi/ebiten/v2/text/v2"
)

var findColourEmoji sync.Once

// loadColourEmoji looks for the system's colour emoji font the first time
// a text has an emoji and reports whether one is loaded.
// $WEBCARESIM_EMOJI_FONT names a font file to use instead, or "none" to
// keep the monochrome emoji.
func loadColourEmoji() bool {
	findColourEmoji.Do(func() {
		paths := colourEmojiCandidates()
		if env := os.Getenv("WEBCARESIM_EMOJI_FONT"); env != "" {
			paths = []string{env}
			if env == "none" {
				paths = nil
			}
		}
		for _, p := range paths {
			src, err := parseColourFont(p)
			if err != nil {
				fmt.Fprintf(os.Stderr, "webcaresim: emoji font %v\n", err)
				continue
			}
			if src != nil {
				colourEmoji.Store(src)
				return
			}
		}
	})
	return colourEmoji.Load() != nil
}

// parseColourFont parses a font file (the first font of a collection that
// draws emoji in colour); nil without an error when it draws none in colour.
func parseColourFont(path string) (*textSource, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var srcs []*textSource
	if strings.EqualFold(filepath.Ext(path), ".ttc") {
		srcs, err = text.NewGoTextFaceSourcesFromCollection(bytes.NewReader(data))
	} else {
		var src *textSource
		src, err = text.NewGoTextFaceSource(bytes.NewReader(data))
		srcs = []*textSource{src}
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	for _, src := range srcs {
		if drawsInColour(src) {
			return src, nil
		}
	}
	return nil, nil
}

// colourEmojiCandidates lists the font files in the usual font folders
// (fontconfig's on Linux and BSD, and macOS's and Windows' own) whose name
// says emoji, the best-known first: Noto Color Emoji (CBDT, Debian's
// fonts-noto-color-emoji), Apple Color Emoji (sbix), Segoe UI Emoji
// (COLRv0), Twemoji (COLRv0 or SVG).
func colourEmojiCandidates() []string {
	var dirs []string
	home, _ := os.UserHomeDir()
	if d := os.Getenv("XDG_DATA_HOME"); d != "" {
		dirs = append(dirs, filepath.Join(d, "fonts"))
	} else if home != "" {
		dirs = append(dirs, filepath.Join(home, ".local", "share", "fonts"))
	}
	if home != "" {
		dirs = append(dirs, filepath.Join(home, ".fonts"))
	}
	data := os.Getenv("XDG_DATA_DIRS")
	if data == "" {
		data = "/usr/local/share:/usr/share"
	}
	for _, d := range filepath.SplitList(data) {
		dirs = append(dirs, filepath.Join(d, "fonts"))
	}
	switch runtime.GOOS {
	case "darwin":
		dirs = append(dirs, "/System/Library/Fonts", "/Library/Fonts", filepath.Join(home, "Library", "Fonts"))
	case "windows":
		dirs = append(dirs, filepath.Join(os.Getenv("WINDIR"), "Fonts"))
	}
	var found []string
	for _, d := range dirs {
		_ = filepath.WalkDir(d, func(p string, e fs.DirEntry, err error) error {
			if err != nil || e.IsDir() {
				return nil // a folder we may not read is no reason to stop
			}
			name := strings.ToLower(e.Name())
			switch filepath.Ext(name) {
			case ".ttf", ".otf", ".ttc":
				if strings.Contains(name, "emoji") || strings.HasPrefix(name, "seguiemj") {
					found = append(found, p)
				}
			}
			return nil
		})
	}
	rank := func(p string) int {
		for i, known := range []string{"notocoloremoji", "apple color emoji", "seguiemj", "twemoji"} {
			if strings.Contains(strings.ToLower(filepath.Base(p)), known) {
				return i
			}
		}
		return 9
	}
	slices.SortStableFunc(found, func(a, b string) int { return rank(a) - rank(b) })
	return found
}
