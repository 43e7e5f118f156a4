#!/bin/sh
# bench-extract.sh: extraction throughput (MB/s per core) and allocations per
# document over >= 50 MB of generated reports, against the prose/v2
# named-entity tagger over a sample of the same reports, in one run.
#
#   scripts/bench-extract.sh            # 50 MB, NER sample 512 KB
#   BENCH_MB=100 BENCH_NER_KB=1024 scripts/bench-extract.sh
#
# One core: GOMAXPROCS=1. The NER baseline runs on a sample because it is
# about three orders of magnitude slower; both report MB/s, so the ratio is
# comparable.
set -eu
cd "$(dirname "$0")/.."
: "${BENCH_MB:=50}"
: "${BENCH_NER_KB:=512}"
export BENCH_MB BENCH_NER_KB
out=$(GOMAXPROCS=1 go test ./internal/extract -run '^$' -bench '^Benchmark(Extract|ProseNER)$' \
	-benchtime=1x -count=1 -benchmem)
echo "$out" | grep -E '^(Benchmark|goos|goarch|cpu)'
echo "$out" | awk -v mb="$BENCH_MB" -v kb="$BENCH_NER_KB" '
	/^BenchmarkExtract/ { for (i = 1; i <= NF; i++) { if ($(i+1) == "MB/s/core") ex = $i; if ($(i+1) == "allocs/doc") al = $i; if ($(i+1) == "claims/doc") cl = $i; if ($(i+1) == "docs") nd = $i } }
	/^BenchmarkProseNER/ { for (i = 1; i <= NF; i++) if ($(i+1) == "MB/s/core") ner = $i }
	END {
		printf "\nextraction: %.2f MB/s per core over %d MB (%d reports), %.0f allocations and %.2f claims per report\n", ex, mb, nd, al, cl
		printf "prose/v2 NER baseline: %.4f MB/s per core over a %d KB sample\n", ner, kb
		if (ner > 0) printf "ratio: extraction is %.0fx the baseline tagger\n", ex / ner
		if (ex < 20) { print "BELOW the 20 MB/s per core target"; exit 1 }
	}'
