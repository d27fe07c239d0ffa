//go:build unix

package session

import "syscall"

// cpuSeconds is the process's user and system CPU time so far: a cost that
// other programs on a busy machine do not inflate, unlike wall time.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return float64(ru.Utime.Nano()+ru.Stime.Nano()) / 1e9
}
