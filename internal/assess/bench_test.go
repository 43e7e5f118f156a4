package assess_test

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/internal/actors"
	"github.com/crosscheck/crosscheck/internal/assess"
	"github.com/crosscheck/crosscheck/internal/link"
	"github.com/crosscheck/crosscheck/internal/link/linktest"
	"github.com/crosscheck/crosscheck/internal/model"
)

// BenchmarkLinkAssess links and assesses generated claims (linktest.Generate:
// strikes over ten years and a 10x10 degree region, ~5 claims each, some
// undated, unplaced or province-wide) at 100k, 300k and 1M claims. Metrics:
// ns/claim and cpu-ns/claim (flat when growth is linear; on a shared machine
// CPU time measures the work, wall time the wait), incidents, the peak heap
// in use above the input while linking and assessing (GC garbage included),
// and the heap the finished incidents hold.
//
//	go test ./internal/assess -run '^$' -bench LinkAssess -benchtime 1x
func BenchmarkLinkAssess(b *testing.B) {
	reg := actors.New()
	docs := map[string]model.Document{}
	for _, n := range []int{100_000, 300_000, 1_000_000} {
		b.Run(fmt.Sprintf("claims=%d", n), func(b *testing.B) {
			claims := linktest.Generate(n, 42)
			runtime.GC()
			var base runtime.MemStats
			runtime.ReadMemStats(&base)
			var peak atomic.Uint64
			stop := make(chan struct{})
			var wg sync.WaitGroup
			wg.Add(1)
			go func() { // sample the heap while the benchmark runs
				defer wg.Done()
				var ms runtime.MemStats
				t := time.NewTicker(20 * time.Millisecond)
				defer t.Stop()
				for {
					select {
					case <-stop:
						return
					case <-t.C:
						runtime.ReadMemStats(&ms)
						if ms.HeapInuse > peak.Load() {
							peak.Store(ms.HeapInuse)
						}
					}
				}
			}()
			cpu0 := cpuSeconds()
			b.ResetTimer()
			var incidents int
			var res link.Result
			for b.Loop() {
				res = link.Link(claims)
				as := assess.New(docs, reg, res.Records)
				for i := range res.Incidents {
					as.Assess(&res.Incidents[i])
				}
				incidents = len(res.Incidents)
			}
			b.StopTimer()
			runtime.GC()
			var after runtime.MemStats
			runtime.ReadMemStats(&after)
			b.ReportMetric(float64(int64(after.HeapInuse)-int64(base.HeapInuse))/(1<<20), "result-heap-MB")
			runtime.KeepAlive(res)
			cpu := (cpuSeconds() - cpu0) / float64(b.N)
			close(stop)
			wg.Wait()
			elapsed := b.Elapsed().Seconds() / float64(b.N)
			b.ReportMetric(elapsed*1e9/float64(n), "ns/claim")
			b.ReportMetric(elapsed, "s/op")
			b.ReportMetric(cpu, "cpu-s/op")
			b.ReportMetric(cpu*1e9/float64(n), "cpu-ns/claim")
			b.ReportMetric(float64(incidents), "incidents")
			over := int64(peak.Load()) - int64(base.HeapInuse)
			b.ReportMetric(float64(over)/(1<<20), "peak-heap-MB")
			b.ReportMetric(float64(base.HeapInuse)/(1<<20), "input-heap-MB")
		})
	}
}

// cpuSeconds is the process's user+system CPU time: on a shared machine it
// measures the work where wall time measures the wait.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return float64(ru.Utime.Nano()+ru.Stime.Nano()) / 1e9
}
