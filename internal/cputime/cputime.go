// Package cputime measures the CPU time this process has used, for
// benchmarks: on a shared machine wall-clock throughput says more about the
// neighbours than about the code, so benchmarks also report bytes per CPU
// second.
package cputime

import (
	"testing"
	"time"
)

// ReportMB adds the "MB/cpu-s" metric to b: bytesPerOp bytes per iteration
// over the CPU time used since start (a Process reading).
func ReportMB(b *testing.B, start time.Duration, bytesPerOp int) {
	if d := Process() - start; d > 0 {
		b.ReportMetric(float64(bytesPerOp)*float64(b.N)/1e6/d.Seconds(), "MB/cpu-s")
	}
}
