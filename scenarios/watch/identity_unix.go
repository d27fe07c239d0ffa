//go:build unix

package watch

import (
	"os"
	"syscall"
)

// fileIdentity is the file's inode: a save by rename gives a new one even
// when the size and time stay the same.
func fileIdentity(info os.FileInfo) uint64 {
	if st, ok := info.Sys().(*syscall.Stat_t); ok {
		return uint64(st.Ino)
	}
	return 0
}
