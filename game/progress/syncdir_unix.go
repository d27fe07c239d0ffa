//go:build !windows

package progress

import "os"

// syncDir fsyncs a directory so a file just created in it survives a power
// loss. Errors are ignored: some file systems cannot sync a directory, and
// the records themselves are synced.
func syncDir(dir string) {
	d, err := os.Open(dir)
	if err != nil {
		return
	}
	_ = d.Sync()
	_ = d.Close()
}
