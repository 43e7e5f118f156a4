//go:build !unix

package cputime

import "time"

// Process is 0 where the platform gives no process CPU time: per-CPU
// metrics are then left out.
func Process() time.Duration { return 0 }
