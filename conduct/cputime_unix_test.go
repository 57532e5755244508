//go:build unix

package conduct

import (
	"syscall"
	"time"
)

// processCPU returns the CPU time used by the process so far. Benchmarks
// report it per operation ("cpu-ns/op") beside wall-clock ns/op, which is
// inflated when the machine is shared.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
