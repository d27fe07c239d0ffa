//go:build !unix

package watch

import "os"

// fileIdentity is not known here: size and time have to do.
func fileIdentity(os.FileInfo) uint64 { return 0 }
