//go:build unix

package gazetteer

import (
	"syscall"
	"time"
)

// cpuTime is the process's user+system time: on a shared machine the
// benchmark's wall-clock MB/s says more about the neighbours than about
// Locate, so it also reports MB per CPU second.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
