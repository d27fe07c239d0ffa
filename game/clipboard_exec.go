//go:build !js

package game

import (
	"context"
	"os/exec"
	"runtime"
	"strings"
	"time"
)

// execClipboard talks to the clipboard through the platform's own tools:
// pbcopy/pbpaste on macOS, PowerShell on Windows, wl-clipboard, xclip or
// xsel on Linux and the BSDs. This keeps the binary free of cgo (a cgo
// clipboard library would break cross-compiling and the browser build) at
// the cost of a short process start on each paste, which a player never
// notices.
type execClipboard struct{}

type clipTool struct{ read, write []string }

func clipTools() []clipTool {
	switch runtime.GOOS {
	case "darwin":
		return []clipTool{{[]string{"pbpaste"}, []string{"pbcopy"}}}
	case "windows":
		return []clipTool{{[]string{"powershell", "-NoProfile", "-Command", "Get-Clipboard -Raw"},
			[]string{"powershell", "-NoProfile", "-Command", "$input | Set-Clipboard"}}}
	}
	return []clipTool{
		{[]string{"wl-paste", "--no-newline"}, []string{"wl-copy"}},
		{[]string{"xclip", "-o", "-selection", "clipboard"}, []string{"xclip", "-selection", "clipboard"}},
		{[]string{"xsel", "--clipboard", "--output"}, []string{"xsel", "--clipboard", "--input"}},
	}
}

func (execClipboard) Read() (string, error) {
	for _, t := range clipTools() {
		if _, err := exec.LookPath(t.read[0]); err != nil {
			continue
		}
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		out, err := exec.CommandContext(ctx, t.read[0], t.read[1:]...).Output()
		cancel()
		if err == nil {
			return string(out), nil
		}
	}
	return "", errNoClipboard
}

func (execClipboard) Write(s string) error {
	for _, t := range clipTools() {
		if _, err := exec.LookPath(t.write[0]); err != nil {
			continue
		}
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		cmd := exec.CommandContext(ctx, t.write[0], t.write[1:]...)
		cmd.Stdin = strings.NewReader(s)
		err := cmd.Run()
		cancel()
		if err == nil {
			return nil
		}
	}
	return errNoClipboard
}

func systemClipboard() Clipboard { return execClipboard{} }
