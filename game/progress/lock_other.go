//go:build !(darwin || dragonfly || freebsd || linux || netbsd || openbsd || windows)

package progress

import "os"

// On systems without flock the store relies on O_APPEND alone: one write
// per record keeps records from interleaving, but a torn record of a
// process killed while another is open is only repaired on the next Open.
func lockFile(*os.File, bool) error { return nil }

func unlockFile(*os.File) error { return nil }

func tryLockFile(*os.File) (bool, error) { return true, nil }
