package cli

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkIngest measures the whole ingest command on 10,000 generated
// reports: reading, format detection, normalisation, signatures, claim
// extraction, storage and the incident rebuild, into a fresh database per
// iteration. Run it with
//
//	go test -run '^$' -bench Ingest -benchtime 1x ./internal/cli/
func BenchmarkIngest(b *testing.B) {
	const n = 10_000
	dir := filepath.Join(b.TempDir(), "reports")
	size := writeReports(b, dir, n, 7)
	ctx := context.Background()
	b.ResetTimer()
	for i := range b.N {
		b.StopTimer()
		db := filepath.Join(b.TempDir(), fmt.Sprintf("bench-%d.db", i))
		b.StartTimer()
		res := runCrosscheck(b, ctx, db, "", "ingest", dir)
		if res.code != 0 || !strings.Contains(res.stderr, fmt.Sprintf("ingest: %d new", n)) {
			b.Fatalf("exit %d\n%s", res.code, res.stderr)
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "docs/s")
	b.ReportMetric(float64(size)*float64(b.N)/b.Elapsed().Seconds()/1e6, "MB/s")
}
