package cputime

import (
	"runtime"
	"testing"
)

func TestProcessGrowsWithWork(t *testing.T) {
	if runtime.GOOS == "windows" || runtime.GOOS == "plan9" {
		t.Skip("no process CPU time on this platform")
	}
	start := Process()
	x := 0
	for i := 0; Process()-start < 20_000_000 && i < 1<<24; i++ { // 20 ms of CPU
		x += i
	}
	if got := Process() - start; got <= 0 {
		t.Fatalf("CPU time did not grow after a busy loop: %v (x=%d)", got, x)
	}
}
